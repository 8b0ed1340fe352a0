package org.socle.servicedesk.mail.outbox;

/**
 * The threading headers of one mail: its own Message-ID, and the ones it answers so that
 * mail clients show a ticket's mails as one conversation.
 */
record MailThread(String messageId, String inReplyTo, String references) {
}
