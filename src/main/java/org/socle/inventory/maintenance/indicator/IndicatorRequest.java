package org.socle.inventory.maintenance.indicator;

import java.time.LocalDate;

/**
 * The period (both days included, in the server's time zone), the grouping and optional
 * narrowing filters.
 */
public record IndicatorRequest(LocalDate from, LocalDate to, IndicatorGrouping by, Long teamId, Long categoryId,
		Long establishmentId) {

}
