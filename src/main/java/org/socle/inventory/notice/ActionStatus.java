package org.socle.inventory.notice;

/**
 * Where the action on an affected asset stands. Checked, corrected, returned and not
 * affected resolve it; to check and quarantined (out of use, waiting for the correction
 * or the return) do not.
 */
public enum ActionStatus {

	TO_CHECK(false), CHECKED(true), QUARANTINED(false), CORRECTED(true), RETURNED(true), NOT_AFFECTED(true);

	private final boolean resolved;

	ActionStatus(boolean resolved) {
		this.resolved = resolved;
	}

	public boolean isResolved() {
		return this.resolved;
	}

}
