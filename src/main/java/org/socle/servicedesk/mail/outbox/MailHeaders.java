package org.socle.servicedesk.mail.outbox;

/** Headers our outgoing mails carry. */
public final class MailHeaders {

	/**
	 * The ticket id a mail of ours is about: our own intake drops mail that carries it (a
	 * loop through a team mailbox or an auto-forward).
	 */
	public static final String OURS = "X-Socle-Ticket";

	private MailHeaders() {
	}

}
