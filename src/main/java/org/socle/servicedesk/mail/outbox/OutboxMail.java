package org.socle.servicedesk.mail.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A mail waiting to be sent, sent, or given up after too many failed attempts. Written in
 * the transaction of the ticket change it tells about.
 */
@Entity
@Table(name = "sd_mail_outbox")
class OutboxMail {

	/** Where a mail stands. */
	enum Status {

		QUEUED, SENT, FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	private String recipient;

	private String locale;

	private String subject;

	@Column(columnDefinition = "text")
	private String bodyText;

	private String messageId;

	private String inReplyTo;

	@Column(name = "mail_references")
	private String references;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	protected OutboxMail() {
	}

	OutboxMail(Long ticketId, String recipient, String locale, ComposedMail mail, MailThread thread, Instant now) {
		this.ticketId = ticketId;
		this.recipient = recipient;
		this.locale = locale;
		this.subject = mail.subject();
		this.bodyText = mail.body();
		this.messageId = thread.messageId();
		this.inReplyTo = thread.inReplyTo();
		this.references = thread.references();
		this.status = Status.QUEUED;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	void sent(Instant at) {
		this.status = Status.SENT;
		this.attempts++;
		this.sentAt = at;
		this.lastError = null;
	}

	/** A failed attempt: retried at {@code retryAt}, or given up after the last one. */
	void failed(String error, Instant retryAt, int maxAttempts) {
		this.attempts++;
		this.lastError = (error == null) ? null : error.substring(0, Math.min(error.length(), 1000));
		this.nextAttemptAt = retryAt;
		if (this.attempts >= maxAttempts) {
			this.status = Status.FAILED;
		}
	}

	Long getId() {
		return this.id;
	}

	Long getTicketId() {
		return this.ticketId;
	}

	String getRecipient() {
		return this.recipient;
	}

	String getLocale() {
		return this.locale;
	}

	String getSubject() {
		return this.subject;
	}

	String getBodyText() {
		return this.bodyText;
	}

	String getMessageId() {
		return this.messageId;
	}

	String getInReplyTo() {
		return this.inReplyTo;
	}

	String getReferences() {
		return this.references;
	}

	Status getStatus() {
		return this.status;
	}

	int getAttempts() {
		return this.attempts;
	}

	Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	String getLastError() {
		return this.lastError;
	}

	Instant getSentAt() {
		return this.sentAt;
	}

}
