package org.socle.servicedesk.catalogue;

import java.util.List;
import java.util.Locale;

import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.PersonRef;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Requests as pages show them: with the names of their service, item and people. */
@Component
class RequestViews {

	private final ServiceOfferingRepository services;

	private final RequestItemRepository items;

	private final DirectoryApi directory;

	RequestViews(ServiceOfferingRepository services, RequestItemRepository items, DirectoryApi directory) {
		this.services = services;
		this.items = items;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	List<RequestView> of(List<CatalogueRequest> requests, Locale locale) {
		return requests.stream().map(r -> of(r, locale)).toList();
	}

	@Transactional(readOnly = true)
	RequestView of(CatalogueRequest r, Locale locale) {
		String service = this.services.findById(r.getServiceId()).map(s -> s.name(locale)).orElse("");
		String item = this.items.findById(r.getItemId()).map(i -> i.label(locale)).orElse("");
		return new RequestView(r, service, item, name(r.getRequesterId()), name(r.getApproverId()),
				name(r.getDecidedById()));
	}

	private String name(Long personId) {
		return this.directory.person(personId).map(PersonRef::label).orElse(null);
	}

	/** A request, and the names that go with it. */
	record RequestView(CatalogueRequest request, String serviceName, String itemLabel, String requesterName,
			String approverName, String decidedByName) {
	}

}
