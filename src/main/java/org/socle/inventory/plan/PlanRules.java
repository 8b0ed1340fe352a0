package org.socle.inventory.plan;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.socle.inventory.workorder.WorkOrderType;
import org.socle.shared.web.FieldRuleException;

/**
 * The rules a plan's form must keep on its own (references are checked by {@link Plans});
 * each broken rule names its field, checklist rows by index
 * ({@code tasks[2].upperLimit}).
 */
final class PlanRules {

	/** The work order types a plan may produce. */
	static final Set<WorkOrderType> TYPES = EnumSet.of(WorkOrderType.PREVENTIVE, WorkOrderType.INTERNAL_CONTROL,
			WorkOrderType.EXTERNAL_CONTROL, WorkOrderType.SAFETY_TEST);

	/** A year and a half: wider windows or lead times are typing mistakes. */
	static final int MAX_DAYS = 550;

	private PlanRules() {
	}

	/** Checks the form and drops the blank checklist rows a page sends. */
	static void check(PlanForm form) {
		text("name", form.getName(), 200, true);
		int targets = ((form.getCategoryId() != null) ? 1 : 0) + ((form.getModelId() != null) ? 1 : 0)
				+ ((form.getAssetId() != null) ? 1 : 0);
		if (targets != 1) {
			throw FieldRuleException.invalid("categoryId", "PlanTarget");
		}
		if (form.getWorkOrderType() == null || !TYPES.contains(form.getWorkOrderType())) {
			throw FieldRuleException.invalid("workOrderType", "PlanWorkOrderType");
		}
		checkTrigger(form);
		if (form.getRecurrence() == null) {
			throw FieldRuleException.invalid("recurrence", "NotBlank");
		}
		days("windowBeforeDays", form.getWindowBeforeDays());
		days("windowAfterDays", form.getWindowAfterDays());
		days("leadDays", form.getLeadDays());
		if (form.getPerformer() == null) {
			throw FieldRuleException.invalid("performer", "NotBlank");
		}
		text("legalBasis", form.getLegalBasis(), 1000, false);
		form.setTasks(form.getTasks().stream().filter(t -> t != null && !t.isBlank()).toList());
		checkTasks(form.getTasks());
	}

	private static void checkTrigger(PlanForm form) {
		if (form.getIntervalDays() != null && form.getIntervalMonths() != null) {
			throw FieldRuleException.invalid("intervalMonths", "PlanDaysOrMonths");
		}
		if (form.getIntervalDays() == null && form.getIntervalMonths() == null && form.getMeterInterval() == null) {
			throw FieldRuleException.invalid("intervalMonths", "PlanTriggerRequired");
		}
		positive("intervalDays", form.getIntervalDays(), 3650);
		positive("intervalMonths", form.getIntervalMonths(), 120);
		if (form.getMeterInterval() != null) {
			if (form.getMeterInterval().signum() <= 0) {
				throw FieldRuleException.invalid("meterInterval", "PlanPositive");
			}
			if (form.getMeterKind() == null) {
				throw FieldRuleException.invalid("meterKind", "NotBlank");
			}
		}
	}

	private static void checkTasks(List<PlanForm.Task> tasks) {
		for (int i = 0; i < tasks.size(); i++) {
			PlanForm.Task t = tasks.get(i);
			String row = "tasks[" + i + "].";
			text(row + "label", t.getLabel(), 500, true);
			text(row + "unit", t.getUnit(), 30, false);
			BigDecimal low = t.getLowerLimit();
			BigDecimal high = t.getUpperLimit();
			if (low != null && high != null && low.compareTo(high) > 0) {
				throw FieldRuleException.invalid(row + "upperLimit", "PlanLimitsReversed");
			}
		}
	}

	private static void text(String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw FieldRuleException.invalid(field, "NotBlank");
			}
			return;
		}
		if (value.strip().length() > max) {
			throw FieldRuleException.invalid(field, "Size", 1, max);
		}
	}

	private static void positive(String field, Integer value, int max) {
		if (value != null && (value < 1 || value > max)) {
			throw FieldRuleException.invalid(field, "PlanBetween", 1, max);
		}
	}

	private static void days(String field, int value) {
		if (value < 0 || value > MAX_DAYS) {
			throw FieldRuleException.invalid(field, "PlanBetween", 0, MAX_DAYS);
		}
	}

	/** The rules of an asset's override. */
	static void check(OverrideForm form) {
		text("reason", form.getReason(), 500, true);
		if (form.getIntervalDays() != null && form.getIntervalMonths() != null) {
			throw FieldRuleException.invalid("intervalMonths", "PlanDaysOrMonths");
		}
		positive("intervalDays", form.getIntervalDays(), 3650);
		positive("intervalMonths", form.getIntervalMonths(), 120);
		if (form.getMeterInterval() != null && form.getMeterInterval().signum() <= 0) {
			throw FieldRuleException.invalid("meterInterval", "PlanPositive");
		}
	}

}
