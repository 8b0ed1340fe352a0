package org.socle.directory;

import java.util.Optional;

import org.socle.directory.people.PersonRepository;
import org.socle.directory.team.TeamMemberRepository;
import org.socle.directory.team.TeamRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of the directory: people and teams as plain references, and
 * team membership. No entity leaves the module; other modules hold ids only.
 */
@Service
public class DirectoryApi {

	private final PersonRepository people;

	private final TeamRepository teams;

	private final TeamMemberRepository members;

	DirectoryApi(PersonRepository people, TeamRepository teams, TeamMemberRepository members) {
		this.people = people;
		this.teams = teams;
		this.members = members;
	}

	/** A person who is not archived, or empty. */
	@Transactional(readOnly = true)
	public Optional<PersonRef> person(Long id) {
		return (id == null) ? Optional.empty()
				: this.people.findById(id)
					.filter(p -> !p.isArchived())
					.map(p -> new PersonRef(p.getId(), p.getFirstName() + " " + p.getLastName(),
							p.getEstablishment().getId(), p.getEmail()));
	}

	/** A team that is not archived, or empty. */
	@Transactional(readOnly = true)
	public Optional<TeamRef> team(Long id) {
		return (id == null) ? Optional.empty()
				: this.teams.findById(id)
					.filter(t -> !t.isArchived())
					.map(t -> new TeamRef(t.getId(), t.getName(), t.getEstablishment().getId()));
	}

	@Transactional(readOnly = true)
	public boolean isTeamMember(Long personId, Long teamId) {
		return personId != null && teamId != null && this.members.existsByTeamIdAndPersonId(teamId, personId);
	}

	/** A person as other modules see it. */
	public record PersonRef(Long id, String label, Long establishmentId, String email) {
	}

	/** A team as other modules see it. */
	public record TeamRef(Long id, String name, Long establishmentId) {
	}

}
