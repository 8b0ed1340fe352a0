package org.socle.inventory.plan;

import java.util.HashSet;
import java.util.Set;

import org.socle.directory.AccessScope;
import org.socle.directory.AccessScope.Grant;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.directory.ScopeKind;
import org.socle.inventory.AssetRef;
import org.socle.inventory.InventoryApi;
import org.socle.inventory.asset.AssetAccess;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads and who edits maintenance plans. Read: any worker (any role but staff), as
 * for the other referentials; a plan of one asset only by those who read the asset. Edit:
 * a plan of a category or a model, group administrators and the leads of a team that owns
 * at least one asset of that category (an establishment-wide lead: an asset of the
 * category in that establishment), since those teams carry the work; a plan of one asset
 * and an asset's overrides, the asset's keepers ({@link AssetAccess}).
 */
@Component
class PlanAccess {

	private static final String LEADS_ASSETS_OF_CATEGORY = """
			select exists (select 1 from inv_asset a where a.category_id = :category
			 and (a.owner_team_id = any(:teams) or a.establishment_id = any(:establishments)))""";

	private final CurrentAccess access;

	private final AssetAccess assets;

	private final InventoryApi inventory;

	private final JdbcClient jdbc;

	PlanAccess(CurrentAccess access, AssetAccess assets, InventoryApi inventory, JdbcClient jdbc) {
		this.access = access;
		this.assets = assets;
		this.inventory = inventory;
		this.jdbc = jdbc;
	}

	/** Whether the account reads plans at all (any role but staff). */
	boolean readsPlans() {
		return this.access.scope().worksBeyondThePortal();
	}

	/** Refuses (403) an account that reads no plan. */
	void checkReader() {
		if (!readsPlans()) {
			throw new AccessDeniedException("Plans are read by workers");
		}
	}

	/** The asset if the account reads it, else "not found". */
	AssetRef readableAsset(long assetId) {
		AssetRef asset = this.inventory.asset(assetId).orElseThrow(() -> new RecordNotFoundException("Asset", assetId));
		return this.assets.readable(asset);
	}

	/** The asset if the account keeps it: 404 out of sight, 403 read-only. */
	AssetRef keptAsset(long assetId) {
		return this.assets.kept(readableAsset(assetId));
	}

	/**
	 * Refuses a plan the account may not read (404 for one asset's plan out of sight).
	 */
	void checkReads(MaintenancePlan plan) {
		if (plan.getAssetId() != null) {
			readableAsset(plan.getAssetId());
		}
		else {
			checkReader();
		}
	}

	/**
	 * Refuses a plan target (category, model's category, or one asset) the account may
	 * not edit plans of.
	 */
	void checkEdits(Long categoryId, Long assetId) {
		if (assetId != null) {
			keptAsset(assetId);
			return;
		}
		checkReader();
		if (!editsCategory(categoryId)) {
			throw new AccessDeniedException("Does not edit the plans of category " + categoryId);
		}
	}

	/** Whether the account may edit some plan: the page offers "new plan" then. */
	boolean editsSomePlan() {
		AccessScope scope = this.access.scope();
		return scope.hasGroupRole(Role.ADMINISTRATOR) || scope.hasRoleAnywhere(Role.TEAM_LEAD)
				|| scope.hasRoleAnywhere(Role.AGENT) || scope.hasRoleAnywhere(Role.ADMINISTRATOR);
	}

	boolean editsCategory(Long categoryId) {
		AccessScope scope = this.access.scope();
		if (scope.hasGroupRole(Role.ADMINISTRATOR)) {
			return true;
		}
		Set<Long> teams = new HashSet<>();
		Set<Long> establishments = new HashSet<>();
		for (Grant g : scope.grants()) {
			if (g.role() == Role.TEAM_LEAD && g.scopeKind() == ScopeKind.TEAM) {
				teams.add(g.teamId());
			}
			else if (g.role() == Role.TEAM_LEAD && g.scopeKind() == ScopeKind.ESTABLISHMENT) {
				establishments.add(g.establishmentId());
			}
		}
		if (categoryId == null || (teams.isEmpty() && establishments.isEmpty())) {
			return false;
		}
		return this.jdbc.sql(LEADS_ASSETS_OF_CATEGORY)
			.param("category", categoryId)
			.param("teams", teams.toArray(Long[]::new))
			.param("establishments", establishments.toArray(Long[]::new))
			.query(Boolean.class)
			.single();
	}

}
