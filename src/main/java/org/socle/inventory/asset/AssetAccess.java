package org.socle.inventory.asset;

import java.util.HashSet;
import java.util.Set;

import org.socle.directory.AccessScope;
import org.socle.directory.AccessScope.Grant;
import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.directory.Role;
import org.socle.directory.ScopeKind;
import org.socle.inventory.AssetRef;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one access rule of the inventory, for every feature: an asset belongs to an
 * establishment and an owner team. Read: a working role (anything but staff) over the
 * group, over the asset's establishment, or on a team that owns it or belongs to its
 * establishment. Keep (edit, move, change status, record work): the owner team's agents
 * and leads, and administrators of the asset's establishment (group administrators
 * everywhere). Staff of the establishment may only report a fault from the mobile page.
 * Default deny; an asset out of sight is "not found".
 */
@Component
public class AssetAccess {

	private final CurrentAccess access;

	private final DirectoryApi directory;

	AssetAccess(CurrentAccess access, DirectoryApi directory) {
		this.access = access;
		this.directory = directory;
	}

	/** The current reader's assets, as a query condition. */
	public AssetReaders readers() {
		AccessScope scope = this.access.scope();
		boolean all = scope.grants().stream().anyMatch(g -> g.role() != Role.STAFF && g.scopeKind() == ScopeKind.GROUP);
		Set<Long> establishments = new HashSet<>();
		Set<Long> teams = new HashSet<>();
		for (Grant grant : scope.grants()) {
			if (grant.role() == Role.STAFF) {
				continue;
			}
			if (grant.establishmentId() != null) {
				establishments.add(grant.establishmentId());
			}
			if (grant.teamId() != null) {
				teams.add(grant.teamId());
			}
		}
		return new AssetReaders(all, Set.copyOf(establishments), Set.copyOf(teams));
	}

	public boolean reads(AssetRef asset) {
		return readers().reads(asset.establishmentId(), asset.ownerTeamId());
	}

	public boolean keeps(AssetRef asset) {
		AccessScope scope = this.access.scope();
		boolean teamWorker = this.directory.team(asset.ownerTeamId())
			.filter(t -> scope.hasTeamRole(Role.AGENT, t.id(), t.establishmentId())
					|| scope.hasTeamRole(Role.TEAM_LEAD, t.id(), t.establishmentId()))
			.isPresent();
		return teamWorker || scope.hasRole(Role.ADMINISTRATOR, asset.establishmentId());
	}

	/** Whether the current account may report a fault on the asset (mobile page). */
	public boolean reportsOn(AssetRef asset) {
		return this.access.scope().canSee(asset.establishmentId()) || reads(asset);
	}

	/** The asset if the current account reads it, else "not found". */
	public AssetRef readable(AssetRef asset) {
		if (!reads(asset)) {
			throw new RecordNotFoundException("Asset", asset.id());
		}
		return asset;
	}

	/** The asset if the current account keeps it: 404 out of sight, 403 read-only. */
	public AssetRef kept(AssetRef asset) {
		if (!keeps(readable(asset))) {
			throw new AccessDeniedException("Does not keep asset " + asset.id());
		}
		return asset;
	}

	/**
	 * Whether the account reads the shared referentials (categories, flags, models): any
	 * working role.
	 */
	public boolean readsReferentials() {
		return this.access.scope().worksBeyondThePortal();
	}

	/** Whether the account edits the shared referentials (categories, flags, models). */
	public boolean keepsReferentials() {
		return this.access.scope().hasGroupRole(Role.ADMINISTRATOR);
	}

}
