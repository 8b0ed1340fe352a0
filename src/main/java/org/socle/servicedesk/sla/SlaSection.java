package org.socle.servicedesk.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketPageSection;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the ticket page shows of its clocks: per clock, its state and the working time
 * left (or past the target), paused or not.
 */
@Component
class SlaSection implements TicketPageSection {

	private final SlaClocks clocks;

	private final Clock clock;

	SlaSection(SlaClocks clocks, Clock clock) {
		this.clocks = clocks;
		this.clock = clock;
	}

	@Override
	public void contribute(Ticket ticket, boolean canWork, Model model) {
		Instant now = this.clock.instant();
		model.addAttribute("slaClocks",
				this.clocks.current(ticket.getId())
					.stream()
					.map(c -> ClockLine.of(c, c.leftAt(now, this.clocks.timeOf(c))))
					.toList());
	}

	/**
	 * One clock as shown: its kind, state, due instant, and the working time left (or
	 * over) in hours and minutes.
	 */
	record ClockLine(ClockKind kind, ClockState state, Instant dueAt, boolean over, long hours, long minutes,
			boolean stopped) {

		static ClockLine of(SlaClock c, Duration left) {
			Duration abs = left.abs();
			return new ClockLine(c.getKind(), c.getState(), c.getDueAt(), left.isNegative(), abs.toHours(),
					abs.toMinutesPart(), c.getStoppedAt() != null);
		}

		List<Object> args() {
			return List.of(this.hours, this.minutes);
		}

	}

}
