package org.socle.inventory.plan;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A plan as it applies to one asset today: its trigger after the asset's override, its
 * window, and whether it still applies (plan active, not switched off for the asset,
 * asset in service).
 */
record AppliedPlan(Trigger trigger, int windowBeforeDays, int windowAfterDays, boolean applies) {

	/** The lifecycle states in which plans run: in service, on loan, in repair. */
	static final String ACTIVE_STATUSES = "('IN_SERVICE', 'ON_LOAN', 'IN_REPAIR')";

	Window window(java.time.LocalDate due) {
		return (due != null) ? Window.around(due, this.windowBeforeDays, this.windowAfterDays) : null;
	}

	/** Reads applied plans in SQL. */
	@Component
	static class Loader {

		private static final String SQL = """
				select p.interval_days, p.interval_months, p.meter_kind, p.meter_interval, p.recurrence,
				 p.window_before_days, p.window_after_days,
				 o.interval_days as o_days, o.interval_months as o_months, o.meter_interval as o_meter,
				 (not p.archived and not coalesce(o.disabled, false) and a.status in %s) as applies
				from inv_plan p join inv_asset a on a.id = :asset
				left join inv_plan_override o on o.plan_id = p.id and o.asset_id = a.id
				where p.id = :plan""".formatted(ACTIVE_STATUSES);

		private final JdbcClient jdbc;

		Loader(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		Optional<AppliedPlan> load(long planId, long assetId) {
			return this.jdbc.sql(SQL).param("plan", planId).param("asset", assetId).query((rs, n) -> {
				Integer days = (Integer) rs.getObject("interval_days");
				Integer months = (Integer) rs.getObject("interval_months");
				Integer ownDays = (Integer) rs.getObject("o_days");
				Integer ownMonths = (Integer) rs.getObject("o_months");
				boolean own = ownDays != null || ownMonths != null;
				String meterKind = rs.getString("meter_kind");
				java.math.BigDecimal meter = rs.getBigDecimal("meter_interval");
				java.math.BigDecimal ownMeter = rs.getBigDecimal("o_meter");
				Trigger trigger = new Trigger(own ? ownDays : days, own ? ownMonths : months,
						(meterKind != null) ? MeterKind.valueOf(meterKind) : null,
						(meter != null && ownMeter != null) ? ownMeter : meter,
						Recurrence.valueOf(rs.getString("recurrence")));
				return new AppliedPlan(trigger, rs.getInt("window_before_days"), rs.getInt("window_after_days"),
						rs.getBoolean("applies"));
			}).optional();
		}

	}

}
