package org.socle.inventory.plan;

import java.util.ArrayList;
import java.util.List;

import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.asset.AssetReaders;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintenance plans: listed for workers (plans of one asset for those who read it),
 * created, changed at the version one saw, archived with a reason. A change applies to
 * occurrences computed afterwards: an occurrence already planned keeps its due date. Once
 * saved, a plan's assets are scheduled at once (the daily job need not run first).
 */
@Service
public class Plans {

	private final PlanRepository plans;

	private final PlanAccess access;

	private final AssetAccess assets;

	private final PlanReferences references;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Plans(PlanRepository plans, PlanAccess access, AssetAccess assets, PlanReferences references, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.plans = plans;
		this.access = access;
		this.assets = assets;
		this.references = references;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The plans the account reads: shared ones, then those of assets it reads. */
	@Transactional(readOnly = true)
	public List<MaintenancePlan> visible() {
		this.access.checkReader();
		List<MaintenancePlan> result = new ArrayList<>(this.plans.shared());
		AssetReaders readers = this.assets.readers();
		List<Long> assetIds = this.jdbc
			.sql("select a.id from inv_plan p join inv_asset a on a.id = p.asset_id where " + readers.where("a"))
			.params(readers.params())
			.query(Long.class)
			.list();
		if (!assetIds.isEmpty()) {
			result.addAll(this.plans.ofAssets(assetIds));
		}
		return result;
	}

	@Transactional(readOnly = true)
	public MaintenancePlan get(Long id) {
		MaintenancePlan plan = this.plans.findById(id).orElseThrow(() -> new RecordNotFoundException("Plan", id));
		try {
			this.access.checkReads(plan);
		}
		catch (RecordNotFoundException ex) {
			throw new RecordNotFoundException("Plan", id);
		}
		return plan;
	}

	/** A plan the account edits: 404 out of sight, 403 otherwise. */
	@Transactional(readOnly = true)
	public MaintenancePlan managed(Long id) {
		MaintenancePlan plan = get(id);
		this.access.checkEdits(categoryOf(plan), plan.getAssetId());
		return plan;
	}

	@Transactional
	public MaintenancePlan create(PlanForm form) {
		PlanRules.check(form);
		this.access.checkEdits(this.references.categoryOf(form), form.getAssetId());
		this.references.check(form, null);
		return saved(this.plans.saveAndFlush(new MaintenancePlan(form)));
	}

	@Transactional
	public MaintenancePlan update(Long id, PlanForm form) {
		MaintenancePlan plan = managed(id);
		plan.checkVersion((form.getVersion() != null) ? form.getVersion() : -1);
		PlanRules.check(form);
		this.access.checkEdits(this.references.categoryOf(form), form.getAssetId());
		this.references.check(form, id);
		plan.update(form);
		return saved(this.plans.saveAndFlush(plan));
	}

	/** Its assets are scheduled once the plan is committed ({@link ScheduleCatchUp}). */
	private MaintenancePlan saved(MaintenancePlan plan) {
		this.events.publishEvent(new PlanSaved(plan.getId()));
		return plan;
	}

	@Transactional
	public MaintenancePlan archive(Long id, String reason, Long version) {
		MaintenancePlan plan = managed(id);
		if (version != null) {
			plan.checkVersion(version);
		}
		if (reason == null || reason.isBlank()) {
			throw FieldRuleException.invalid("reason", "NotBlank");
		}
		plan.archive(reason.strip());
		this.jdbc
			.sql("update inv_plan_occurrence set status = 'CANCELLED', version = version + 1 "
					+ "where plan_id = :plan and status = 'PLANNED'")
			.param("plan", id)
			.update();
		return this.plans.saveAndFlush(plan);
	}

	/** Whether the account may edit some plan (the list offers "new plan"). */
	public boolean editsSomePlan() {
		return this.access.editsSomePlan();
	}

	private Long categoryOf(MaintenancePlan plan) {
		PlanForm target = new PlanForm();
		target.setCategoryId(plan.getCategoryId());
		target.setModelId(plan.getModelId());
		target.setAssetId(plan.getAssetId());
		return this.references.categoryOf(target);
	}

}
