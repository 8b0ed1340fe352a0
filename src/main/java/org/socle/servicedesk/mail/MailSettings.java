package org.socle.servicedesk.mail;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The service desk's mail settings ({@code socle.mail.*} in application.properties): our
 * sender address, the address of the pages that mails link to, and the outbox's retry
 * policy.
 */
@Component
public class MailSettings {

	/** The name the mail jobs act as, on the timeline and in audit columns. */
	public static final String ACTOR = "mail";

	private final String from;

	private final String baseUrl;

	private final int maxAttempts;

	private final Duration retryDelay;

	private final int reopenDays;

	MailSettings(@Value("${socle.mail.from:servicedesk@socle.local}") String from,
			@Value("${socle.mail.base-url:http://localhost:8080}") String baseUrl,
			@Value("${socle.mail.max-attempts:8}") int maxAttempts,
			@Value("${socle.mail.retry-delay:PT1M}") Duration retryDelay,
			@Value("${socle.servicedesk.reopen-days:7}") int reopenDays) {
		this.from = from.strip();
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.maxAttempts = maxAttempts;
		this.retryDelay = retryDelay;
		this.reopenDays = reopenDays;
	}

	public String from() {
		return this.from;
	}

	/** The domain of our Message-IDs: the sender address's. */
	public String domain() {
		int at = this.from.lastIndexOf('@');
		return (at < 0) ? "socle.local" : this.from.substring(at + 1).toLowerCase(Locale.ROOT);
	}

	public String ticketLink(Long ticketId) {
		return this.baseUrl + "/servicedesk/tickets/" + ticketId;
	}

	/** The address of one of our pages, e.g. {@code /satisfaction/abc}. */
	public String pageLink(String path) {
		return this.baseUrl + (path.startsWith("/") ? path : "/" + path);
	}

	public int maxAttempts() {
		return this.maxAttempts;
	}

	/**
	 * How long to wait after the n-th failed attempt: the delay, doubled at each attempt,
	 * at most six hours.
	 */
	public Duration backOff(int attempts) {
		Duration delay = this.retryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
		return (delay.compareTo(Duration.ofHours(6)) > 0) ? Duration.ofHours(6) : delay;
	}

	public int reopenDays() {
		return this.reopenDays;
	}

}
