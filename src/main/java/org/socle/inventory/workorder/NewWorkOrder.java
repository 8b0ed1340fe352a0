package org.socle.inventory.workorder;

import java.time.LocalDate;

/**
 * What opening a work order needs, whoever opens it (a plan falling due, a ticket about
 * an asset, a safety notice). The team and establishment are the asset's unless given.
 */
public record NewWorkOrder(WorkOrderType type, long assetId, Long teamId, String title, LocalDate dueOn,
		Long ticketId) {

}
