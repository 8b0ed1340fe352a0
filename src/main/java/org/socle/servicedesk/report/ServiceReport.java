package org.socle.servicedesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.socle.servicedesk.sla.ClockKind;
import org.socle.servicedesk.ticket.TicketType;

/**
 * The figures of one service report. See the README's "Service reports" section for what
 * each one counts.
 *
 * @param breachCount every breach of the period (the clocks of both kinds that ended
 * breached); {@code breaches} lists the latest first, at most
 * {@link ServiceReports#BREACH_LINES}
 */
public record ServiceReport(Scope scope, LocalDate from, LocalDate to, String zone, Counts volumes,
		Map<TicketType, Counts> byType, Map<Integer, Counts> byPriority, Backlog backlog, Compliance response,
		Compliance resolution, long breachCount, List<Breach> breaches, Satisfaction satisfaction, Reopen reopen) {

	/** What the report covers, with names for people to read. */
	public record Scope(Long serviceId, String serviceName, Long teamId, String teamName, Long establishmentId,
			String establishmentName) {
	}

	/** Tickets created, resolved, closed and cancelled in the period. */
	public record Counts(long created, long resolved, long closed, long cancelled) {

		static final Counts ZERO = new Counts(0, 0, 0, 0);

		Counts plus(Counts other) {
			return new Counts(this.created + other.created, this.resolved + other.resolved, this.closed + other.closed,
					this.cancelled + other.cancelled);
		}

	}

	/**
	 * Tickets open at the first instant of the period and at the first instant after it.
	 */
	public record Backlog(long openAtStart, long openAtEnd) {
	}

	/**
	 * Clocks of one kind that ended in the period: met or breached, and the share met.
	 *
	 * @param percent met per hundred clocks, null when none ended
	 */
	public record Compliance(long met, long total, Double percent) {

		static Compliance of(long met, long total) {
			return new Compliance(met, total, (total == 0) ? null : met * 100.0 / total);
		}

		public long breached() {
			return this.total - this.met;
		}

	}

	/**
	 * A clock that ended breached in the period.
	 *
	 * @param lateMinutes working minutes past the target (on the agreement's calendar)
	 * @param pendingReasons what the ticket waited for (requester, supplier, planned
	 * change), for a resolution clock
	 */
	public record Breach(Long ticketId, String ticketNumber, String title, ClockKind kind, int priority,
			String agreement, int targetMinutes, long lateMinutes, Instant breachedAt, Instant stoppedAt,
			List<String> pendingReasons, List<EscalationLine> escalations) {
	}

	/** An escalation recorded on a breached clock (or on the clock it replaced). */
	public record EscalationLine(String level, Instant detectedAt, int warned, Long reassignedTo) {
	}

	/**
	 * Surveys sent in the period, answers, mean rating (0 to 10), and answers per survey
	 * (0 to 1); null without surveys or answers.
	 */
	public record Satisfaction(long invitations, long answers, Double meanRating, Double responseRate) {
	}

	/**
	 * Tickets reopened in the period, per ticket resolved in the period.
	 *
	 * @param rate reopened per resolved (0 to 1, may exceed 1), null when none was
	 * resolved
	 */
	public record Reopen(long reopened, long resolved, Double rate) {

		static Reopen of(long reopened, long resolved) {
			return new Reopen(reopened, resolved, (resolved == 0) ? null : (double) reopened / resolved);
		}

	}

}
