package org.socle.servicedesk.ticket;

/** What a ticket is; its number carries the prefix. */
public enum TicketType {

	INCIDENT("INC", true), SERVICE_REQUEST("REQ", true), PROBLEM("PRB", false), CHANGE("CHG", false);

	private final String prefix;

	private final boolean openable;

	TicketType(String prefix, boolean openable) {
		this.prefix = prefix;
		this.openable = openable;
	}

	/** The ticket number of this type for a value of the shared sequence. */
	public String number(long sequence) {
		return String.format("%s-%06d", this.prefix, sequence);
	}

	/**
	 * Whether tickets of this type can be opened yet (problems and changes come later).
	 */
	public boolean isOpenable() {
		return this.openable;
	}

}
