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

/** REST API of establishments. */
@RestController
@RequestMapping("/api/v1/establishments")
class EstablishmentApi {

	private final EstablishmentService establishments;

	EstablishmentApi(EstablishmentService establishments) {
		this.establishments = establishments;
	}

	@GetMapping
	PageView<EstablishmentView> list(EstablishmentFilter filter, @PageableDefault(size = 25) Pageable pageable) {
		return PageView.of(this.establishments.list(filter, EstablishmentPages.restrict(pageable)),
				EstablishmentView::of);
	}

	@GetMapping("/{id}")
	EstablishmentView get(@PathVariable Long id) {
		return EstablishmentView.of(this.establishments.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	EstablishmentView create(@Valid @RequestBody EstablishmentForm form) {
		return EstablishmentView.of(this.establishments.create(form));
	}

	@PutMapping("/{id}")
	EstablishmentView update(@PathVariable Long id, @Valid @RequestBody EstablishmentForm form) {
		return EstablishmentView.of(this.establishments.update(id, form));
	}

	@PostMapping("/{id}/archive")
	EstablishmentView archive(@PathVariable Long id, @RequestBody ArchiveRequest request) {
		return EstablishmentView.of(this.establishments.archive(id, request.version(), request.reason()));
	}

	/** Archive with a reason, based on the version the caller saw. */
	record ArchiveRequest(long version, String reason) {
	}

	/** An establishment as the API shows it. */
	record EstablishmentView(Long id, String name, String shortName, EstablishmentKind kind, String legalFiness,
			String geographicFiness, boolean support, boolean archived, String archiveReason, long version,
			Instant createdAt, String createdBy, Instant lastModifiedAt, String lastModifiedBy) {

		static EstablishmentView of(Establishment e) {
			return new EstablishmentView(e.getId(), e.getName(), e.getShortName(), e.getKind(), e.getLegalFiness(),
					e.getGeographicFiness(), e.isSupport(), e.isArchived(), e.getArchiveReason(), e.getVersion(),
					e.getCreatedAt(), e.getCreatedBy(), e.getLastModifiedAt(), e.getLastModifiedBy());
		}
	}

}
