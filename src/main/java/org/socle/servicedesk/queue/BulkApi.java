package org.socle.servicedesk.queue;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk actions on tickets: 200 with each ticket's outcome, even when some (or all) were
 * refused; 400 only for a request that cannot run at all (no ticket, more than
 * {@value BulkCommand#MAX_TICKETS}, no status to move to).
 */
@RestController
class BulkApi {

	private final BulkActions bulk;

	BulkApi(BulkActions bulk) {
		this.bulk = bulk;
	}

	@PostMapping("/api/v1/tickets/bulk")
	BulkReport run(@RequestBody BulkCommand command) {
		return this.bulk.run(command);
	}

}
