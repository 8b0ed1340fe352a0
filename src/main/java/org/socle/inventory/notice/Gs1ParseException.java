package org.socle.inventory.notice;

/**
 * A GS1 element string that cannot be read; the rule names the message key
 * ({@code rule.Gs1<rule>}) and the arguments say where.
 */
public class Gs1ParseException extends RuntimeException {

	private final String rule;

	private final transient Object[] arguments;

	Gs1ParseException(String rule, Object... arguments) {
		super("GS1 " + rule);
		this.rule = rule;
		this.arguments = arguments;
	}

	public String getRule() {
		return this.rule;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
