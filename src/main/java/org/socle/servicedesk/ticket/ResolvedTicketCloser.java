package org.socle.servicedesk.ticket;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.servicedesk.ticket.TicketEvent.Kind;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes the tickets whose reopening delay has run out since their resolution. Each
 * ticket closes in its own transaction, so a requester reopening one at the same moment
 * wins (the stale close is skipped) and the rest still close. Run twice, it closes
 * nothing more.
 */
@Component
public class ResolvedTicketCloser {

	/** The timeline detail that tells an automatic close from an agent's. */
	public static final String AUTO_CLOSED = "AUTO_CLOSED";

	private static final Logger log = LoggerFactory.getLogger(ResolvedTicketCloser.class);

	private static final int BATCH = 500;

	private final TicketRepository tickets;

	private final TicketWorkflow workflow;

	private final Timeline timeline;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ResolvedTicketCloser(TicketRepository tickets, TicketWorkflow workflow, Timeline timeline, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.tickets = tickets;
		this.workflow = workflow;
		this.timeline = timeline;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${socle.servicedesk.auto-close-cron:0 */15 * * * *}")
	@SchedulerLock(name = "servicedesk-auto-close", lockAtMostFor = "PT10M")
	void onSchedule() {
		closeExpired();
	}

	/**
	 * Closes every ticket resolved longer ago than the reopening delay.
	 * @return how many tickets were closed
	 */
	public int closeExpired() {
		Instant limit = this.clock.instant().minus(this.workflow.reopenDelay());
		int closed = 0;
		long after = 0;
		List<Long> batch;
		do {
			batch = this.jdbc
				.sql("select id from sd_ticket where status = 'RESOLVED' and resolved_at < ? and id > ? "
						+ "order by id limit " + BATCH)
				.params(Timestamp.from(limit), after)
				.query(Long.class)
				.list();
			for (Long id : batch) {
				closed += closeOne(id, limit) ? 1 : 0;
				after = id;
			}
		}
		while (batch.size() == BATCH);
		return closed;
	}

	private boolean closeOne(Long id, Instant limit) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute(status -> {
				Ticket ticket = this.tickets.findById(id).orElse(null);
				if (ticket == null || ticket.getStatus() != TicketStatus.RESOLVED
						|| !ticket.getResolvedAt().isBefore(limit)) {
					return false;
				}
				ticket.moveTo(TicketStatus.CLOSED);
				ticket.close(this.clock.instant());
				this.timeline.record(ticket, Kind.STATUS_CHANGED, TicketStatus.RESOLVED, TicketStatus.CLOSED,
						AUTO_CLOSED);
				this.tickets.saveAndFlush(ticket);
				return true;
			}));
		}
		catch (OptimisticLockingFailureException ex) {
			log.info("Ticket {} changed while closing it; left as it is", id);
			return false;
		}
	}

}
