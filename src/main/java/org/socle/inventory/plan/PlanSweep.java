package org.socle.inventory.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.inventory.workorder.CheckLineSpec;
import org.socle.inventory.workorder.NewWorkOrder;
import org.socle.inventory.workorder.WorkOrderOpener;
import org.socle.inventory.workorder.WorkOrderRef;
import org.socle.inventory.workorder.WorkOrderType;
import org.socle.shared.audit.CurrentUsername;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily plan job, over the whole group. In order: occurrences whose work order is
 * DONE are completed (fallback for work orders closed without calling
 * {@link PlanOccurrences#completed}); every applicable pair (asset in service, on loan or
 * in repair; plan active, not switched off for the asset) without an occurrence gets its
 * first; meters that reached their threshold bring occurrences forward; contained
 * occurrences falling in a containing one's window are suppressed; work orders open for
 * occurrences due within their lead time, for the asset's owner team; occurrences past
 * their window are flagged overdue. Assets out of service, in stock or retired get no new
 * work order and no overdue flag: their occurrences wait, and are flagged the day the
 * asset is back in service if their window has passed. Every step is idempotent (one open
 * occurrence per asset and plan, updates guarded by the state they change), so a second
 * run, or two nodes at once, change nothing more. Guarded by a cluster lock when
 * scheduled.
 */
@Component
public class PlanSweep {

	private static final Logger log = LoggerFactory.getLogger(PlanSweep.class);

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final WorkOrderOpener opener;

	private final PlanOccurrences occurrences;

	private final Clock clock;

	PlanSweep(JdbcClient jdbc, TransactionTemplate transactions, WorkOrderOpener opener, PlanOccurrences occurrences,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.opener = opener;
		this.occurrences = occurrences;
		this.clock = clock;
	}

	@Scheduled(cron = "${socle.inventory.plan-sweep-cron:0 15 2 * * *}")
	@SchedulerLock(name = "inventory-plan-sweep", lockAtMostFor = "PT30M")
	void onSchedule() {
		Result result = sweep();
		log.info("Plan sweep: {}", result);
	}

	/** Runs the job as of today. */
	public Result sweep() {
		return sweep(LocalDate.now(this.clock));
	}

	/** Runs the job as of the day (tests pass the day they need). */
	public Result sweep(LocalDate today) {
		int completed = completeDoneWorkOrders();
		return schedule(today, null).withCompleted(completed);
	}

	/**
	 * Brings the schedule of these assets up to date as of today, as the daily job would
	 * (new assets need not wait for the night): the job's steps restricted to them, but
	 * for completing occurrences from done work orders. Idempotent like the job; joins
	 * the caller's transaction if there is one.
	 */
	public Result catchUp(Collection<Long> assetIds) {
		if (assetIds.isEmpty()) {
			return new Result(0, 0, 0, 0, 0, 0);
		}
		return schedule(LocalDate.now(this.clock), assetIds.toArray(Long[]::new));
	}

	/** The steps after completions, over the whole group or (not null) these assets. */
	private Result schedule(LocalDate today, Long[] assets) {
		int created = statement(PlanSweepSql.ENSURE, today, assets);
		int meter = statement(PlanSweepSql.METER_REACHED, today, assets);
		int suppressed = statement(PlanSweepSql.SUPPRESS, today, assets);
		int opened = openWorkOrders(today, assets);
		int overdue = statement(PlanSweepSql.OVERDUE, today, assets);
		return new Result(0, created, meter, suppressed, opened, overdue);
	}

	private static String restricted(String sql, Long[] assets) {
		return (assets != null) ? PlanSweepSql.forAssets(sql) : sql;
	}

	private int statement(String sql, LocalDate today, Long[] assets) {
		Integer count = this.transactions.execute(status -> this.jdbc.sql(restricted(sql, assets))
			.param("today", today)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", CurrentUsername.get())
			.param("assets", assets)
			.update());
		return (count != null) ? count : 0;
	}

	private int completeDoneWorkOrders() {
		List<Done> done = this.jdbc.sql(PlanSweepSql.DONE_WORK_ORDERS)
			.param("zone", this.clock.getZone().getId())
			.query(Done.class)
			.list();
		done.forEach(d -> this.transactions
			.executeWithoutResult(status -> this.occurrences.completed(d.id(), d.completedOn(), null)));
		return done.size();
	}

	private int openWorkOrders(LocalDate today, Long[] assets) {
		int maxLead = this.jdbc.sql("select coalesce(max(lead_days), 0) from inv_plan where not archived")
			.query(Integer.class)
			.single();
		int opened = 0;
		int batch;
		do {
			Integer count = this.transactions.execute(status -> openBatch(today, maxLead, assets));
			batch = (count != null) ? count : 0;
			opened += batch;
		}
		while (batch == BATCH);
		return opened;
	}

	private int openBatch(LocalDate today, int maxLead, Long[] assets) {
		List<ToOpen> due = this.jdbc.sql(restricted(PlanSweepSql.TO_OPEN, assets))
			.param("today", today)
			.param("assets", assets)
			.param("maxLead", maxLead)
			.param("batch", BATCH)
			.query(ToOpen.class)
			.list();
		Timestamp now = Timestamp.from(this.clock.instant());
		Map<Long, List<CheckLineSpec>> checklists = checklists(due);
		for (ToOpen o : due) {
			WorkOrderRef order = this.opener.open(new NewWorkOrder(WorkOrderType.valueOf(o.workOrderType()),
					o.assetId(), null, o.name(), o.dueOn(), null), checklists.getOrDefault(o.planId(), List.of()));
			this.jdbc.sql("""
					update inv_plan_occurrence set status = 'WORK_ORDER_OPEN', work_order_id = :order,
					 last_modified_at = :now, last_modified_by = :by, version = version + 1
					where id = :id and status = 'PLANNED'""")
				.param("order", order.id())
				.param("now", now)
				.param("by", CurrentUsername.get())
				.param("id", o.id())
				.update();
		}
		return due.size();
	}

	/** Each plan's checklist, copied onto the work orders it opens. */
	private Map<Long, List<CheckLineSpec>> checklists(List<ToOpen> due) {
		Map<Long, List<CheckLineSpec>> checklists = new HashMap<>();
		if (due.isEmpty()) {
			return checklists;
		}
		this.jdbc.sql(PlanSweepSql.CHECKLISTS)
			.param("plans", due.stream().map(ToOpen::planId).distinct().toArray(Long[]::new))
			.query((rs) -> {
				checklists.computeIfAbsent(rs.getLong("plan_id"), k -> new ArrayList<>())
					.add(new CheckLineSpec(rs.getString("label"), rs.getString("unit"), rs.getBigDecimal("lower_limit"),
							rs.getBigDecimal("upper_limit")));
			});
		return checklists;
	}

	private record Done(long id, LocalDate completedOn) {
	}

	private record ToOpen(long id, long assetId, long planId, LocalDate dueOn, String workOrderType, String name) {
	}

	/**
	 * What a run did: occurrences completed from work orders found DONE, first
	 * occurrences created, occurrences brought forward by their meter, occurrences
	 * suppressed by a containing plan, work orders opened, occurrences newly overdue.
	 */
	public record Result(int completed, int created, int meterReached, int suppressed, int opened, int overdue) {

		Result withCompleted(int count) {
			return new Result(count, this.created, this.meterReached, this.suppressed, this.opened, this.overdue);
		}

	}

}
