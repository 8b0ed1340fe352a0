package org.socle.servicedesk.mail.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.servicedesk.mail.MailAttachmentSink;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hands the files of a received mail to the attachments feature
 * ({@link MailAttachmentSink}), when it is there; until then they are dropped, and the
 * log says so.
 */
@Component
class IncomingAttachments {

	private static final Logger log = LoggerFactory.getLogger(IncomingAttachments.class);

	private final ObjectProvider<MailAttachmentSink> sink;

	IncomingAttachments(ObjectProvider<MailAttachmentSink> sink) {
		this.sink = sink;
	}

	void keep(Long ticketId, Long commentId, Long senderId, String senderName, InboundMessage mail) {
		if (mail.attachments().isEmpty()) {
			return;
		}
		MailAttachmentSink target = this.sink.getIfAvailable();
		if (target == null) {
			log.warn("Ticket {}: {} attachment(s) of mail {} dropped: no attachment store", ticketId,
					mail.attachments().size(), mail.messageId());
			return;
		}
		mail.attachments()
			.forEach(a -> target.keep(ticketId, commentId, senderId, senderName, a.filename(), a.contentType(),
					a.content()));
	}

}
