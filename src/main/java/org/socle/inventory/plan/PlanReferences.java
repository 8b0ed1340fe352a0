package org.socle.inventory.plan;

import java.util.List;

import org.socle.shared.web.FieldRuleException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks what a plan's form names: its category, model or asset, its supplier, and the
 * plans it contains (existing, active, not itself, not containing it back).
 */
@Component
class PlanReferences {

	private final JdbcClient jdbc;

	PlanReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The category the plan's target belongs to (a model's, an asset's). */
	Long categoryOf(PlanForm form) {
		if (form.getCategoryId() != null) {
			return exists("select id from inv_category where id = :id and not archived", form.getCategoryId(),
					"categoryId");
		}
		if (form.getModelId() != null) {
			return exists("select category_id from inv_model where id = :id", form.getModelId(), "modelId");
		}
		return exists("select category_id from inv_asset where id = :id", form.getAssetId(), "assetId");
	}

	void check(PlanForm form, Long planId) {
		if (form.getSupplierId() != null) {
			exists("select id from inv_supplier where id = :id and not archived", form.getSupplierId(), "supplierId");
		}
		for (Long contained : form.getContainedPlanIds()) {
			if (contained.equals(planId)) {
				throw FieldRuleException.invalid("containedPlanIds", "PlanContainsItself");
			}
			exists("select id from inv_plan where id = :id and not archived", contained, "containedPlanIds");
		}
		if (planId != null && !form.getContainedPlanIds().isEmpty()) {
			List<Long> containing = this.jdbc
				.sql("select plan_id from inv_plan_nested where contained_id = :id and plan_id = any(:ids)")
				.param("id", planId)
				.param("ids", form.getContainedPlanIds().toArray(Long[]::new))
				.query(Long.class)
				.list();
			if (!containing.isEmpty()) {
				throw FieldRuleException.invalid("containedPlanIds", "PlanContainsItself");
			}
		}
	}

	private Long exists(String sql, Long id, String field) {
		return this.jdbc.sql(sql)
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> FieldRuleException.invalid(field, "PlanUnknownReference"));
	}

}
