package org.socle.inventory.maintenance.indicator;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The maintenance indicators' page, over a period (by default the last twelve months up
 * to today), per team, category or establishment.
 */
@Controller
class IndicatorPages {

	private final MaintenanceIndicators indicators;

	private final Clock clock;

	IndicatorPages(MaintenanceIndicators indicators, Clock clock) {
		this.indicators = indicators;
		this.clock = clock;
	}

	@GetMapping("/inventory/indicators")
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "TEAM") IndicatorGrouping by, @RequestParam(required = false) Long teamId,
			@RequestParam(required = false) Long categoryId, @RequestParam(required = false) Long establishmentId,
			Model model) {
		IndicatorRequest request = request(this.clock, from, to, by, teamId, categoryId, establishmentId);
		model.addAttribute("request", request);
		model.addAttribute("groupings", IndicatorGrouping.values());
		model.addAttribute("rows", this.indicators.compute(request));
		return "inventory/indicators/page";
	}

	static IndicatorRequest request(Clock clock, LocalDate from, LocalDate to, IndicatorGrouping by, Long teamId,
			Long categoryId, Long establishmentId) {
		LocalDate end = (to != null) ? to : LocalDate.now(clock);
		LocalDate start = (from != null) ? from : end.minusYears(1).plusDays(1);
		return new IndicatorRequest(start, end, by, teamId, categoryId, establishmentId);
	}

}
