package org.socle.servicedesk.mail.outbox;

import java.time.Clock;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.servicedesk.ticket.Ticket;

import org.springframework.stereotype.Component;

/**
 * Puts a mail in the outbox, written in the recipient's language, threaded with the
 * ticket's other mails. The outbox job sends it.
 */
@Component
class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final MailComposer composer;

	private final MailThreads threads;

	private final OutboxRepository mails;

	private final Clock clock;

	Outbox(MailComposer composer, MailThreads threads, OutboxRepository mails, Clock clock) {
		this.composer = composer;
		this.threads = threads;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * @return the queued mail, or null when it could not be written (logged): a broken
	 * template must not stop the ticket change itself
	 */
	OutboxMail queue(String template, Ticket ticket, Recipient recipient, Map<String, Object> variables) {
		ComposedMail mail;
		try {
			mail = this.composer.compose(template, recipient.locale(), ticket.getNumber(), ticket.getTitle(),
					variables);
		}
		catch (RuntimeException ex) {
			log.error("Ticket {}: mail {} could not be written", ticket.getId(), template, ex);
			return null;
		}
		return this.mails.save(new OutboxMail(ticket.getId(), recipient.email(), recipient.locale().toLanguageTag(),
				mail, this.threads.newMail(ticket.getId()), this.clock.instant()));
	}

}
