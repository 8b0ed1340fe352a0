package org.socle.inventory.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An occurrence as pages and the API show it, with its plan's name and type, the asset's
 * number, and its work order's number when one is open.
 */
public record OccurrenceView(long id, long assetId, String inventoryNumber, long planId, String planName,
		String workOrderType, LocalDate dueOn, LocalDate windowStart, LocalDate windowEnd, BigDecimal meterDue,
		String triggeredBy, OccurrenceStatus status, boolean overdue, Long workOrderId, String workOrderNumber,
		Long suppressedById, LocalDate completedOn, Long ownerTeamId) {

}
