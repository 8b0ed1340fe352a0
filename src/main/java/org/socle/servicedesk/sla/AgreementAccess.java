package org.socle.servicedesk.sla;

import java.util.List;

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
 * Who reads and who keeps a team's agreements, as for its categories. Reads: whoever sees
 * the team. Keeps: the team's leads and administrators of its establishment. Default
 * deny; a team out of sight is "not found".
 */
@Component
class AgreementAccess {

	private final CurrentAccess access;

	private final DirectoryApi directory;

	AgreementAccess(CurrentAccess access, DirectoryApi directory) {
		this.access = access;
		this.directory = directory;
	}

	/** The teams the account sees. */
	List<TeamRef> readableTeams() {
		AccessScope scope = this.access.scope();
		return this.directory.teams().stream().filter(t -> sees(scope, t)).toList();
	}

	/** The teams whose agreements the account keeps. */
	List<TeamRef> managedTeams() {
		return readableTeams().stream().filter(this::manages).toList();
	}

	/** A team the account sees, or 404. */
	TeamRef readable(Long teamId) {
		AccessScope scope = this.access.scope();
		return this.directory.team(teamId)
			.filter(t -> sees(scope, t))
			.orElseThrow(() -> new RecordNotFoundException("Team", teamId));
	}

	/** A team whose agreements the account keeps: 404 out of sight, 403 otherwise. */
	TeamRef managed(Long teamId) {
		TeamRef team = readable(teamId);
		if (!manages(team)) {
			throw new AccessDeniedException("Does not keep the agreements of team " + teamId);
		}
		return team;
	}

	boolean manages(TeamRef team) {
		AccessScope scope = this.access.scope();
		return scope.hasTeamRole(Role.TEAM_LEAD, team.id(), team.establishmentId())
				|| scope.hasRole(Role.ADMINISTRATOR, team.establishmentId());
	}

	private static boolean sees(AccessScope scope, TeamRef team) {
		return scope.canSee(team.establishmentId()) || scope.grants()
			.stream()
			.anyMatch(g -> g.scopeKind() == ScopeKind.TEAM && team.id().equals(g.teamId()));
	}

}
