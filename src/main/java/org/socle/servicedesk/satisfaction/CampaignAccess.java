package org.socle.servicedesk.satisfaction;

import java.util.Collection;
import java.util.Objects;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.directory.ScopeKind;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and who runs staff surveys. Sees a campaign: an account whose scope reaches
 * one of its establishments. Runs it (creates it, reads its results): administrators and
 * team leads of every establishment it asks (a lead of a team runs surveys of the team's
 * establishment). Default deny; a campaign out of sight is "not found".
 */
@Component
class CampaignAccess {

	private final CurrentAccess access;

	CampaignAccess(CurrentAccess access) {
		this.access = access;
	}

	boolean sees(SurveyCampaign campaign) {
		AccessScope scope = this.access.scope();
		return campaign.getAudience().stream().anyMatch(scope::canSee);
	}

	/** Whether the account sees the establishment (its name may be shown). */
	boolean seesEstablishment(Long establishmentId) {
		return this.access.scope().canSee(establishmentId);
	}

	boolean runs(SurveyCampaign campaign) {
		return runsAll(campaign.getAudience());
	}

	/** Whether the account may ask the staff of all these establishments. */
	boolean runsAll(Collection<Long> establishmentIds) {
		return !establishmentIds.isEmpty() && establishmentIds.stream().allMatch(this::runs);
	}

	boolean runs(Long establishmentId) {
		AccessScope scope = this.access.scope();
		return scope.hasRole(Role.ADMINISTRATOR, establishmentId) || scope.hasRole(Role.TEAM_LEAD, establishmentId)
				|| scope.grants()
					.stream()
					.anyMatch(g -> g.role() == Role.TEAM_LEAD && g.scopeKind() == ScopeKind.TEAM
							&& Objects.equals(g.establishmentId(), establishmentId));
	}

	/** Whether the account runs surveys somewhere. */
	boolean runsSomething() {
		AccessScope scope = this.access.scope();
		return scope.hasRoleAnywhere(Role.ADMINISTRATOR) || scope.hasRoleAnywhere(Role.TEAM_LEAD);
	}

	/** A campaign the account runs: 404 out of sight, 403 otherwise. */
	SurveyCampaign run(SurveyCampaign campaign, Long id) {
		if (campaign == null || !sees(campaign)) {
			throw new RecordNotFoundException("SurveyCampaign", id);
		}
		if (!runs(campaign)) {
			throw new AccessDeniedException("Does not run survey " + id);
		}
		return campaign;
	}

	/**
	 * Checks that the account may ask these establishments: 404 for one out of sight, 403
	 * for one it does not run.
	 */
	void checkMayAsk(Collection<Long> establishmentIds) {
		AccessScope scope = this.access.scope();
		for (Long id : establishmentIds) {
			if (!scope.canSee(id)) {
				throw new RecordNotFoundException("Establishment", id);
			}
		}
		if (!runsAll(establishmentIds)) {
			throw new AccessDeniedException("Does not run surveys of these establishments");
		}
	}

	/** The signed-in person, if the account has some role (no role, no survey). */
	Long answeringPerson() {
		AccessScope scope = this.access.scope();
		return scope.grants().isEmpty() ? null : scope.personId();
	}

}
