package org.socle.directory.team;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Subquery;
import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.directory.ScopeFilter;
import org.socle.directory.people.Person;
import org.socle.directory.people.PersonRepository;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's members: whoever sees the team sees its members; an administrator of the
 * team's establishment, or a team lead of the team, adds and removes them and changes
 * their role. Removing deletes the membership row; its history stays in the audit tables.
 */
@Service
class TeamMemberService {

	static final int CANDIDATES = 20;

	private static final Logger log = LoggerFactory.getLogger(TeamMemberService.class);

	private final TeamService teams;

	private final TeamMemberRepository members;

	private final PersonRepository people;

	private final CurrentAccess access;

	TeamMemberService(TeamService teams, TeamMemberRepository members, PersonRepository people, CurrentAccess access) {
		this.teams = teams;
		this.members = members;
		this.people = people;
		this.access = access;
	}

	@Transactional(readOnly = true)
	List<TeamMember> list(Long teamId) {
		return this.members.findMembersOf(this.teams.get(teamId).getId());
	}

	boolean canManage(Team team) {
		AccessScope scope = this.access.scope();
		return scope.hasRole(Role.ADMINISTRATOR, team.getEstablishment().getId())
				|| scope.hasTeamRole(Role.TEAM_LEAD, team.getId(), team.getEstablishment().getId());
	}

	/**
	 * Up to {@value #CANDIDATES} people in scope, not archived and not yet members, whose
	 * name or e-mail contains the text.
	 */
	@Transactional(readOnly = true)
	List<Person> candidates(Long teamId, String text) {
		Team team = manageable(teamId);
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Specification<Person> spec = ScopeFilter
			.<Person>visibleTo(this.access.scope(), r -> r.get("establishment").get("id"))
			.and(matching(text))
			.and(notMemberOf(team.getId()));
		return this.people.findAll(spec, PageRequest.of(0, CANDIDATES, Sort.by("lastName", "firstName", "id")))
			.getContent();
	}

	@Transactional
	TeamMember add(Long teamId, MemberForm form) {
		Team team = manageable(teamId);
		Person person = this.people.findById(form.getPersonId())
			.filter(p -> !p.isArchived() && this.access.scope().canSee(p.getEstablishment().getId()))
			.orElseThrow(() -> new RecordNotFoundException("Person", form.getPersonId()));
		if (this.members.existsByTeamIdAndPersonId(team.getId(), person.getId())) {
			throw FieldRuleException.duplicate("personId", person.label());
		}
		TeamMember member = this.members.saveAndFlush(new TeamMember(team, person, form.getRole()));
		log.info("Person {} added to team {} as {}", person.getId(), team.getId(), form.getRole());
		return member;
	}

	@Transactional
	TeamMember changeRole(Long teamId, Long memberId, MemberRoleForm form) {
		TeamMember member = memberOf(manageable(teamId), memberId);
		member.checkVersion(form.getVersion());
		member.setRole(form.getRole());
		return this.members.saveAndFlush(member);
	}

	@Transactional
	void remove(Long teamId, Long memberId) {
		TeamMember member = memberOf(manageable(teamId), memberId);
		this.members.delete(member);
		this.members.flush();
		log.info("Person {} removed from team {}", member.getPerson().getId(), teamId);
	}

	private Team manageable(Long teamId) {
		Team team = this.teams.get(teamId);
		if (!canManage(team)) {
			throw new AccessDeniedException("May not manage the members of team " + teamId);
		}
		return team;
	}

	private TeamMember memberOf(Team team, Long memberId) {
		return this.members.findById(memberId)
			.filter(m -> m.getTeam().getId().equals(team.getId()))
			.orElseThrow(() -> new RecordNotFoundException("TeamMember", memberId));
	}

	/**
	 * Name contains the text, or e-mail starts with it (most addresses share a domain).
	 */
	private static Specification<Person> matching(String text) {
		String lower = text.strip().toLowerCase(Locale.ROOT);
		String like = "%" + lower + "%";
		return (root, query, cb) -> cb.and(cb.isFalse(root.get("archived")),
				cb.or(cb.like(cb.lower(root.get("lastName")), like), cb.like(cb.lower(root.get("firstName")), like),
						cb.like(cb.lower(cb.concat(cb.concat(root.get("firstName"), " "), root.get("lastName"))), like),
						cb.like(cb.lower(cb.coalesce(root.get("email"), "")), lower + "%")));
	}

	private static Specification<Person> notMemberOf(Long teamId) {
		return (root, query, cb) -> {
			Subquery<Long> memberIds = query.subquery(Long.class);
			var member = memberIds.from(TeamMember.class);
			memberIds.select(member.get("person").get("id")).where(cb.equal(member.get("team").get("id"), teamId));
			return cb.not(root.get("id").in(memberIds));
		};
	}

}
