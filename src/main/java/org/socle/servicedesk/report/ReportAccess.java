package org.socle.servicedesk.report;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.EstablishmentRef;
import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.directory.Role;
import org.socle.directory.ScopeKind;
import org.socle.servicedesk.catalogue.ServiceCatalog;
import org.socle.servicedesk.catalogue.ServiceOffering;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads service reports, and on which tickets. Readers: administrators, team leads
 * and agents; their figures count the tickets they work: every ticket for a group-wide
 * grant, those of an establishment for a grant over it, those of a team for a grant on
 * it. Staff read none. A team, establishment or service out of sight is "not found"; one
 * in sight that the reader reads nothing of is "forbidden". Default deny.
 */
@Component
class ReportAccess {

	private static final List<Role> READERS = List.of(Role.ADMINISTRATOR, Role.TEAM_LEAD, Role.AGENT);

	private final CurrentAccess access;

	private final DirectoryApi directory;

	private final ServiceCatalog catalogue;

	ReportAccess(CurrentAccess access, DirectoryApi directory, ServiceCatalog catalogue) {
		this.access = access;
		this.directory = directory;
		this.catalogue = catalogue;
	}

	/** The tickets the signed-in reader's figures count. */
	ReaderScope reader() {
		List<AccessScope.Grant> grants = this.access.scope()
			.grants()
			.stream()
			.filter(g -> READERS.contains(g.role()))
			.toList();
		if (grants.stream().anyMatch(g -> g.scopeKind() == ScopeKind.GROUP)) {
			return ReaderScope.all();
		}
		return new ReaderScope(false, ids(grants, ScopeKind.ESTABLISHMENT, AccessScope.Grant::establishmentId),
				ids(grants, ScopeKind.TEAM, AccessScope.Grant::teamId));
	}

	/**
	 * Checks that the reader may read the report of the filter and returns the tickets
	 * its figures count: 404 for a team, establishment or service out of sight, 403 when
	 * the reader reads nothing of it (or no report at all).
	 */
	ReaderScope check(ReportFilter filter) {
		TeamRef team = (filter.teamId() != null) ? visibleTeam(filter.teamId()) : null;
		if (filter.establishmentId() != null && !this.access.scope().canSee(filter.establishmentId())) {
			throw new RecordNotFoundException("Establishment", filter.establishmentId());
		}
		ReaderScope reader = reader();
		if (reader.nothing()) {
			throw new AccessDeniedException("Reads no service report");
		}
		if (team != null && !readsTeam(team)) {
			throw new AccessDeniedException("Reads nothing of team " + team.id());
		}
		if (filter.establishmentId() != null && !readsEstablishment(filter.establishmentId())) {
			throw new AccessDeniedException("Reads nothing of establishment " + filter.establishmentId());
		}
		if (filter.serviceId() != null) {
			this.catalogue.get(filter.serviceId());
		}
		return reader;
	}

	/** The teams whose reports the reader may ask for, by name. */
	List<TeamRef> teams() {
		return this.directory.teams().stream().filter(this::readsTeam).toList();
	}

	/** The establishments whose reports the reader may ask for, by name. */
	List<EstablishmentRef> establishments() {
		return this.directory.establishments().stream().filter(e -> readsEstablishment(e.id())).toList();
	}

	/** The services the reader may narrow a report to. */
	List<ServiceOffering> services() {
		return this.catalogue.list(null, null);
	}

	private TeamRef visibleTeam(Long teamId) {
		AccessScope scope = this.access.scope();
		return this.directory.team(teamId)
			.filter(t -> scope.canSee(t.establishmentId()) || scope.grants()
				.stream()
				.anyMatch(g -> g.scopeKind() == ScopeKind.TEAM && t.id().equals(g.teamId())))
			.orElseThrow(() -> new RecordNotFoundException("Team", teamId));
	}

	private boolean readsTeam(TeamRef team) {
		AccessScope scope = this.access.scope();
		return READERS.stream().anyMatch(r -> scope.hasTeamRole(r, team.id(), team.establishmentId()));
	}

	/**
	 * A reader over the establishment, or of one of its teams (whose figures are then
	 * those of the team's tickets there).
	 */
	private boolean readsEstablishment(Long establishmentId) {
		AccessScope scope = this.access.scope();
		return READERS.stream().anyMatch(r -> scope.hasRole(r, establishmentId)) || scope.grants()
			.stream()
			.anyMatch(g -> READERS.contains(g.role()) && g.scopeKind() == ScopeKind.TEAM
					&& Objects.equals(g.establishmentId(), establishmentId));
	}

	private static Set<Long> ids(List<AccessScope.Grant> grants, ScopeKind kind,
			java.util.function.Function<AccessScope.Grant, Long> id) {
		return grants.stream()
			.filter(g -> g.scopeKind() == kind)
			.map(id)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
	}

}
