package org.socle.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.directory.account.UserAccount;
import org.socle.directory.account.UserAccountRepository;
import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.DepartmentRepository;
import org.socle.directory.organisation.EstablishmentRepository;
import org.socle.directory.people.Person;

import org.socle.directory.people.PersonRepository;
import org.socle.directory.team.TeamMember;
import org.socle.directory.team.TeamMemberRepository;
import org.socle.directory.team.TeamRepository;
import org.socle.directory.team.TeamRole;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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

	private final EstablishmentRepository establishments;

	private final UserAccountRepository accounts;

	private final DepartmentRepository departments;

	DirectoryApi(PersonRepository people, TeamRepository teams, TeamMemberRepository members,
			EstablishmentRepository establishments, UserAccountRepository accounts, DepartmentRepository departments) {
		this.departments = departments;
		this.accounts = accounts;
		this.people = people;
		this.teams = teams;
		this.members = members;
		this.establishments = establishments;
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

	/**
	 * The person (not archived) with this e-mail, ignoring case, or empty (also when
	 * several people share it: nobody can tell which one wrote).
	 */
	@Transactional(readOnly = true)
	public Optional<PersonRef> personByEmail(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		List<Person> found = this.people.findActiveByEmail(email.strip());
		return (found.size() == 1) ? Optional.of(ref(found.get(0))) : Optional.empty();
	}

	/** The language of the person's account, or empty when they have no account. */
	@Transactional(readOnly = true)
	public Optional<Locale> languageOf(Long personId) {
		return (personId == null) ? Optional.empty()
				: this.accounts.findByPersonId(personId)
					.map(a -> a.getLocale())
					.filter(l -> l != null && !l.isBlank())
					.map(Locale::forLanguageTag);
	}

	/**
	 * The languages of these people's accounts, by person id (people without an account,
	 * or without a language, are left out).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Locale> languagesOf(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Locale> languages = new HashMap<>();
		for (UserAccount account : this.accounts.findByPersonIdIn(personIds)) {
			String tag = account.getLocale();
			if (tag != null && !tag.isBlank()) {
				languages.put(account.getPerson().getId(), Locale.forLanguageTag(tag));
			}
		}
		return languages;
	}

	/** The team's own e-mail address (as the directory records it), or empty. */
	@Transactional(readOnly = true)
	public Optional<String> teamEmail(Long teamId) {
		return (teamId == null) ? Optional.empty()
				: this.teams.findById(teamId)
					.filter(t -> !t.isArchived())
					.map(t -> t.getEmail())
					.filter(e -> e != null && !e.isBlank());
	}

	/** The team's members who are not archived, as people. */
	@Transactional(readOnly = true)
	public List<PersonRef> teamMembers(Long teamId) {
		return (teamId == null) ? List.of()
				: this.members.findMembersOf(teamId)
					.stream()
					.map(TeamMember::getPerson)
					.filter(p -> !p.isArchived())
					.map(DirectoryApi::ref)
					.toList();
	}

	/** The team's leads who are not archived, as people. */
	@Transactional(readOnly = true)
	public List<PersonRef> teamLeads(Long teamId) {
		return (teamId == null) ? List.of()
				: this.members.findMembersOf(teamId)
					.stream()
					.filter(m -> m.getRole() == TeamRole.LEAD)
					.map(TeamMember::getPerson)
					.filter(p -> !p.isArchived())
					.map(DirectoryApi::ref)
					.toList();
	}

	/** How many people (staff, not archived) the establishments have together. */
	@Transactional(readOnly = true)
	public long staffCount(Collection<Long> establishmentIds) {
		return (establishmentIds == null || establishmentIds.isEmpty()) ? 0
				: this.people.countActiveIn(establishmentIds);
	}

	private static PersonRef ref(Person p) {
		return new PersonRef(p.getId(), p.getFirstName() + " " + p.getLastName(), p.getEstablishment().getId(),
				p.getEmail());
	}

	/** A team that is not archived, or empty. */
	@Transactional(readOnly = true)
	public Optional<TeamRef> team(Long id) {
		return (id == null) ? Optional.empty()
				: this.teams.findById(id)
					.filter(t -> !t.isArchived())
					.map(t -> new TeamRef(t.getId(), t.getName(), t.getEstablishment().getId()));
	}

	/**
	 * The kind of a team that is not archived (IT, BIOMEDICAL, TECHNICAL...), or empty.
	 */
	@Transactional(readOnly = true)
	public Optional<String> teamKind(Long id) {
		return (id == null) ? Optional.empty()
				: this.teams.findById(id).filter(t -> !t.isArchived()).map(t -> t.getKind().name());
	}

	@Transactional(readOnly = true)
	public boolean isTeamMember(Long personId, Long teamId) {
		return personId != null && teamId != null && this.members.existsByTeamIdAndPersonId(teamId, personId);
	}

	/** The teams that are not archived, by name. */
	@Transactional(readOnly = true)
	public List<TeamRef> teams() {
		return this.teams.findAll(Sort.by("name"))
			.stream()
			.filter(t -> !t.isArchived())
			.map(t -> new TeamRef(t.getId(), t.getName(), t.getEstablishment().getId()))
			.toList();
	}

	/** The ids of the teams the person is a member of. */
	@Transactional(readOnly = true)
	public Set<Long> teamIdsOf(Long personId) {
		if (personId == null) {
			return Set.of();
		}
		Specification<TeamMember> ofPerson = (root, query, cb) -> cb.equal(root.get("person").get("id"), personId);
		return this.members.findAll(ofPerson).stream().map(m -> m.getTeam().getId()).collect(Collectors.toSet());
	}

	/** People not archived whose name contains the text, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<PersonRef> searchPeople(String text, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "\\%") + "%";
		Specification<Person> spec = (root, query, cb) -> cb.and(cb.isFalse(root.get("archived")),
				cb.or(cb.like(cb.lower(root.get("lastName")), like), cb.like(cb.lower(root.get("firstName")), like)));
		return this.people.findAll(spec, PageRequest.of(0, limit, Sort.by("lastName", "firstName")))
			.map(p -> new PersonRef(p.getId(), p.getFirstName() + " " + p.getLastName(), p.getEstablishment().getId(),
					p.getEmail()))
			.getContent();
	}

	/** The name of an establishment, or empty. */
	@Transactional(readOnly = true)
	public Optional<String> establishmentName(Long id) {
		return (id == null) ? Optional.empty() : this.establishments.findById(id).map(e -> e.getName());
	}

	/** The establishments that are not archived, by name. */
	@Transactional(readOnly = true)
	public List<EstablishmentRef> establishments() {
		return this.establishments.findAll(Sort.by("name"))
			.stream()
			.filter(e -> !e.isArchived())
			.map(e -> new EstablishmentRef(e.getId(), e.getName()))
			.toList();
	}

	/**
	 * The head of the person's department (the nearest department up the tree that has
	 * one), when that head is a person who is not archived; empty otherwise.
	 */
	@Transactional(readOnly = true)
	public Optional<PersonRef> departmentHeadOf(Long personId) {
		Person person = (personId == null) ? null : this.people.findById(personId).orElse(null);
		for (Department d = (person != null) ? person.getDepartment() : null; d != null; d = d.getParent()) {
			if (d.getHeadId() != null) {
				return person(d.getHeadId());
			}
		}
		return Optional.empty();
	}

	/**
	 * The ids of the person's department and of every department above it (none when the
	 * person has no department).
	 */
	@Transactional(readOnly = true)
	public Set<Long> departmentsOf(Long personId) {
		Person person = (personId == null) ? null : this.people.findById(personId).orElse(null);
		Set<Long> ids = new java.util.LinkedHashSet<>();
		for (Department d = (person != null) ? person.getDepartment() : null; d != null; d = d.getParent()) {
			ids.add(d.getId());
		}
		return ids;
	}

	/** A department that is not archived, or empty. */
	@Transactional(readOnly = true)
	public Optional<DepartmentRef> department(Long id) {
		return (id == null) ? Optional.empty() : this.departments.findById(id)
			.filter(d -> !d.isArchived())
			.map(d -> new DepartmentRef(d.getId(), d.getCode() + " " + d.getName(), d.getEstablishment().getId()));
	}

	/** A department as other modules see it. */
	public record DepartmentRef(Long id, String label, Long establishmentId) {
	}

	/** An establishment as other modules see it. */
	public record EstablishmentRef(Long id, String name) {
	}

	/** A person as other modules see it. */
	public record PersonRef(Long id, String label, Long establishmentId, String email) {
	}

	/** A team as other modules see it. */
	public record TeamRef(Long id, String name, Long establishmentId) {
	}

}
