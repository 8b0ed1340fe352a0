package org.socle.servicedesk.queue;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the signed-in account's saved ticket filters. A filter is a query string of
 * /api/v1/tickets and of the queue page, e.g. {@code view=TEAMS&status=NEW&categoryId=4}.
 */
@RestController
@RequestMapping("/api/v1/me/ticket-filters")
class SavedFilterApi {

	private final SavedFilterService filters;

	SavedFilterApi(SavedFilterService filters) {
		this.filters = filters;
	}

	@GetMapping
	List<SavedFilterView> mine() {
		return this.filters.mine().stream().map(SavedFilterView::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SavedFilterView save(@RequestBody NewSavedFilter body) {
		return SavedFilterView.of(this.filters.save(body.name(), QueueQuery.of(body.query())));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable Long id) {
		this.filters.delete(id);
	}

	/** A name and the query string to keep. */
	record NewSavedFilter(String name, String query) {
	}

	record SavedFilterView(Long id, String name, String query, Instant createdAt) {

		static SavedFilterView of(SavedFilter f) {
			return new SavedFilterView(f.getId(), f.getName(), f.getQuery(), f.getCreatedAt());
		}
	}

}
