package org.socle.inventory.workorder;

import java.time.LocalDate;

/**
 * A work order reached DONE, on that day (the clock's zone): a maintenance plan whose
 * occurrence it was schedules the next one from it. Published inside the transaction.
 */
public record WorkOrderDone(long workOrderId, LocalDate completedOn) {

}
