package org.socle.servicedesk.ticket;

import java.time.Clock;

import org.socle.directory.CurrentAccess;
import org.socle.shared.audit.CurrentUsername;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes the lines of tickets' timelines, with the acting person and the time, and
 * publishes each one ({@link TicketEventRecorded}).
 */
@Component
public class Timeline {

	private final TicketEventRepository events;

	private final CurrentAccess access;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	Timeline(TicketEventRepository events, CurrentAccess access, Clock clock, ApplicationEventPublisher publisher) {
		this.events = events;
		this.access = access;
		this.clock = clock;
		this.publisher = publisher;
	}

	/** Adds a line to the ticket's timeline (public for the desk's other features). */
	public TicketEvent record(Ticket ticket, TicketEvent.Kind kind, Object from, Object to, String detail) {
		return publish(ticket, this.events.save(event(ticket, kind, from, to, detail)));
	}

	/**
	 * The line of a comment or internal note (internal lines are shown to agents only),
	 * acted by the comment's author (who may have written it by mail, with nobody signed
	 * in).
	 */
	TicketEvent recordComment(Ticket ticket, TicketComment comment) {
		TicketEvent line = new TicketEvent(ticket.getId(), TicketEvent.Kind.COMMENTED, comment.getAuthorId(),
				comment.getAuthorName(), comment.getCreatedAt(), null, null, null);
		return publish(ticket, this.events.save(line.aboutComment(comment)));
	}

	/**
	 * The line of a file attached to the ticket or removed from it (the file's name as
	 * detail, the reason of a removal as new value), shown to agents only when the file
	 * belongs to an internal note.
	 */
	TicketEvent recordAttachment(Ticket ticket, TicketEvent.Kind kind, String filename, String reason,
			boolean internal) {
		return publish(ticket, this.events.save(event(ticket, kind, null, reason, filename).internal(internal)));
	}

	private TicketEvent publish(Ticket ticket, TicketEvent saved) {
		this.publisher.publishEvent(new TicketEventRecorded(ticket, saved));
		return saved;
	}

	private TicketEvent event(Ticket ticket, TicketEvent.Kind kind, Object from, Object to, String detail) {
		return new TicketEvent(ticket.getId(), kind, this.access.scope().personId(), CurrentUsername.get(),
				this.clock.instant(), from, to, detail);
	}

}
