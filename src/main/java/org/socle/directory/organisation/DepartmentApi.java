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

/** REST API of departments (poles, services, functional units). */
@RestController
@RequestMapping("/api/v1/departments")
class DepartmentApi {

	private final DepartmentService departments;

	DepartmentApi(DepartmentService departments) {
		this.departments = departments;
	}

	@GetMapping
	PageView<DepartmentView> list(DepartmentFilter filter, @PageableDefault(size = 25) Pageable pageable) {
		return PageView.of(this.departments.list(filter, DepartmentPages.restrict(pageable)), DepartmentView::of);
	}

	@GetMapping("/{id}")
	DepartmentView get(@PathVariable Long id) {
		return DepartmentView.of(this.departments.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	DepartmentView create(@Valid @RequestBody DepartmentForm form) {
		return DepartmentView.of(this.departments.create(form));
	}

	@PutMapping("/{id}")
	DepartmentView update(@PathVariable Long id, @Valid @RequestBody DepartmentForm form) {
		return DepartmentView.of(this.departments.update(id, form));
	}

	@PostMapping("/{id}/archive")
	DepartmentView archive(@PathVariable Long id, @RequestBody ArchiveRequest request) {
		return DepartmentView.of(this.departments.archive(id, request.version(), request.reason()));
	}

	/** Archive with a reason, based on the version the caller saw. */
	record ArchiveRequest(long version, String reason) {
	}

	/** A department as the API shows it. */
	record DepartmentView(Long id, Long establishmentId, String establishmentName, Long parentId, DepartmentLevel level,
			String code, String name, boolean archived, String archiveReason, long version, Instant createdAt,
			String createdBy, Instant lastModifiedAt, String lastModifiedBy) {

		static DepartmentView of(Department d) {
			return new DepartmentView(d.getId(), d.getEstablishment().getId(), d.getEstablishment().getName(),
					(d.getParent() != null) ? d.getParent().getId() : null, d.getLevel(), d.getCode(), d.getName(),
					d.isArchived(), d.getArchiveReason(), d.getVersion(), d.getCreatedAt(), d.getCreatedBy(),
					d.getLastModifiedAt(), d.getLastModifiedBy());
		}
	}

}
