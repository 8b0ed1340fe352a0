package org.socle.servicedesk.mail.inbox;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells the mails that must open nothing: auto-replies (RFC 3834 Auto-Submitted,
 * Microsoft and other vendors' headers, "out of office" subjects), bulk and list mail,
 * bounces, and our own mail coming back (a loop).
 */
final class AutoReplyFilter {

	private static final Pattern AUTO_SUBJECT = Pattern
		.compile("^(auto(matic)?[ -]?(reply|response)|out of (the )?office|r[ée]ponse automatique|absen(ce|t)|"
				+ "message d.absence|undeliverable|delivery status notification|non remis|"
				+ "mail delivery failed)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern SYSTEM_SENDER = Pattern
		.compile("^(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@.*", Pattern.CASE_INSENSITIVE);

	private AutoReplyFilter() {
	}

	/**
	 * Why the mail is dropped, or empty when it is a person's mail.
	 * @param ourAddress our sender address ({@code socle.mail.from})
	 */
	static Optional<String> dropReason(InboundMessage mail, String ourAddress) {
		String autoSubmitted = lower(mail.header("auto-submitted"));
		if (autoSubmitted != null && !autoSubmitted.startsWith("no")) {
			return Optional.of("Auto-Submitted: " + autoSubmitted);
		}
		if (mail.header("x-socle-ticket") != null) {
			return Optional.of("our own mail");
		}
		if (mail.sender().isEmpty() || mail.sender().equalsIgnoreCase(ourAddress)) {
			return Optional.of("from our own address");
		}
		if (mail.header("x-autoreply") != null || mail.header("x-autorespond") != null) {
			return Optional.of("X-Autoreply");
		}
		String precedence = lower(mail.header("precedence"));
		if (precedence != null && (precedence.contains("bulk") || precedence.contains("junk")
				|| precedence.contains("list") || precedence.contains("auto_reply"))) {
			return Optional.of("Precedence: " + precedence);
		}
		String suppress = lower(mail.header("x-auto-response-suppress"));
		if (suppress != null && (suppress.contains("all") || suppress.contains("oof"))) {
			return Optional.of("X-Auto-Response-Suppress: " + suppress);
		}
		if (mail.header("list-id") != null) {
			return Optional.of("mailing list");
		}
		if ("<>".equals(mail.header("return-path")) || SYSTEM_SENDER.matcher(mail.sender()).matches()) {
			return Optional.of("system sender");
		}
		if (AUTO_SUBJECT.matcher(mail.subject()).matches()) {
			return Optional.of("auto-reply subject");
		}
		return Optional.empty();
	}

	private static String lower(String value) {
		return (value == null) ? null : value.strip().toLowerCase(Locale.ROOT);
	}

}
