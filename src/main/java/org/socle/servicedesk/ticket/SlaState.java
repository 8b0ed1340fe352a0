package org.socle.servicedesk.ticket;

/** Where a ticket stands against its service level targets (the worse of its clocks). */
public enum SlaState {

	/** No agreement applies. */
	NONE,
	/** Running, within the share of the target that counts as safe. */
	ON_TRACK,
	/** Running, past the configured share of a target. */
	AT_RISK,
	/** A target was missed. */
	BREACHED,
	/** Resolved within every target. */
	MET,
	/** The clock is stopped (pending for the requester or a supplier). */
	PAUSED

}
