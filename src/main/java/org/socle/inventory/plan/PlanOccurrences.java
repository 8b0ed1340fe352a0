package org.socle.inventory.plan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.socle.shared.audit.CurrentUsername;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completing occurrences: the one entry point the work orders call when the work of an
 * occurrence is done. The occurrence becomes DONE, the next one is computed
 * ({@link NextDue}: from the completion when floating, keeping the anniversary when
 * anchored, meter threshold from the reading given), and the occurrences it suppressed
 * are completed with it, each getting its own next occurrence. Idempotent: completing an
 * occurrence already done changes nothing.
 */
@Service
public class PlanOccurrences {

	private static final String LOCK = """
			select id, asset_id, plan_id, series_start, due_on, meter_due, status
			from inv_plan_occurrence where id = :id for update""";

	private static final String INSERT_NEXT = """
			insert into inv_plan_occurrence (asset_id, plan_id, series_start, due_on, window_start, window_end,
			 meter_due, triggered_by, status, created_at, created_by, last_modified_at, last_modified_by)
			values (:asset, :plan, :start, :due, :windowStart, :windowEnd, :meterDue, :trigger, 'PLANNED',
			 :now, :by, :now, :by)
			on conflict (asset_id, plan_id) where status in ('PLANNED', 'WORK_ORDER_OPEN') do nothing""";

	private final JdbcClient jdbc;

	private final AppliedPlan.Loader applied;

	private final Clock clock;

	PlanOccurrences(JdbcClient jdbc, AppliedPlan.Loader applied, Clock clock) {
		this.jdbc = jdbc;
		this.applied = applied;
		this.clock = clock;
	}

	/**
	 * The work of the occurrence was done on that day (with the meter reading then, or
	 * null). Joins the caller's transaction.
	 * @return the next occurrence's id, if the plan still applies to the asset
	 */
	@Transactional
	public Optional<Long> completed(long occurrenceId, LocalDate completedOn, BigDecimal meterReading) {
		Row row = this.jdbc.sql(LOCK).param("id", occurrenceId).query(Row.class).single();
		if ("DONE".equals(row.status()) || "CANCELLED".equals(row.status())) {
			return Optional.empty();
		}
		this.jdbc.sql("""
				update inv_plan_occurrence set status = 'DONE', completed_on = :on, meter_reading = :reading,
				 last_modified_at = :now, last_modified_by = :by, version = version + 1 where id = :id""")
			.param("on", completedOn)
			.param("reading", meterReading)
			.param("now", now())
			.param("by", CurrentUsername.get())
			.param("id", occurrenceId)
			.update();
		recordReading(row, completedOn, meterReading);
		Optional<Long> next = scheduleNext(row, completedOn, meterReading);
		completeSuppressed(occurrenceId, completedOn, meterReading);
		return next;
	}

	/** Same as {@link #completed}, found by the work order the occurrence opened. */
	@Transactional
	public Optional<Long> completedByWorkOrder(long workOrderId, LocalDate completedOn, BigDecimal meterReading) {
		return this.jdbc.sql("select id from inv_plan_occurrence where work_order_id = :id")
			.param("id", workOrderId)
			.query(Long.class)
			.optional()
			.flatMap(id -> completed(id, completedOn, meterReading));
	}

	private void completeSuppressed(long occurrenceId, LocalDate completedOn, BigDecimal meterReading) {
		List<Row> suppressed = this.jdbc.sql("""
				select id, asset_id, plan_id, series_start, due_on, meter_due, status from inv_plan_occurrence
				where suppressed_by_id = :id and status = 'SUPPRESSED' and completed_on is null for update""")
			.param("id", occurrenceId)
			.query(Row.class)
			.list();
		for (Row s : suppressed) {
			this.jdbc
				.sql("update inv_plan_occurrence set completed_on = :on, last_modified_at = :now, "
						+ "last_modified_by = :by, version = version + 1 where id = :id")
				.param("on", completedOn)
				.param("now", now())
				.param("by", CurrentUsername.get())
				.param("id", s.id())
				.update();
			scheduleNext(s, completedOn, meterReading);
		}
	}

	private Optional<Long> scheduleNext(Row row, LocalDate completedOn, BigDecimal meterReading) {
		Optional<AppliedPlan> plan = this.applied.load(row.planId(), row.assetId()).filter(AppliedPlan::applies);
		if (plan.isEmpty()) {
			return Optional.empty();
		}
		Trigger trigger = plan.get().trigger();
		BigDecimal reading = trigger.metered() ? meterReading : null;
		Due next = NextDue.afterCompletion(trigger, row.seriesStart(), row.dueOn(), completedOn, reading,
				row.meterDue());
		Window window = plan.get().window(next.dueOn());
		Timestamp now = now();
		this.jdbc.sql(INSERT_NEXT)
			.param("asset", row.assetId())
			.param("plan", row.planId())
			.param("start", next.seriesStart())
			.param("due", next.dueOn())
			.param("windowStart", (window != null) ? window.start() : null)
			.param("windowEnd", (window != null) ? window.end() : null)
			.param("meterDue", next.meterDue())
			.param("trigger", (next.dueOn() != null) ? "TIME" : null)
			.param("now", now)
			.param("by", CurrentUsername.get())
			.update();
		return this.jdbc
			.sql("select id from inv_plan_occurrence where asset_id = :asset and plan_id = :plan "
					+ "and status in ('PLANNED', 'WORK_ORDER_OPEN')")
			.param("asset", row.assetId())
			.param("plan", row.planId())
			.query(Long.class)
			.optional();
	}

	private void recordReading(Row row, LocalDate on, BigDecimal reading) {
		if (reading == null) {
			return;
		}
		this.jdbc.sql("""
				insert into inv_meter_reading (asset_id, meter_kind, reading, read_on, recorded_at, recorded_by)
				select :asset, p.meter_kind, :reading, :on, :now, :by from inv_plan p
				where p.id = :plan and p.meter_kind is not null""")
			.param("asset", row.assetId())
			.param("reading", reading)
			.param("on", on)
			.param("now", now())
			.param("by", CurrentUsername.get())
			.param("plan", row.planId())
			.update();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	/** An occurrence as completion needs it. */
	record Row(long id, long assetId, long planId, LocalDate seriesStart, LocalDate dueOn, BigDecimal meterDue,
			String status) {
	}

}
