package org.socle.servicedesk.mail.outbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.servicedesk.mail.MailSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due mails, one transaction each: the row is claimed ("for update
 * skip locked"), sent, and marked sent before the commit, so two nodes never send the
 * same row. A failure counts an attempt and retries later (doubling delays), and gives up
 * after {@code socle.mail.max-attempts}. A mail server that cannot be reached ends the
 * run: the rows wait, nothing is lost. Without {@code spring.mail.host} there is no
 * sender and the job does nothing (mails keep queueing).
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	/** At most this many mails a run, so a run ends and releases its lock. */
	private static final int BATCH = 200;

	private final OutboxRepository mails;

	private final ObjectProvider<JavaMailSender> senders;

	private final TransactionTemplate transactions;

	private final MailSettings settings;

	private final Clock clock;

	OutboxSender(OutboxRepository mails, ObjectProvider<JavaMailSender> senders, TransactionTemplate transactions,
			MailSettings settings, Clock clock) {
		this.mails = mails;
		this.senders = senders;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${socle.mail.send-every:PT30S}", initialDelayString = "PT20S")
	@SchedulerLock(name = "servicedesk-mail-outbox", lockAtMostFor = "PT10M")
	public void run() {
		sendDue(this.clock.instant());
	}

	/**
	 * Sends the mails due at {@code now}.
	 * @return how many were sent
	 */
	public int sendDue(Instant now) {
		JavaMailSender sender = this.senders.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		for (int i = 0; i < BATCH; i++) {
			Attempt attempt = this.transactions.execute(status -> sendNext(sender, now));
			if (attempt == Attempt.NONE_DUE || attempt == Attempt.SERVER_UNREACHABLE) {
				break;
			}
			sent += (attempt == Attempt.SENT) ? 1 : 0;
		}
		return sent;
	}

	private Attempt sendNext(JavaMailSender sender, Instant now) {
		OutboxMail mail = this.mails.claimNextDue(now).orElse(null);
		if (mail == null) {
			return Attempt.NONE_DUE;
		}
		try {
			sender.send(toMime(sender, mail));
			mail.sent(this.clock.instant());
			return Attempt.SENT;
		}
		catch (MailException | MessagingException ex) {
			Instant retry = this.clock.instant().plus(this.settings.backOff(mail.getAttempts() + 1));
			mail.failed(NestedExceptionUtils.getMostSpecificCause(ex).toString(), retry, this.settings.maxAttempts());
			log.warn("Outbox mail {} (ticket {}) not sent, attempt {}: {}", mail.getId(), mail.getTicketId(),
					mail.getAttempts(), ex.getMessage());
			return unreachable(ex) ? Attempt.SERVER_UNREACHABLE : Attempt.FAILED;
		}
	}

	private MimeMessage toMime(JavaMailSender sender, OutboxMail mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(this.settings.from());
		helper.setTo(mail.getRecipient());
		helper.setSubject(mail.getSubject());
		helper.setText(mail.getBodyText(), false);
		// Kept by JavaMailSenderImpl when set before sending.
		message.setHeader("Message-ID", mail.getMessageId());
		if (mail.getInReplyTo() != null) {
			message.setHeader("In-Reply-To", mail.getInReplyTo());
		}
		if (mail.getReferences() != null) {
			message.setHeader("References", mail.getReferences());
		}
		// Auto-responders must not answer, and our own intake recognises its mail.
		message.setHeader("Auto-Submitted", "auto-generated");
		if (mail.getTicketId() != null) {
			message.setHeader(MailHeaders.OURS, String.valueOf(mail.getTicketId()));
		}
		return message;
	}

	/**
	 * Whether the server could not be reached (an I/O failure somewhere in the chain), as
	 * opposed to this one mail being refused.
	 */
	private static boolean unreachable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

	private enum Attempt {

		SENT, FAILED, SERVER_UNREACHABLE, NONE_DUE

	}

}
