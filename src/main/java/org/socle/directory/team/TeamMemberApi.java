package org.socle.directory.team;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import org.socle.directory.people.Person;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of a team's members. */
@RestController
@RequestMapping("/api/v1/teams/{teamId}/members")
class TeamMemberApi {

	private final TeamMemberService members;

	TeamMemberApi(TeamMemberService members) {
		this.members = members;
	}

	@GetMapping
	List<MemberView> list(@PathVariable Long teamId) {
		return this.members.list(teamId).stream().map(MemberView::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	MemberView add(@PathVariable Long teamId, @Valid @RequestBody MemberForm form) {
		return MemberView.of(this.members.add(teamId, form));
	}

	@PutMapping("/{memberId}")
	MemberView changeRole(@PathVariable Long teamId, @PathVariable Long memberId,
			@Valid @RequestBody MemberRoleForm form) {
		return MemberView.of(this.members.changeRole(teamId, memberId, form));
	}

	@DeleteMapping("/{memberId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable Long teamId, @PathVariable Long memberId) {
		this.members.remove(teamId, memberId);
	}

	/** A membership as the API shows it, with the person's name and establishment. */
	record MemberView(Long id, Long teamId, Long personId, String firstName, String lastName, String jobTitle,
			Long establishmentId, String establishmentName, TeamRole role, long version, Instant createdAt,
			String createdBy, Instant lastModifiedAt, String lastModifiedBy) {

		static MemberView of(TeamMember m) {
			Person p = m.getPerson();
			return new MemberView(m.getId(), m.getTeam().getId(), p.getId(), p.getFirstName(), p.getLastName(),
					p.getJobTitle(), p.getEstablishment().getId(), p.getEstablishment().getName(), m.getRole(),
					m.getVersion(), m.getCreatedAt(), m.getCreatedBy(), m.getLastModifiedAt(), m.getLastModifiedBy());
		}
	}

}
