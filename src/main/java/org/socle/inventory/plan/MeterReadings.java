package org.socle.inventory.plan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.socle.shared.audit.CurrentUsername;
import org.socle.shared.web.FieldRuleException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meter readings of an asset (hours, cycles, exposures), recorded by its keepers; the
 * daily job brings occurrences forward when a reading reaches their threshold.
 */
@Service
public class MeterReadings {

	private final JdbcClient jdbc;

	private final PlanAccess access;

	private final Clock clock;

	MeterReadings(JdbcClient jdbc, PlanAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	/** Records a reading; 404 when the asset is out of sight, 403 when only read. */
	@Transactional
	public Reading record(long assetId, NewReading reading) {
		this.access.keptAsset(assetId);
		if (reading.meterKind() == null) {
			throw FieldRuleException.invalid("meterKind", "NotBlank");
		}
		if (reading.reading() == null || reading.reading().signum() < 0) {
			throw FieldRuleException.invalid("reading", "PlanPositive");
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate on = (reading.readOn() != null) ? reading.readOn() : today;
		if (on.isAfter(today)) {
			throw FieldRuleException.invalid("readOn", "PlanReadingInFuture");
		}
		long id = this.jdbc.sql("""
				insert into inv_meter_reading (asset_id, meter_kind, reading, read_on, recorded_at, recorded_by)
				values (:asset, :kind, :reading, :on, :now, :by) returning id""")
			.param("asset", assetId)
			.param("kind", reading.meterKind().name())
			.param("reading", reading.reading())
			.param("on", on)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", CurrentUsername.get())
			.query(Long.class)
			.single();
		return new Reading(id, assetId, reading.meterKind(), reading.reading(), on);
	}

	/** A reading to record; the day defaults to today. */
	public record NewReading(MeterKind meterKind, BigDecimal reading, LocalDate readOn) {
	}

	/** A recorded reading. */
	public record Reading(long id, long assetId, MeterKind meterKind, BigDecimal reading, LocalDate readOn) {
	}

}
