package org.socle.directory.organisation;

import java.time.Instant;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the hospital group (a single resource). */
@RestController
@RequestMapping("/api/v1/group")
class HospitalGroupApi {

	private final HospitalGroupService groups;

	HospitalGroupApi(HospitalGroupService groups) {
		this.groups = groups;
	}

	@GetMapping
	HospitalGroupView get() {
		return HospitalGroupView.of(this.groups.get());
	}

	@PutMapping
	HospitalGroupView update(@Valid @RequestBody HospitalGroupForm form) {
		return HospitalGroupView.of(this.groups.update(form));
	}

	/** The hospital group as the API shows it. */
	record HospitalGroupView(Long id, String name, String shortName, String country, long version, Instant createdAt,
			String createdBy, Instant lastModifiedAt, String lastModifiedBy) {

		static HospitalGroupView of(HospitalGroup g) {
			return new HospitalGroupView(g.getId(), g.getName(), g.getShortName(), g.getCountry(), g.getVersion(),
					g.getCreatedAt(), g.getCreatedBy(), g.getLastModifiedAt(), g.getLastModifiedBy());
		}
	}

}
