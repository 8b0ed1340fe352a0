package org.socle.inventory.workorder;

import java.util.Set;

/**
 * Where a work order stands: OPEN → IN_PROGRESS ⇄ ON_HOLD → DONE, or CANCELLED before it
 * is done. Each step is an explicit transition; any other is refused.
 */
public enum WorkOrderStatus {

	OPEN, IN_PROGRESS, ON_HOLD, DONE, CANCELLED;

	public boolean mayBecome(WorkOrderStatus to) {
		return switch (this) {
			case OPEN -> Set.of(IN_PROGRESS, CANCELLED).contains(to);
			case IN_PROGRESS -> Set.of(ON_HOLD, DONE, CANCELLED).contains(to);
			case ON_HOLD -> Set.of(IN_PROGRESS, CANCELLED).contains(to);
			case DONE, CANCELLED -> false;
		};
	}

	public boolean isClosed() {
		return this == DONE || this == CANCELLED;
	}

}
