package org.socle.servicedesk.mail.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.servicedesk.mail.SystemActor;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Polls every enabled team mailbox over IMAP (Angus Mail) and hands each unseen message
 * to {@link InboundMail}, as the "mail" actor. A message is flagged as seen only once its
 * transaction has committed; if the flag is lost (connection cut), the next run reads it
 * again and the Message-ID table makes that harmless. A message that fails stays unseen
 * and is retried at the next run.
 */
@Component
public class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	/** At most this many messages a mailbox and a run. */
	private static final int BATCH = 100;

	private static final int TIMEOUT_MS = 20_000;

	private final TeamMailboxRepository mailboxes;

	private final InboundMail inbound;

	private final JdbcClient jdbc;

	private final Clock clock;

	MailboxPoller(TeamMailboxRepository mailboxes, InboundMail inbound, JdbcClient jdbc, Clock clock) {
		this.mailboxes = mailboxes;
		this.inbound = inbound;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${socle.mail.poll-every:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "servicedesk-mail-mailboxes", lockAtMostFor = "PT15M")
	public void run() {
		pollAll();
	}

	/**
	 * Polls every enabled mailbox once.
	 * @return how many messages were read (whatever they became)
	 */
	public int pollAll() {
		int read = 0;
		for (TeamMailbox mailbox : this.mailboxes.findByEnabledTrueOrderById()) {
			read += poll(mailbox);
		}
		return read;
	}

	private int poll(TeamMailbox mailbox) {
		String error = null;
		int read = 0;
		try (Store store = connect(mailbox)) {
			Folder folder = store.getFolder(mailbox.getFolder());
			folder.open(Folder.READ_WRITE);
			try {
				Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
				for (int i = 0; i < unseen.length && i < BATCH; i++) {
					read += readOne(mailbox, (MimeMessage) unseen[i]) ? 1 : 0;
				}
			}
			finally {
				folder.close(false);
			}
		}
		catch (MessagingException | RuntimeException ex) {
			error = ex.toString();
			log.warn("Mailbox {} of team {} not polled: {}", mailbox.getId(), mailbox.getTeamId(), ex.toString());
		}
		recordPoll(mailbox.getId(), error);
		return read;
	}

	/** Processes one message (its own transaction), then flags it seen. */
	private boolean readOne(TeamMailbox mailbox, MimeMessage message) {
		try {
			InboundMessage mail = InboundParser.parse(message);
			SystemActor.run(() -> this.inbound.process(mailbox, mail));
			message.setFlag(Flags.Flag.SEEN, true);
			return true;
		}
		catch (Exception ex) {
			log.warn("Mailbox {}: a message could not be read, left unseen for the next run", mailbox.getId(), ex);
			return false;
		}
	}

	private Store connect(TeamMailbox mailbox) throws MessagingException {
		String protocol = mailbox.isSsl() ? "imaps" : "imap";
		Properties properties = new Properties();
		properties.put("mail.store.protocol", protocol);
		// Reading a message must not flag it seen: only a committed one is.
		properties.put("mail." + protocol + ".peek", "true");
		properties.put("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT_MS));
		properties.put("mail." + protocol + ".timeout", String.valueOf(TIMEOUT_MS));
		properties.put("mail." + protocol + ".writetimeout", String.valueOf(TIMEOUT_MS));
		Store store = Session.getInstance(properties).getStore(protocol);
		store.connect(mailbox.getImapHost(), mailbox.getImapPort(), mailbox.getUsername(), mailbox.getPassword());
		return store;
	}

	/**
	 * Bookkeeping, written without touching the version: a lead editing the mailbox
	 * meanwhile must not get a stale-version refusal.
	 */
	private void recordPoll(Long mailboxId, String error) {
		String shown = (error == null) ? null : error.substring(0, Math.min(error.length(), 1000));
		this.jdbc.sql("update sd_team_mailbox set last_polled_at = ?, last_error = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), shown, mailboxId)
			.update();
	}

}
