package org.socle.servicedesk.ticket;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.socle.servicedesk.ticket.TicketEvent.Kind;
import org.socle.shared.audit.CurrentUsername;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is said and done on a ticket: comments (internal notes are for agents only), time
 * entries, and the timeline that gathers everything.
 */
@Service
public class TicketActivity {

	/** The timeline detail of a ticket resumed by the requester's answer. */
	public static final String REQUESTER_ANSWERED = "REQUESTER_ANSWERED";

	private final TicketService service;

	private final TicketRepository tickets;

	private final TicketAccess access;

	private final TicketCommentRepository comments;

	private final TimeEntryRepository timeEntries;

	private final TicketEventRepository events;

	private final Timeline timeline;

	private final Clock clock;

	TicketActivity(TicketService service, TicketRepository tickets, TicketAccess access,
			TicketCommentRepository comments, TimeEntryRepository timeEntries, TicketEventRepository events,
			Timeline timeline, Clock clock) {
		this.service = service;
		this.tickets = tickets;
		this.access = access;
		this.comments = comments;
		this.timeEntries = timeEntries;
		this.events = events;
		this.timeline = timeline;
		this.clock = clock;
	}

	/**
	 * The comments the account may read: all of them for agents, public ones otherwise.
	 */
	@Transactional(readOnly = true)
	public List<TicketComment> comments(Long ticketId) {
		Ticket ticket = this.service.get(ticketId);
		return this.access.canWork(ticket) ? this.comments.findByTicketIdOrderByCreatedAtAscIdAsc(ticketId)
				: this.comments.findByTicketIdAndInternalFalseOrderByCreatedAtAscIdAsc(ticketId);
	}

	/** Agents comment and write internal notes; the requester comments publicly. */
	@Transactional
	public TicketComment comment(Long ticketId, TicketCommands.NewComment command) {
		Ticket ticket = this.service.get(ticketId);
		boolean agent = this.access.canWork(ticket);
		if (!agent && (command.internal() || !this.access.isRequester(ticket))) {
			throw new AccessDeniedException("May not comment on ticket " + ticketId);
		}
		TicketComment comment = this.comments.saveAndFlush(new TicketComment(ticketId, this.access.scope().personId(),
				CurrentUsername.get(), command.body().strip(), command.internal(), this.clock.instant()));
		this.timeline.recordComment(ticket, comment);
		if (!agent) {
			resumeIfWaitingForRequester(ticket);
		}
		return comment;
	}

	/**
	 * The requester's answer to a ticket that waits for them puts it back to work: the
	 * agent asked, the requester answered.
	 */
	private void resumeIfWaitingForRequester(Ticket ticket) {
		if (ticket.getStatus() == TicketStatus.PENDING && ticket.getPendingReason() == PendingReason.REQUESTER) {
			ticket.setPendingReason(null);
			ticket.moveTo(TicketStatus.IN_PROGRESS);
			this.timeline.record(ticket, Kind.STATUS_CHANGED, TicketStatus.PENDING, TicketStatus.IN_PROGRESS,
					REQUESTER_ANSWERED);
			this.tickets.saveAndFlush(ticket);
		}
	}

	/**
	 * A comment that came by mail, with nobody signed in: the caller (the mail intake)
	 * has matched the ticket and the author. Never reopens a resolved ticket: a "thank
	 * you" is only a comment.
	 * @param authorId the person who wrote it, or null for an address unknown to the
	 * directory
	 * @param authorName the name shown for the author
	 */
	@Transactional
	public TicketComment commentFromMail(Ticket ticket, Long authorId, String authorName, String body,
			boolean internal) {
		TicketComment comment = this.comments.saveAndFlush(
				new TicketComment(ticket.getId(), authorId, authorName, body.strip(), internal, this.clock.instant()));
		this.timeline.recordComment(ticket, comment);
		return comment;
	}

	@Transactional(readOnly = true)
	public List<TimeEntry> timeEntries(Long ticketId) {
		this.service.get(ticketId);
		return this.timeEntries.findByTicketIdOrderByWorkDateAscIdAsc(ticketId);
	}

	/** An agent logs minutes on the ticket, for themselves. */
	@Transactional
	public TimeEntry logTime(Long ticketId, TicketCommands.NewTimeEntry command) {
		Ticket ticket = this.service.get(ticketId);
		this.access.checkWorks(ticket);
		LocalDate day = (command.workDate() != null) ? command.workDate() : LocalDate.now(this.clock);
		TimeEntry entry = this.timeEntries.saveAndFlush(new TimeEntry(ticketId, this.access.scope().personId(),
				command.minutes(), day, command.note(), this.clock.instant(), CurrentUsername.get()));
		this.timeline.record(ticket, Kind.TIME_LOGGED, null, command.minutes(), null);
		return entry;
	}

	/**
	 * Writes the timeline line of a file attached to the ticket (its name as detail).
	 * Used by the attachments feature, which has checked who may attach.
	 */
	@Transactional
	public void recordAttachment(Ticket ticket, String filename, boolean internal) {
		this.timeline.recordAttachment(ticket, Kind.ATTACHED, filename, null, internal);
	}

	/** Writes the timeline line of a file removed from the ticket, and why. */
	@Transactional
	public void recordAttachmentRemoved(Ticket ticket, String filename, String reason, boolean internal) {
		this.timeline.recordAttachment(ticket, Kind.ATTACHMENT_REMOVED, filename, reason, internal);
	}

	/** The whole timeline in one query; internal notes only for agents. */
	@Transactional(readOnly = true)
	public List<TimelineLine> timeline(Long ticketId) {
		Ticket ticket = this.service.get(ticketId);
		List<TimelineLine> lines = this.events.timelineOf(ticketId);
		return this.access.canWork(ticket) ? lines : lines.stream().filter(l -> !l.event().isInternal()).toList();
	}

}
