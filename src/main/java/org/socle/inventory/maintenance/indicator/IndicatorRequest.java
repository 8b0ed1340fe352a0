package org.socle.inventory.maintenance.indicator;

import java.time.LocalDate;

/**
 * The period (both days included, in the server's time zone), the grouping, optional
 * narrowing filters, and the tolerance (in days after the due date) within which a
 * preventive work order or control still counts as done in its window.
 */
public record IndicatorRequest(LocalDate from, LocalDate to, IndicatorGrouping by, Long teamId, Long categoryId,
		Long establishmentId, int toleranceDays) {

}
