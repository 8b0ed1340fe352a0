package org.socle.servicedesk.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.socle.servicedesk.ticket.TicketEvent.Kind;
import org.socle.shared.web.FieldRuleException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status changes along the lifecycle ({@link TicketStatus}), each with its timeline line.
 * Agents move tickets; the requester reopens a resolved ticket within
 * {@code socle.servicedesk.reopen-days} days (7 by default).
 */
@Service
public class TicketWorkflow {

	private final TicketService service;

	private final TicketRepository tickets;

	private final TicketAccess access;

	private final Timeline timeline;

	private final Clock clock;

	private final int reopenDays;

	TicketWorkflow(TicketService service, TicketRepository tickets, TicketAccess access, Timeline timeline, Clock clock,
			@Value("${socle.servicedesk.reopen-days:7}") int reopenDays) {
		this.service = service;
		this.tickets = tickets;
		this.access = access;
		this.timeline = timeline;
		this.clock = clock;
		this.reopenDays = reopenDays;
	}

	@Transactional
	public Ticket transition(Long id, TicketCommands.Transition command) {
		Ticket ticket = this.service.get(id);
		TicketStatus from = ticket.getStatus();
		TicketStatus to = command.to();
		boolean reopen = from == TicketStatus.RESOLVED && to == TicketStatus.IN_PROGRESS;
		if (!mayMove(ticket, reopen, to)) {
			throw new AccessDeniedException("May not move ticket " + id + " to " + to);
		}
		ticket.checkVersion((command.version() != null) ? command.version() : -1);
		try {
			from.checkMoveTo(to);
		}
		catch (IllegalTransitionException ex) {
			throw ex.toFieldRule();
		}
		Instant now = this.clock.instant();
		String detail = prepare(ticket, command, now);
		ticket.moveTo(to);
		this.timeline.record(ticket, reopen ? Kind.REOPENED : Kind.STATUS_CHANGED, from, to, detail);
		return this.tickets.saveAndFlush(ticket);
	}

	/**
	 * Agents move tickets along the lifecycle; the requester reopens a resolved ticket,
	 * or confirms its resolution (closes it) without waiting for the delay.
	 */
	private boolean mayMove(Ticket ticket, boolean reopen, TicketStatus to) {
		if (reopen) {
			return this.access.isRequester(ticket);
		}
		boolean confirm = ticket.getStatus() == TicketStatus.RESOLVED && to == TicketStatus.CLOSED;
		return this.access.canWork(ticket) || (confirm && this.access.isRequester(ticket));
	}

	/** Checks and sets what the target status needs; returns the timeline detail. */
	private String prepare(Ticket ticket, TicketCommands.Transition command, Instant now) {
		if (ticket.getStatus() == TicketStatus.PENDING) {
			ticket.setPendingReason(null);
		}
		switch (command.to()) {
			case ASSIGNED -> {
				if (ticket.getAssigneeId() == null) {
					throw FieldRuleException.invalid("status", "AssigneeRequired");
				}
				return null;
			}
			case PENDING -> {
				if (command.pendingReason() == null) {
					throw FieldRuleException.invalid("pendingReason", "NotBlank");
				}
				ticket.setPendingReason(command.pendingReason());
				return command.pendingReason().name();
			}
			case RESOLVED -> {
				if (blank(command.resolutionCode())) {
					throw FieldRuleException.invalid("resolutionCode", "NotBlank");
				}
				if (blank(command.resolutionNote())) {
					throw FieldRuleException.invalid("resolutionNote", "NotBlank");
				}
				ticket.resolve(command.resolutionCode().strip(), command.resolutionNote().strip(), now);
				return command.resolutionCode().strip();
			}
			case CLOSED -> {
				ticket.close(now);
				return null;
			}
			case CANCELLED -> {
				ticket.cancel(now);
				return null;
			}
			case IN_PROGRESS -> {
				if (ticket.getStatus() == TicketStatus.RESOLVED) {
					if (ticket.getResolvedAt() != null && ticket.getResolvedAt().plus(reopenDelay()).isBefore(now)) {
						throw FieldRuleException.invalid("status", "ReopenExpired", this.reopenDays);
					}
					ticket.reopen();
				}
				return null;
			}
			default -> {
				return null;
			}
		}
	}

	/** How long after resolution the requester may reopen; then the ticket closes. */
	Duration reopenDelay() {
		return Duration.ofDays(this.reopenDays);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
