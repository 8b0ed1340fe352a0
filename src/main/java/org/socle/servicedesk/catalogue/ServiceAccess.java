package org.socle.servicedesk.catalogue;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.directory.Role;
import org.socle.directory.ScopeKind;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads and who keeps a service, through its owner team (as for team categories).
 * Reads: whoever sees the team (its establishment in scope, or a grant on the team).
 * Keeps: the team's leads (a grant on the team, or the lead role over its establishment)
 * and administrators of its establishment (group administrators everywhere). Default
 * deny; a team out of sight is "not found".
 */
@Component
class ServiceAccess {

	private final CurrentAccess access;

	private final DirectoryApi directory;

	ServiceAccess(CurrentAccess access, DirectoryApi directory) {
		this.access = access;
		this.directory = directory;
	}

	boolean reads(Long teamId) {
		AccessScope scope = this.access.scope();
		return this.directory.team(teamId)
			.filter(t -> scope.canSee(t.establishmentId()) || hasTeamGrant(scope, t.id()))
			.isPresent();
	}

	boolean keeps(Long teamId) {
		return this.directory.team(teamId).filter(this::manages).isPresent() && reads(teamId);
	}

	/** A team the account sees, or 404. */
	TeamRef readable(Long teamId) {
		AccessScope scope = this.access.scope();
		return this.directory.team(teamId)
			.filter(t -> scope.canSee(t.establishmentId()) || hasTeamGrant(scope, t.id()))
			.orElseThrow(() -> new RecordNotFoundException("Team", teamId));
	}

	/** A team whose services the account keeps: 404 out of sight, 403 otherwise. */
	TeamRef kept(Long teamId) {
		TeamRef team = readable(teamId);
		if (!manages(team)) {
			throw new AccessDeniedException("Does not keep the services of team " + teamId);
		}
		return team;
	}

	private boolean manages(TeamRef team) {
		AccessScope scope = this.access.scope();
		return scope.hasTeamRole(Role.TEAM_LEAD, team.id(), team.establishmentId())
				|| scope.hasRole(Role.ADMINISTRATOR, team.establishmentId());
	}

	private static boolean hasTeamGrant(AccessScope scope, Long teamId) {
		return scope.grants().stream().anyMatch(g -> g.scopeKind() == ScopeKind.TEAM && teamId.equals(g.teamId()));
	}

}
