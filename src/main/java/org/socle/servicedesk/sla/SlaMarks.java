package org.socle.servicedesk.sla;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.servicedesk.ticket.SlaState;
import org.socle.servicedesk.ticket.TicketSlaMarks;

import org.springframework.stereotype.Component;

/**
 * Keeps the marks on the ticket (due dates, state) in step with its current clocks, so
 * that queues sort and flag without reading the clocks.
 */
@Component
class SlaMarks {

	private final TicketSlaMarks marks;

	SlaMarks(TicketSlaMarks marks) {
		this.marks = marks;
	}

	void update(Long ticketId, List<SlaClock> current) {
		this.marks.mark(ticketId, due(current, ClockKind.RESPONSE), due(current, ClockKind.RESOLUTION),
				stateOf(current));
	}

	/**
	 * Updates the marks of many tickets at once from their current clocks (a ticket
	 * without any gets no due dates and no state).
	 */
	void updateAll(Collection<Long> ticketIds, List<SlaClock> current) {
		Map<Long, List<SlaClock>> byTicket = current.stream().collect(Collectors.groupingBy(SlaClock::getTicketId));
		this.marks.markAll(ticketIds.stream().map(id -> mark(id, byTicket.getOrDefault(id, List.of()))).toList());
	}

	private static TicketSlaMarks.Mark mark(Long ticketId, List<SlaClock> current) {
		return new TicketSlaMarks.Mark(ticketId, due(current, ClockKind.RESPONSE), due(current, ClockKind.RESOLUTION),
				stateOf(current));
	}

	/**
	 * The ticket's state: the worse of its clocks (breached, then at risk), else on track
	 * while one runs, paused while one waits, met when all are met.
	 */
	static SlaState stateOf(List<SlaClock> clocks) {
		if (clocks.isEmpty()) {
			return SlaState.NONE;
		}
		if (any(clocks, ClockState.BREACHED)) {
			return SlaState.BREACHED;
		}
		if (any(clocks, ClockState.AT_RISK)) {
			return SlaState.AT_RISK;
		}
		if (any(clocks, ClockState.ON_TRACK)) {
			return SlaState.ON_TRACK;
		}
		if (any(clocks, ClockState.PAUSED)) {
			return SlaState.PAUSED;
		}
		return clocks.stream().allMatch(c -> c.getState() == ClockState.CANCELLED) ? SlaState.NONE : SlaState.MET;
	}

	private static boolean any(List<SlaClock> clocks, ClockState state) {
		return clocks.stream().anyMatch(c -> c.getState() == state);
	}

	private static Instant due(List<SlaClock> clocks, ClockKind kind) {
		return clocks.stream().filter(c -> c.getKind() == kind).findFirst().map(SlaClock::getDueAt).orElse(null);
	}

}
