package org.socle.servicedesk.mail.inbox;

import java.time.Clock;

import org.socle.servicedesk.mail.inbox.InboundMail.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Message-IDs already read (table {@code sd_mail_inbox_seen}), with what each became.
 * A mail is claimed in the transaction that processes it: read twice, or by two nodes at
 * once, it is processed once (the second claim waits for the first and finds the row).
 */
@Component
class SeenMessages {

	private final JdbcClient jdbc;

	private final Clock clock;

	SeenMessages(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether this is the first time the mail is read. */
	boolean claim(Long mailboxId, InboundMessage mail) {
		return this.jdbc
			.sql("insert into sd_mail_inbox_seen (mailbox_id, message_id, outcome, sender, received_at)"
					+ " values (?, ?, 'DROPPED', ?, ?) on conflict (message_id) do nothing")
			.params(mailboxId, mail.messageId(), mail.sender(), java.sql.Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	Outcome outcome(InboundMessage mail, Outcome outcome, Long ticketId) {
		this.jdbc.sql("update sd_mail_inbox_seen set outcome = ?, ticket_id = ? where message_id = ?")
			.params(outcome.name(), ticketId, mail.messageId())
			.update();
		return outcome;
	}

}
