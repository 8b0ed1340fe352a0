package org.socle.inventory.workorder;

import org.springframework.modulith.NamedInterface;

/** A work order just opened: its id and readable number (OT-000123). */
@NamedInterface("work-order-ref")
public record WorkOrderRef(long id, String number) {

}
