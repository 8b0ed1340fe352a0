package org.socle.servicedesk.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The escalation sweep. First, in one statement, the running clocks that crossed their
 * at-risk share or their due date change state, and each crossing gets its escalation row
 * (unique per clock and level, so a second run or a second node adds nothing); the marks
 * of the tickets concerned follow, read and written a thousand tickets per statement.
 * Then the new escalation rows are processed one by one ({@link Escalations}). Guarded by
 * a cluster lock when scheduled; safe without it too.
 */
@Component
public class SlaSweep {

	private static final Logger log = LoggerFactory.getLogger(SlaSweep.class);

	private static final String DETECT = """
			with crossed as (
			    select id from sd_sla_clock
			    where current and running_since is not null and state = 'ON_TRACK' and at_risk_at <= :now
			    union
			    select id from sd_sla_clock
			    where current and running_since is not null and state in ('ON_TRACK', 'AT_RISK') and due_at <= :now
			), changed as (
			    update sd_sla_clock c
			    set state = case when c.due_at <= :now then 'BREACHED' else 'AT_RISK' end,
			        breached_at = case when c.due_at <= :now then c.due_at else c.breached_at end
			    from crossed
			    where c.id = crossed.id and c.current and c.running_since is not null
			      and ((c.state = 'ON_TRACK' and c.at_risk_at <= :now)
			           or (c.state in ('ON_TRACK', 'AT_RISK') and c.due_at <= :now))
			    returning c.id, c.ticket_id, c.state
			), escalated as (
			    insert into sd_sla_escalation (clock_id, ticket_id, level, detected_at)
			    select id, ticket_id, state, :now from changed
			    on conflict (clock_id, level) do nothing
			    returning id
			)
			select ticket_id, state from changed
			""";

	/**
	 * Tickets whose marks are read and written per statement: a catch-up after a stop
	 * finds thousands, the steady state a few.
	 */
	private static final int MARKS_BATCH = 1000;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SlaClockRepository clocks;

	private final SlaMarks marks;

	private final Escalations escalations;

	private final Clock clock;

	SlaSweep(JdbcClient jdbc, TransactionTemplate transactions, SlaClockRepository clocks, SlaMarks marks,
			Escalations escalations, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clocks = clocks;
		this.marks = marks;
		this.escalations = escalations;
		this.clock = clock;
	}

	@Scheduled(cron = "${socle.servicedesk.sla-sweep-cron:30 * * * * *}")
	@SchedulerLock(name = "servicedesk-sla-sweep", lockAtMostFor = "PT10M")
	void onSchedule() {
		Result result = sweep();
		if (result.changed() > 0 || result.escalated() > 0) {
			log.info("SLA sweep: {} tickets changed state, {} escalations processed", result.changed(),
					result.escalated());
		}
	}

	/** Sweeps now. */
	public Result sweep() {
		return sweep(this.clock.instant());
	}

	/** Sweeps as of the instant (tests pass the instant they need). */
	public Result sweep(Instant now) {
		List<Crossing> crossings = this.transactions.execute(status -> detect(now));
		int escalated = this.escalations.processPending(now);
		return new Result((int) crossings.stream().map(Crossing::ticketId).distinct().count(),
				count(crossings, ClockState.AT_RISK), count(crossings, ClockState.BREACHED), escalated);
	}

	private List<Crossing> detect(Instant now) {
		List<Crossing> crossings = this.jdbc.sql(DETECT)
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new Crossing(rs.getLong(1), ClockState.valueOf(rs.getString(2))))
			.list();
		List<Long> tickets = crossings.stream().map(Crossing::ticketId).distinct().toList();
		for (int from = 0; from < tickets.size(); from += MARKS_BATCH) {
			List<Long> batch = tickets.subList(from, Math.min(tickets.size(), from + MARKS_BATCH));
			this.marks.updateAll(batch, this.clocks.currentOfTickets(batch));
		}
		return crossings;
	}

	private static int count(List<Crossing> crossings, ClockState state) {
		return (int) crossings.stream().filter(c -> c.state() == state).count();
	}

	/** A clock that crossed a line in this sweep, and the state it is now in. */
	private record Crossing(long ticketId, ClockState state) {
	}

	/**
	 * What a sweep did: tickets whose clocks changed state, clocks that became at risk
	 * and clocks that became breached, escalations processed (mails, timeline).
	 */
	public record Result(int changed, int atRisk, int breached, int escalated) {
	}

}
