package org.socle.inventory.workorder;

import java.time.Instant;
import java.time.LocalDate;

/** A line of the work-order list. */
public record WorkOrderRow(long id, String number, String type, String status, String title, LocalDate dueOn,
		long assetId, String assetNumber, String assetLabel, String assetStatus, long teamId, long establishmentId,
		Instant completedAt, String conformity, boolean overdue, boolean blocked) {

}
