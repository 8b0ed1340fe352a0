package org.socle.inventory;

import java.time.Instant;

/** A work order opened from a service-desk ticket, as the desk shows it. */
public record TicketWorkOrder(long id, String number, String status, String title, String assetNumber,
		Instant completedAt) {

}
