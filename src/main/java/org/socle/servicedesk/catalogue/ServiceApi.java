package org.socle.servicedesk.catalogue;

import java.util.List;

import jakarta.validation.Valid;
import org.socle.servicedesk.catalogue.CatalogueViews.AnswerView;
import org.socle.servicedesk.catalogue.CatalogueViews.ItemView;
import org.socle.servicedesk.catalogue.CatalogueViews.Retirement;
import org.socle.servicedesk.catalogue.CatalogueViews.ServiceView;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the service catalogue: services (list and search, read, create, update on
 * the version seen, retire), their request items, and the answers a catalogue ticket
 * keeps.
 */
@RestController
class ServiceApi {

	private final ServiceCatalog catalog;

	private final RequestItems items;

	private final CatalogueRequests requests;

	ServiceApi(ServiceCatalog catalog, RequestItems items, CatalogueRequests requests) {
		this.catalog = catalog;
		this.items = items;
		this.requests = requests;
	}

	/** The services the account reads, narrowed by status and words. */
	@GetMapping("/api/v1/services")
	List<ServiceView> list(@RequestParam(required = false) ServiceStatus status,
			@RequestParam(required = false) String q) {
		return this.catalog.list(status, q).stream().map(ServiceView::of).toList();
	}

	@GetMapping("/api/v1/services/{id}")
	ServiceView get(@PathVariable Long id) {
		return ServiceView.of(this.catalog.get(id));
	}

	@PostMapping("/api/v1/services")
	@ResponseStatus(HttpStatus.CREATED)
	ServiceView create(@Valid @RequestBody ServiceForm form) {
		return ServiceView.of(this.catalog.create(form));
	}

	@PutMapping("/api/v1/services/{id}")
	ServiceView update(@PathVariable Long id, @Valid @RequestBody ServiceForm form) {
		return ServiceView.of(this.catalog.update(id, form));
	}

	@PostMapping("/api/v1/services/{id}/retire")
	ServiceView retire(@PathVariable Long id, @RequestBody Retirement retirement) {
		return ServiceView.of(this.catalog.retire(id, retirement.version(), retirement.reason()));
	}

	@GetMapping("/api/v1/services/{id}/items")
	List<ItemView> items(@PathVariable Long id) {
		return this.items.of(id).stream().map(ItemView::of).toList();
	}

	@PostMapping("/api/v1/services/{id}/items")
	@ResponseStatus(HttpStatus.CREATED)
	ItemView createItem(@PathVariable Long id, @Valid @RequestBody ItemForm form) {
		return ItemView.of(this.items.create(id, form));
	}

	@PutMapping("/api/v1/services/{id}/items/{itemId}")
	ItemView updateItem(@PathVariable Long id, @PathVariable Long itemId, @Valid @RequestBody ItemForm form) {
		return ItemView.of(this.items.update(id, itemId, form));
	}

	/**
	 * The structured answers of a ticket raised through the catalogue (none otherwise).
	 */
	@GetMapping("/api/v1/tickets/{id}/answers")
	List<AnswerView> answers(@PathVariable Long id) {
		return AnswerView.of(this.requests.answersOfTicket(id));
	}

}
