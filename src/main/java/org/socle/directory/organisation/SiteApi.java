package org.socle.directory.organisation;

import java.time.Instant;

import jakarta.validation.Valid;
import org.socle.shared.web.PageView;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of sites. */
@RestController
@RequestMapping("/api/v1/sites")
class SiteApi {

	private final SiteService sites;

	SiteApi(SiteService sites) {
		this.sites = sites;
	}

	@GetMapping
	PageView<SiteView> list(SiteFilter filter, @PageableDefault(size = 25) Pageable pageable) {
		return PageView.of(this.sites.list(filter, SitePages.restrict(pageable)), SiteView::of);
	}

	@GetMapping("/{id}")
	SiteView get(@PathVariable Long id) {
		return SiteView.of(this.sites.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SiteView create(@Valid @RequestBody SiteForm form) {
		return SiteView.of(this.sites.create(form));
	}

	@PutMapping("/{id}")
	SiteView update(@PathVariable Long id, @Valid @RequestBody SiteForm form) {
		return SiteView.of(this.sites.update(id, form));
	}

	@PostMapping("/{id}/archive")
	SiteView archive(@PathVariable Long id, @RequestBody ArchiveRequest request) {
		return SiteView.of(this.sites.archive(id, request.version(), request.reason()));
	}

	/** Archive with a reason, based on the version the caller saw. */
	record ArchiveRequest(long version, String reason) {
	}

	/** A site as the API shows it. */
	record SiteView(Long id, Long establishmentId, String establishmentName, String name, String street,
			String postalCode, String city, String country, boolean archived, String archiveReason, long version,
			Instant createdAt, String createdBy, Instant lastModifiedAt, String lastModifiedBy) {

		static SiteView of(Site s) {
			return new SiteView(s.getId(), s.getEstablishment().getId(), s.getEstablishment().getName(), s.getName(),
					s.getStreet(), s.getPostalCode(), s.getCity(), s.getCountry(), s.isArchived(), s.getArchiveReason(),
					s.getVersion(), s.getCreatedAt(), s.getCreatedBy(), s.getLastModifiedAt(), s.getLastModifiedBy());
		}
	}

}
