package org.socle.inventory.plan;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of one asset's maintenance: its occurrences, its meter readings, its overrides
 * of its category's and model's plans.
 */
@RestController
@RequestMapping("/api/v1/assets/{assetId}")
class AssetPlanApi {

	private static final int HISTORY = 200;

	private final OccurrenceQueries occurrences;

	private final MeterReadings readings;

	private final PlanOverrides overrides;

	AssetPlanApi(OccurrenceQueries occurrences, MeterReadings readings, PlanOverrides overrides) {
		this.occurrences = occurrences;
		this.readings = readings;
		this.overrides = overrides;
	}

	/** The asset's open occurrences, then the last ones done or suppressed. */
	@GetMapping("/occurrences")
	List<OccurrenceView> occurrences(@PathVariable long assetId) {
		return this.occurrences.ofAsset(assetId, HISTORY);
	}

	@PostMapping("/meter-readings")
	@ResponseStatus(HttpStatus.CREATED)
	MeterReadings.Reading read(@PathVariable long assetId, @RequestBody MeterReadings.NewReading reading) {
		return this.readings.record(assetId, reading);
	}

	@GetMapping("/plan-overrides")
	List<OverrideView> overrides(@PathVariable long assetId) {
		return this.overrides.ofAsset(assetId).stream().map(OverrideView::of).toList();
	}

	/** Creates or replaces the asset's override of a plan of its category or model. */
	@PutMapping("/plan-overrides/{planId}")
	OverrideView override(@PathVariable long assetId, @PathVariable long planId, @RequestBody OverrideForm form) {
		return OverrideView.of(this.overrides.save(assetId, planId, form));
	}

	/** An override as the API shows it. */
	record OverrideView(Long id, Long planId, Long assetId, boolean disabled, Integer intervalDays,
			Integer intervalMonths, BigDecimal meterInterval, Performer performer, Long supplierId, String reason,
			long version) {

		static OverrideView of(PlanOverride o) {
			return new OverrideView(o.getId(), o.getPlanId(), o.getAssetId(), o.isDisabled(), o.getIntervalDays(),
					o.getIntervalMonths(), o.getMeterInterval(), o.getPerformer(), o.getSupplierId(), o.getReason(),
					o.getVersion());
		}
	}

}
