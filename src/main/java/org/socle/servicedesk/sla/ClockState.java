package org.socle.servicedesk.sla;

/** Where one clock stands. */
public enum ClockState {

	/** Running, before the at-risk share of its target. */
	ON_TRACK,
	/** Running (or paused) past the at-risk share: the sweep has warned. */
	AT_RISK,
	/** Past its target: the breach stays recorded whatever happens next. */
	BREACHED,
	/** Not counting (pending for the requester or a supplier). */
	PAUSED,
	/** Stopped within its target. */
	MET,
	/** Stopped because the ticket was cancelled. */
	CANCELLED;

	public boolean isStopped() {
		return this == MET || this == CANCELLED || this == BREACHED;
	}

}
