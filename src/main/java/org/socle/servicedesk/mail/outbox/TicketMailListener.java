package org.socle.servicedesk.mail.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.servicedesk.mail.MailSettings;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketCommentRepository;
import org.socle.servicedesk.ticket.TicketEvent;
import org.socle.servicedesk.ticket.TicketEventRecorded;
import org.socle.servicedesk.ticket.TicketStatus;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the mails a ticket change calls for, in the change's own transaction (a rolled
 * back change sends nothing): requesters hear of creation, public comments by others and
 * resolution; the team of new and transferred tickets; an agent of what they are given by
 * someone else. Internal notes send nothing.
 */
@Component
class TicketMailListener {

	private static final Logger log = LoggerFactory.getLogger(TicketMailListener.class);

	private final MailRecipients recipients;

	private final Outbox outbox;

	private final TicketCommentRepository comments;

	private final MailSettings settings;

	TicketMailListener(MailRecipients recipients, Outbox outbox, TicketCommentRepository comments,
			MailSettings settings) {
		this.recipients = recipients;
		this.outbox = outbox;
		this.comments = comments;
		this.settings = settings;
	}

	@EventListener
	void on(TicketEventRecorded recorded) {
		Ticket ticket = recorded.ticket();
		TicketEvent event = recorded.event();
		switch (recorded.kind()) {
			case CREATED -> {
				queue("created", ticket, this.recipients.requesters(ticket), event);
				queue("team-new", ticket, this.recipients.team(ticket.getTeamId()), event);
			}
			case COMMENTED -> {
				if (!event.isInternal()) {
					queue("commented", ticket, othersThan(this.recipients.requesters(ticket), event), event);
				}
			}
			case STATUS_CHANGED -> {
				if (TicketStatus.RESOLVED.name().equals(event.getToValue())) {
					queue("resolved", ticket, this.recipients.requesters(ticket), event);
				}
			}
			case ASSIGNED -> this.recipients.person(Long.valueOf(event.getToValue()))
				.filter(assignee -> !MailRecipients.isActor(assignee, event.getActorId(), event.getActorName()))
				.ifPresent(assignee -> queue("assigned", ticket, List.of(assignee), event));
			case TRANSFERRED -> queue("team-transferred", ticket, this.recipients.team(ticket.getTeamId()), event);
			default -> {
			}
		}
	}

	private static List<Recipient> othersThan(List<Recipient> recipients, TicketEvent event) {
		return recipients.stream()
			.filter(r -> !MailRecipients.isActor(r, event.getActorId(), event.getActorName()))
			.toList();
	}

	private void queue(String template, Ticket ticket, List<Recipient> to, TicketEvent event) {
		if (to.isEmpty()) {
			return;
		}
		Map<String, Object> variables = variables(ticket, event);
		this.outbox.queueAll(template, ticket, to, variables);
		log.debug("Ticket {}: {} mail queued for {} recipient(s)", ticket.getId(), template, to.size());
	}

	private Map<String, Object> variables(Ticket ticket, TicketEvent event) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("ticket", ticket);
		variables.put("link", this.settings.ticketLink(ticket.getId()));
		variables.put("reopenDays", this.settings.reopenDays());
		variables.put("actor", event.getActorName());
		if (event.getCommentId() != null) {
			this.comments.findById(event.getCommentId()).ifPresent(c -> variables.put("comment", c));
		}
		return variables;
	}

}
