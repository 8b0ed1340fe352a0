package org.socle.inventory.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.socle.shared.audit.CurrentUsername;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An asset's overrides of the plans of its category and model, kept by the asset's
 * keepers. Switching a plan off cancels its planned occurrence on the asset (an open work
 * order is left to its team); a new interval applies from the next occurrence.
 */
@Service
public class PlanOverrides {

	private final OverrideRepository overrides;

	private final PlanRepository plans;

	private final PlanAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	PlanOverrides(OverrideRepository overrides, PlanRepository plans, PlanAccess access, JdbcClient jdbc, Clock clock) {
		this.overrides = overrides;
		this.plans = plans;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The plans of the asset's category and model, and its own plans. */
	@Transactional(readOnly = true)
	public List<MaintenancePlan> plansOf(long assetId) {
		this.access.readableAsset(assetId);
		List<Long> ids = this.jdbc.sql("""
				select p.id from inv_plan p join inv_asset a on a.id = :asset
				where not p.archived and (p.category_id = a.category_id or p.model_id = a.model_id or p.asset_id = a.id)
				order by p.name, p.id""").param("asset", assetId).query(Long.class).list();
		return this.plans.findAllById(ids).stream().sorted(java.util.Comparator.comparing(ids::indexOf)).toList();
	}

	@Transactional(readOnly = true)
	public List<PlanOverride> ofAsset(long assetId) {
		this.access.readableAsset(assetId);
		return this.overrides.findByAssetIdOrderById(assetId);
	}

	/** Creates or replaces the asset's override of a plan that applies to it. */
	@Transactional
	public PlanOverride save(long assetId, long planId, OverrideForm form) {
		this.access.keptAsset(assetId);
		if (plansOf(assetId).stream().noneMatch(p -> p.getId() == planId && p.getAssetId() == null)) {
			throw new RecordNotFoundException("Plan", planId);
		}
		PlanRules.check(form);
		PlanOverride override = this.overrides.findByPlanIdAndAssetId(planId, assetId)
			.orElseGet(() -> new PlanOverride(planId, assetId));
		override.update(form);
		PlanOverride saved = this.overrides.saveAndFlush(override);
		if (form.isDisabled()) {
			cancelPlanned(assetId, planId);
		}
		return saved;
	}

	private void cancelPlanned(long assetId, long planId) {
		this.jdbc.sql("""
				update inv_plan_occurrence set status = 'CANCELLED', last_modified_at = :now, last_modified_by = :by,
				 version = version + 1 where asset_id = :asset and plan_id = :plan and status = 'PLANNED'""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", CurrentUsername.get())
			.param("asset", assetId)
			.param("plan", planId)
			.update();
	}

}
