package org.socle.servicedesk.mail.outbox;

/** A mail's subject and text, in the recipient's language. */
record ComposedMail(String subject, String body) {
}
