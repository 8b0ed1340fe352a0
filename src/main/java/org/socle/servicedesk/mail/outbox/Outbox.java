package org.socle.servicedesk.mail.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
		List<OutboxMail> queued = queueAll(template, ticket, List.of(recipient), variables);
		return queued.isEmpty() ? null : queued.get(0);
	}

	/**
	 * Queues one mail per recipient, written once per language (a team of many members
	 * costs one rendering per language, not one per member).
	 * @return the queued mails: none when the template could not be written (logged)
	 */
	List<OutboxMail> queueAll(String template, Ticket ticket, List<Recipient> to, Map<String, Object> variables) {
		if (to.isEmpty()) {
			return List.of();
		}
		Map<Locale, ComposedMail> written = new HashMap<>();
		try {
			for (Recipient recipient : to) {
				written.computeIfAbsent(recipient.locale(), locale -> this.composer.compose(template, locale,
						new Object[] { ticket.getNumber(), ticket.getTitle() }, variables));
			}
		}
		catch (RuntimeException ex) {
			log.error("Ticket {}: mail {} could not be written", ticket.getId(), template, ex);
			return List.of();
		}
		List<MailThread> threads = this.threads.newMails(ticket.getId(), to.size());
		List<OutboxMail> mails = new ArrayList<>(to.size());
		for (int i = 0; i < to.size(); i++) {
			Recipient recipient = to.get(i);
			mails.add(new OutboxMail(ticket.getId(), recipient.email(), recipient.locale().toLanguageTag(),
					written.get(recipient.locale()), threads.get(i), this.clock.instant()));
		}
		return this.mails.saveAll(mails);
	}

	/**
	 * One mail about no ticket (a catalogue request waiting for approval...), in a thread
	 * of its own.
	 * @return the queued mail, or null when it could not be written (logged)
	 */
	OutboxMail queueAbout(String template, Recipient recipient, Object[] subjectArguments,
			Map<String, Object> variables) {
		ComposedMail written;
		try {
			written = this.composer.compose(template, recipient.locale(), subjectArguments, variables);
		}
		catch (RuntimeException ex) {
			log.error("Mail {} could not be written", template, ex);
			return null;
		}
		return this.mails.save(new OutboxMail(null, recipient.email(), recipient.locale().toLanguageTag(), written,
				this.threads.standalone(), this.clock.instant()));
	}

}
