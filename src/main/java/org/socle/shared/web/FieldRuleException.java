package org.socle.shared.web;

/**
 * A business rule broken by one field of a command, e.g. a duplicate FINESS number. Pages
 * show it beside the field; the API answers with a problem naming the field and the rule.
 */
public class FieldRuleException extends RuntimeException {

	private final String field;

	private final String rule;

	private final boolean conflict;

	private final Object[] arguments;

	private FieldRuleException(String field, String rule, boolean conflict, Object... arguments) {
		super(field + ": " + rule);
		this.field = field;
		this.rule = rule;
		this.conflict = conflict;
		this.arguments = arguments;
	}

	/** The value is already used by another row (HTTP 409). */
	public static FieldRuleException duplicate(String field, Object value) {
		return new FieldRuleException(field, "Duplicate", true, value);
	}

	/** The value breaks a rule (HTTP 400); the message key is {@code rule.<rule>}. */
	public static FieldRuleException invalid(String field, String rule, Object... arguments) {
		return new FieldRuleException(field, rule, false, arguments);
	}

	public String getField() {
		return this.field;
	}

	public String getRule() {
		return this.rule;
	}

	public boolean isConflict() {
		return this.conflict;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

	/**
	 * The key of the user-facing message, in the {@code rule.*} family of the validation
	 * bundle.
	 */
	public String messageKey() {
		return "rule." + this.rule;
	}

}
