package org.socle.directory.people;

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

/** REST API of the staff directory. */
@RestController
@RequestMapping("/api/v1/people")
class PersonApi {

	private final PersonService people;

	PersonApi(PersonService people) {
		this.people = people;
	}

	@GetMapping
	PageView<PersonView> list(PersonFilter filter, @PageableDefault(size = 25) Pageable pageable) {
		return PageView.of(this.people.list(filter, PersonPages.restrict(pageable)), PersonView::of);
	}

	@GetMapping("/{id}")
	PersonView get(@PathVariable Long id) {
		return PersonView.of(this.people.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PersonView create(@Valid @RequestBody PersonForm form) {
		return PersonView.of(this.people.create(form));
	}

	@PutMapping("/{id}")
	PersonView update(@PathVariable Long id, @Valid @RequestBody PersonForm form) {
		return PersonView.of(this.people.update(id, form));
	}

	@PostMapping("/{id}/archive")
	PersonView archive(@PathVariable Long id, @RequestBody ArchiveRequest request) {
		return PersonView.of(this.people.archive(id, request.version(), request.reason()));
	}

	/** Archive with a reason, based on the version the caller saw. */
	record ArchiveRequest(long version, String reason) {
	}

	/** A person as the API shows it. */
	record PersonView(Long id, String firstName, String lastName, String email, String jobTitle, String phone,
			Long establishmentId, String establishmentName, Long departmentId, String departmentName, boolean archived,
			String archiveReason, long version, Instant createdAt, String createdBy, Instant lastModifiedAt,
			String lastModifiedBy) {

		static PersonView of(Person p) {
			return new PersonView(p.getId(), p.getFirstName(), p.getLastName(), p.getEmail(), p.getJobTitle(),
					p.getPhone(), p.getEstablishment().getId(), p.getEstablishment().getName(),
					(p.getDepartment() != null) ? p.getDepartment().getId() : null,
					(p.getDepartment() != null) ? p.getDepartment().getName() : null, p.isArchived(),
					p.getArchiveReason(), p.getVersion(), p.getCreatedAt(), p.getCreatedBy(), p.getLastModifiedAt(),
					p.getLastModifiedBy());
		}
	}

}
