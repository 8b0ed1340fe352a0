package org.socle.inventory.plan;

import org.socle.inventory.workorder.WorkOrderDone;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Completes the plan occurrence a finished work order was opened for, in the same
 * transaction, so the next due date exists as soon as the work is done (the daily job
 * keeps a fallback for work orders finished otherwise).
 */
@Component
class WorkOrderCompletions {

	private final PlanOccurrences occurrences;

	WorkOrderCompletions(PlanOccurrences occurrences) {
		this.occurrences = occurrences;
	}

	@EventListener
	void on(WorkOrderDone done) {
		this.occurrences.completedByWorkOrder(done.workOrderId(), done.completedOn(), null);
	}

}
