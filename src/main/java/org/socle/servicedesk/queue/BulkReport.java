package org.socle.servicedesk.queue;

import java.io.Serializable;
import java.util.List;

/** What a bulk action did, ticket by ticket, in the order asked. */
record BulkReport(int done, int refused, List<Line> results) implements Serializable {

	static BulkReport of(List<Line> results) {
		int done = (int) results.stream().filter(Line::ok).count();
		return new BulkReport(done, results.size() - done, results);
	}

	/**
	 * One ticket: done (with its new version), or refused with the rule and its message.
	 * The number is given for tickets the account sees.
	 */
	record Line(Long ticketId, String number, boolean ok, Long version, String rule,
			String message) implements Serializable {
	}

}
