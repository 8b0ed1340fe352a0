package org.socle.servicedesk.mail.outbox;

import java.util.Locale;

/**
 * Someone a mail goes to: a person of the directory ({@code personId}), or an address
 * alone (a team's mailbox, an unknown requester).
 */
record Recipient(String email, Locale locale, Long personId) {
}
