package org.socle.servicedesk.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.socle.servicedesk.calendar.WorkingCalendars;
import org.socle.servicedesk.calendar.WorkingTime;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketEvent;
import org.socle.servicedesk.ticket.TicketStatus;
import org.socle.servicedesk.ticket.Timeline;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, pauses, resumes, stops and recomputes the clocks of a ticket, in the
 * transaction of the ticket's change, and keeps the ticket's marks in step. The rules per
 * kind of timeline line are in {@link SlaClockListener}.
 */
@Service
public class SlaClocks {

	private final SlaClockRepository clocks;

	private final AgreementChooser chooser;

	private final AgreementRepository agreements;

	private final WorkingCalendars calendars;

	private final SlaMarks marks;

	private final Timeline timeline;

	SlaClocks(SlaClockRepository clocks, AgreementChooser chooser, AgreementRepository agreements,
			WorkingCalendars calendars, SlaMarks marks, Timeline timeline) {
		this.clocks = clocks;
		this.chooser = chooser;
		this.agreements = agreements;
		this.calendars = calendars;
		this.marks = marks;
		this.timeline = timeline;
	}

	/** The ticket's current clocks (response first). */
	@Transactional(readOnly = true)
	public List<SlaClock> current(Long ticketId) {
		return this.clocks.currentOf(ticketId);
	}

	/** Every clock the ticket had, the replaced ones included. */
	@Transactional(readOnly = true)
	public List<SlaClock> history(Long ticketId) {
		return this.clocks.findByTicketIdOrderByIdAsc(ticketId);
	}

	/** The working time a clock counts on. */
	public WorkingTime timeOf(SlaClock clock) {
		return this.calendars.of(clock.getCalendarId());
	}

	/** A new ticket: its clocks start, when an agreement applies. */
	@Transactional
	public void start(Ticket ticket, Instant at) {
		if (!this.clocks.currentForUpdate(ticket.getId()).isEmpty()) {
			return;
		}
		List<SlaClock> started = new ArrayList<>();
		this.chooser.choose(ticket.getServiceId(), ticket.getTeamId(), ticket.getPriority(), at)
			.ifPresent(a -> started.addAll(startAll(ticket, a, at)));
		this.marks.update(ticket.getId(), started);
	}

	/** The first response by an agent: the response clock stops. */
	@Transactional
	public void answered(Ticket ticket, Instant at) {
		change(ticket, at, (clock, time) -> {
			if (clock.getKind() == ClockKind.RESPONSE) {
				clock.stop(at, time);
			}
		});
	}

	/**
	 * A status change: pending pauses the resolution clock (for the requester or a
	 * supplier; for a planned change only when the agreement says so), leaving pending
	 * resumes it, resolved and closed stop the clocks, cancelled cancels them, a
	 * reopening restarts the resolution clock where it stopped.
	 */
	@Transactional
	public void statusChanged(Ticket ticket, TicketStatus from, Instant at) {
		TicketStatus to = ticket.getStatus();
		change(ticket, at, (clock, time) -> {
			boolean resolution = clock.getKind() == ClockKind.RESOLUTION;
			switch (to) {
				case PENDING -> {
					if (resolution && pauses(ticket, clock)) {
						clock.pause(at, ticket.getPendingReason().name(), time);
					}
				}
				case RESOLVED, CLOSED -> clock.stop(at, time);
				case CANCELLED -> clock.cancel(at, time);
				default -> {
					if (resolution && from == TicketStatus.PENDING) {
						clock.resume(at, time);
					}
					if (resolution && from == TicketStatus.RESOLVED) {
						clock.reopen(at, time);
					}
				}
			}
		});
	}

	/**
	 * The priority, service or team changed: each running or paused clock is replaced by
	 * one for the targets that apply now, counted from the ticket's opening with the time
	 * consumed (pauses kept); stopped clocks keep their outcome. The old rows stay as
	 * history and the timeline says how the targets changed.
	 */
	@Transactional
	public void recompute(Ticket ticket, Instant at, String reason) {
		List<SlaClock> current = this.clocks.currentForUpdate(ticket.getId());
		Optional<Agreement> agreement = this.chooser.choose(ticket.getServiceId(), ticket.getTeamId(),
				ticket.getPriority(), at);
		if (current.isEmpty()) {
			if (agreement.isPresent()) {
				List<SlaClock> started = startAll(ticket, agreement.get(), ticket.getCreatedAt());
				if (ticket.getStatus() != TicketStatus.NEW) {
					started.stream().filter(c -> c.getKind() == ClockKind.RESPONSE).forEach(c -> c.stop(at, timeOf(c)));
				}
				this.marks.update(ticket.getId(), started);
				record(ticket, "-", describe(agreement.get(), ticket.getPriority()), reason);
			}
			return;
		}
		String before = describe(this.agreements.findById(current.get(0).getAgreementId()).orElse(null),
				current.get(0).getPriority());
		List<SlaClock> next = new ArrayList<>();
		for (SlaClock clock : current) {
			if (clock.getState().isStopped()) {
				next.add(clock);
				continue;
			}
			clock.supersede(at, reason, timeOf(clock));
			this.clocks.saveAndFlush(clock);
			if (agreement.isPresent()) {
				Agreement a = agreement.get();
				int minutes = a.targetFor(ticket.getPriority()).orElseThrow().minutes(clock.getKind());
				next.add(this.clocks.save(replacement(clock, a, ticket.getPriority(), minutes, at)));
			}
		}
		this.clocks.flush();
		this.marks.update(ticket.getId(), next);
		record(ticket, before, agreement.map(a -> describe(a, ticket.getPriority())).orElse("-"), reason);
	}

	private SlaClock replacement(SlaClock old, Agreement a, int priority, int minutes, Instant at) {
		return old.successor(a.getId(), priority, minutes, a.getCalendarId(), a.getAtRiskPercent(), at,
				this.calendars.of(a.getCalendarId()));
	}

	private void record(Ticket ticket, String before, String after, String reason) {
		this.timeline.record(ticket, TicketEvent.Kind.SLA_RECALCULATED, before, after, reason);
	}

	private static String describe(Agreement agreement, int priority) {
		if (agreement == null) {
			return "-";
		}
		return agreement.targetFor(priority)
			.map(t -> agreement.getKind() + " " + agreement.getName() + " · P" + priority + " · "
					+ t.getResponseMinutes() + " / " + t.getResolutionMinutes() + " min")
			.orElse(agreement.getName());
	}

	private List<SlaClock> startAll(Ticket ticket, Agreement agreement, Instant at) {
		List<SlaClock> started = new ArrayList<>();
		var target = agreement.targetFor(ticket.getPriority()).orElseThrow();
		WorkingTime time = this.calendars.of(agreement.getCalendarId());
		for (ClockKind kind : ClockKind.values()) {
			started.add(this.clocks.save(new SlaClock(ticket.getId(), kind, agreement.getId(), ticket.getPriority(),
					target.minutes(kind), agreement.getCalendarId(), agreement.getAtRiskPercent())
				.start(at, time)));
		}
		this.clocks.flush();
		return started;
	}

	private boolean pauses(Ticket ticket, SlaClock clock) {
		if (ticket.getPendingReason() == null) {
			return false;
		}
		return switch (ticket.getPendingReason()) {
			case REQUESTER, SUPPLIER -> true;
			case PLANNED_CHANGE ->
				this.agreements.findById(clock.getAgreementId()).map(Agreement::isPauseForPlannedChange).orElse(false);
		};
	}

	private void change(Ticket ticket, Instant at, ClockChange change) {
		List<SlaClock> current = this.clocks.currentForUpdate(ticket.getId());
		if (current.isEmpty()) {
			return;
		}
		current.forEach(c -> change.apply(c, timeOf(c)));
		this.clocks.flush();
		this.marks.update(ticket.getId(), current);
	}

	@FunctionalInterface
	private interface ClockChange {

		void apply(SlaClock clock, WorkingTime time);

	}

}
