package org.socle.servicedesk.sla;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.socle.shared.web.FieldRuleException;

/**
 * The rules an agreement's form must keep; each broken rule is a field rule naming the
 * field (targets by their row: {@code targets[0].responseMinutes}).
 */
final class AgreementRules {

	private AgreementRules() {
	}

	/** Checks the form and drops the blank target rows a page sends. */
	static void check(AgreementForm form, int maxPriority) {
		if (form.getKind() == null) {
			throw FieldRuleException.invalid("kind", "NotBlank");
		}
		if (form.getName() == null || form.getName().isBlank()) {
			throw FieldRuleException.invalid("name", "NotBlank");
		}
		if (form.getName().strip().length() > 200) {
			throw FieldRuleException.invalid("name", "Size", 1, 200);
		}
		if (form.getTeamId() == null) {
			throw FieldRuleException.invalid("teamId", "NotBlank");
		}
		if (form.getAtRiskPercent() == null || form.getAtRiskPercent() < 1 || form.getAtRiskPercent() > 99) {
			throw FieldRuleException.invalid("atRiskPercent", "AtRiskPercent", 1, 99);
		}
		if (form.getValidFrom() == null) {
			throw FieldRuleException.invalid("validFrom", "NotBlank");
		}
		if (form.getValidUntil() != null && form.getValidUntil().isBefore(form.getValidFrom())) {
			throw FieldRuleException.invalid("validUntil", "ValidUntilBeforeFrom");
		}
		form.setTargets(form.getTargets().stream().filter(t -> t != null && !t.isBlank()).toList());
		checkTargets(form.getTargets(), maxPriority);
	}

	private static void checkTargets(List<AgreementForm.Target> targets, int maxPriority) {
		if (targets.isEmpty()) {
			throw FieldRuleException.invalid("targets", "TargetsRequired");
		}
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < targets.size(); i++) {
			AgreementForm.Target t = targets.get(i);
			String row = "targets[" + i + "].";
			if (t.getPriority() == null || t.getPriority() < 1 || t.getPriority() > maxPriority) {
				throw FieldRuleException.invalid(row + "priority", "UnknownPriority", 1, maxPriority);
			}
			if (!seen.add(t.getPriority())) {
				throw FieldRuleException.invalid(row + "priority", "DuplicatePriority", t.getPriority());
			}
			if (t.getResponseMinutes() == null || t.getResponseMinutes() < 1) {
				throw FieldRuleException.invalid(row + "responseMinutes", "PositiveMinutes");
			}
			if (t.getResolutionMinutes() == null || t.getResolutionMinutes() < 1) {
				throw FieldRuleException.invalid(row + "resolutionMinutes", "PositiveMinutes");
			}
			if (t.getResponseMinutes() > t.getResolutionMinutes()) {
				throw FieldRuleException.invalid(row + "responseMinutes", "ResponseAfterResolution");
			}
		}
	}

}
