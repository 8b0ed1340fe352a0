package org.socle.inventory.workorder;

/** A work order just opened: its id and readable number (OT-000123). */
public record WorkOrderRef(long id, String number) {

}
