package org.socle.inventory;

/**
 * Published, inside the transaction that made it, each time a work order linked to a
 * service-desk ticket is opened or changes status, so that the desk tells the requester.
 *
 * @param workOrderId the work order
 * @param number its readable number (OT-000123)
 * @param ticketId the ticket it was opened from
 * @param status the status it has now (OPEN, IN_PROGRESS, ON_HOLD, DONE, CANCELLED)
 * @param note what the person who moved it said (hold reason, closing note), or null
 */
public record WorkOrderProgressed(long workOrderId, String number, long ticketId, String status, String note) {

}
