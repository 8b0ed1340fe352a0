package org.socle.servicedesk.ticket;

import org.socle.shared.web.FieldRuleException;

/**
 * A status change the lifecycle does not allow. Answered as a 400 naming the field
 * {@code status} and the rule {@code IllegalTransition} (message key
 * {@code rule.IllegalTransition}, with the two statuses as arguments).
 */
public class IllegalTransitionException extends RuntimeException {

	public static final String RULE = "IllegalTransition";

	private final TicketStatus from;

	private final TicketStatus to;

	public IllegalTransitionException(TicketStatus from, TicketStatus to) {
		super("No transition from " + from + " to " + to);
		this.from = from;
		this.to = to;
	}

	public TicketStatus getFrom() {
		return this.from;
	}

	public TicketStatus getTo() {
		return this.to;
	}

	/** The same refusal as the field rule the API and pages report. */
	public FieldRuleException toFieldRule() {
		return FieldRuleException.invalid("status", RULE, this.from, this.to);
	}

}
