package org.socle.inventory.maintenance.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the maintenance indicators (the whole selection's row last). */
@RestController
class IndicatorApi {

	private final MaintenanceIndicators indicators;

	private final Clock clock;

	IndicatorApi(MaintenanceIndicators indicators, Clock clock) {
		this.indicators = indicators;
		this.clock = clock;
	}

	@GetMapping("/api/v1/maintenance-indicators")
	List<IndicatorRow> compute(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "TEAM") IndicatorGrouping by, @RequestParam(required = false) Long teamId,
			@RequestParam(required = false) Long categoryId, @RequestParam(required = false) Long establishmentId) {
		return this.indicators
			.compute(IndicatorPages.request(this.clock, from, to, by, teamId, categoryId, establishmentId));
	}

}
