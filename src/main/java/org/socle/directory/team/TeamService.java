package org.socle.directory.team;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.directory.ScopeFilter;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.organisation.EstablishmentFilter;
import org.socle.directory.organisation.EstablishmentService;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams: everyone sees the teams of the establishments in their scope; an administrator
 * of a team's establishment creates, edits and archives it.
 */
@Service
class TeamService {

	static final int REASON_MAX = 500;

	private final TeamRepository teams;

	private final TeamMemberRepository members;

	private final EstablishmentService establishments;

	private final CurrentAccess access;

	TeamService(TeamRepository teams, TeamMemberRepository members, EstablishmentService establishments,
			CurrentAccess access) {
		this.teams = teams;
		this.members = members;
		this.establishments = establishments;
		this.access = access;
	}

	@Transactional(readOnly = true)
	Page<Team> list(TeamFilter filter, Pageable pageable) {
		return this.teams.findAll(ScopeFilter.<Team>visibleTo(scope(), r -> r.get("establishment").get("id"))
			.and(filter.toSpecification()), pageable);
	}

	/** A team in scope, or "not found" (out-of-scope rows do not exist for the user). */
	@Transactional(readOnly = true)
	Team get(Long id) {
		return this.teams.findById(id)
			.filter(t -> scope().canSee(t.getEstablishment().getId()))
			.orElseThrow(() -> new RecordNotFoundException("Team", id));
	}

	/** How many members each team has (teams without members are absent). */
	@Transactional(readOnly = true)
	Map<Long, Long> memberCounts(Collection<Team> rows) {
		Map<Long, Long> counts = new HashMap<>();
		if (!rows.isEmpty()) {
			this.members.countByTeamIds(rows.stream().map(Team::getId).toList())
				.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
		}
		return counts;
	}

	@Transactional(readOnly = true)
	long memberCount(Team team) {
		return this.members.countByTeamId(team.getId());
	}

	/** The establishments in scope, for the list filter. */
	@Transactional(readOnly = true)
	List<Establishment> visibleEstablishments() {
		return this.establishments.list(new EstablishmentFilter(null, null, false), Pageable.unpaged(Sort.by("name")))
			.getContent();
	}

	/** The establishments where the user may create a team. */
	@Transactional(readOnly = true)
	List<Establishment> establishmentsForNewTeams() {
		return visibleEstablishments().stream().filter(e -> scope().hasRole(Role.ADMINISTRATOR, e.getId())).toList();
	}

	boolean canCreate() {
		return scope().hasGroupRole(Role.ADMINISTRATOR)
				|| !scope().establishmentsWithRole(Role.ADMINISTRATOR).isEmpty();
	}

	boolean canEdit(Team team) {
		return scope().hasRole(Role.ADMINISTRATOR, team.getEstablishment().getId());
	}

	@Transactional
	Team create(TeamForm form) {
		if (!canCreate()) {
			throw new AccessDeniedException("Not an administrator of any establishment");
		}
		Establishment establishment = administered(form.getEstablishmentId());
		if (this.teams.existsByNameIgnoreCase(form.normalisedName())) {
			throw FieldRuleException.duplicate("name", form.normalisedName());
		}
		Team team = new Team(establishment, null, null);
		form.applyTo(team);
		return this.teams.saveAndFlush(team);
	}

	@Transactional
	Team update(Long id, TeamForm form) {
		Team team = editable(id);
		team.checkVersion(form.getVersion());
		if (!team.getEstablishment().getId().equals(form.getEstablishmentId())) {
			team.setEstablishment(administered(form.getEstablishmentId()));
		}
		if (this.teams.existsByNameIgnoreCaseAndIdNot(form.normalisedName(), id)) {
			throw FieldRuleException.duplicate("name", form.normalisedName());
		}
		form.applyTo(team);
		return this.teams.saveAndFlush(team);
	}

	@Transactional
	Team archive(Long id, long version, String reason) {
		Team team = editable(id);
		team.checkVersion(version);
		if (reason == null || reason.isBlank()) {
			throw FieldRuleException.invalid("reason", "NotBlank");
		}
		if (reason.strip().length() > REASON_MAX) {
			throw FieldRuleException.invalid("reason", "Size", 1, REASON_MAX);
		}
		team.archive(reason.strip());
		return this.teams.saveAndFlush(team);
	}

	/**
	 * An establishment in scope (else 404) that the user administers (else 403).
	 */
	private Establishment administered(Long establishmentId) {
		Establishment establishment = this.establishments.get(establishmentId);
		if (!scope().hasRole(Role.ADMINISTRATOR, establishment.getId())) {
			throw new AccessDeniedException("Not an administrator of establishment " + establishmentId);
		}
		return establishment;
	}

	private Team editable(Long id) {
		Team team = get(id);
		if (!canEdit(team)) {
			throw new AccessDeniedException("Not an administrator of team " + id);
		}
		return team;
	}

	private AccessScope scope() {
		return this.access.scope();
	}

}
