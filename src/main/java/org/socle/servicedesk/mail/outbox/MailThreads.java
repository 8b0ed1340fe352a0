package org.socle.servicedesk.mail.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.socle.servicedesk.mail.MailSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Message-IDs of a ticket's mails. Every mail of ticket 42 answers a fixed root
 * {@code <sd.ticket.42@domain>} (and the mail that opened the ticket, if any), so the
 * requester's client shows one conversation and a reply names the ticket in its
 * References even when its client keeps only the first and last ids.
 */
@Component
public class MailThreads {

	private static final Pattern ROOT = Pattern.compile("<sd\\.ticket\\.(\\d+)@([^>]+)>");

	private final MailSettings settings;

	private final OutboxRepository outbox;

	private final JdbcClient jdbc;

	MailThreads(MailSettings settings, OutboxRepository outbox, JdbcClient jdbc) {
		this.settings = settings;
		this.outbox = outbox;
		this.jdbc = jdbc;
	}

	/** The headers of a new mail about the ticket. */
	MailThread newMail(Long ticketId) {
		return newMails(ticketId, 1).get(0);
	}

	/** The headers of new mails about the ticket, each with its own Message-ID. */
	List<MailThread> newMails(Long ticketId, int count) {
		String root = "<sd.ticket." + ticketId + "@" + this.settings.domain() + ">";
		List<String> references = new ArrayList<>();
		originOf(ticketId).ifPresent(references::add);
		references.add(root);
		List<MailThread> threads = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String messageId = "<sd." + ticketId + "." + UUID.randomUUID() + "@" + this.settings.domain() + ">";
			threads.add(new MailThread(messageId, root, String.join(" ", references)));
		}
		return threads;
	}

	/** The headers of a mail about no ticket: a thread of its own. */
	MailThread standalone() {
		return new MailThread("<sd.mail." + UUID.randomUUID() + "@" + this.settings.domain() + ">", null, null);
	}

	/**
	 * The ticket that one of these Message-IDs (of a reply's In-Reply-To and References)
	 * belongs to: a mail we sent, our root id, or the mail that opened a ticket.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> ticketOf(List<String> messageIds) {
		if (messageIds.isEmpty()) {
			return Optional.empty();
		}
		List<Long> sent = this.outbox.ticketsOfMessageIds(messageIds);
		if (!sent.isEmpty()) {
			return Optional.of(sent.get(0));
		}
		for (String id : messageIds) {
			Matcher root = ROOT.matcher(id);
			if (root.matches() && root.group(2).equalsIgnoreCase(this.settings.domain())) {
				return Optional.of(Long.valueOf(root.group(1)));
			}
		}
		return this.jdbc
			.sql("select ticket_id from sd_mail_inbox_seen where message_id in (:ids) and ticket_id is not null"
					+ " order by id desc limit 1")
			.param("ids", messageIds)
			.query(Long.class)
			.optional();
	}

	/** The Message-ID of the mail that opened the ticket, if one did. */
	private Optional<String> originOf(Long ticketId) {
		return this.jdbc
			.sql("select message_id from sd_mail_inbox_seen where ticket_id = ? and outcome = 'TICKET'"
					+ " order by id limit 1")
			.param(ticketId)
			.query(String.class)
			.optional();
	}

}
