package org.socle.servicedesk.attachment;

import java.io.ByteArrayInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.servicedesk.mail.MailAttachmentSink;
import org.socle.servicedesk.ticket.TicketActivity;
import org.socle.servicedesk.ticket.TicketRepository;
import org.socle.shared.i18n.MessagesConfiguration;
import org.socle.shared.web.FieldRuleException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Keeps the files of a received mail as the ticket's attachments, under the same size and
 * type rules as an upload. A refused file is not kept: an internal note on the ticket
 * names it and the rule, so the team can ask for it another way; the mail's text stays.
 */
@Component
class MailAttachments implements MailAttachmentSink {

	private static final Logger log = LoggerFactory.getLogger(MailAttachments.class);

	private final AttachmentService attachments;

	private final TicketRepository tickets;

	private final TicketActivity activity;

	private final MessageSource messages;

	MailAttachments(AttachmentService attachments, TicketRepository tickets, TicketActivity activity,
			MessageSource messages) {
		this.attachments = attachments;
		this.tickets = tickets;
		this.activity = activity;
		this.messages = messages;
	}

	@Override
	public void keep(Long ticketId, Long commentId, Long senderId, String senderName, String filename,
			String contentType, byte[] content) {
		try {
			this.attachments.attachFromMail(ticketId, commentId, filename, new ByteArrayInputStream(content), senderId,
					senderName);
		}
		catch (FieldRuleException refused) {
			log.info("Ticket {}: attachment {} of a mail refused ({})", ticketId, filename, refused.getRule());
			String rule = this.messages.getMessage(refused.messageKey(), refused.getArguments(),
					MessagesConfiguration.DEFAULT_LOCALE);
			String note = this.messages.getMessage("servicedesk.attachments.mailRefused",
					new Object[] { filename, rule }, MessagesConfiguration.DEFAULT_LOCALE);
			String author = this.messages.getMessage("servicedesk.attachments.mailIntake", null,
					MessagesConfiguration.DEFAULT_LOCALE);
			this.activity.commentFromMail(this.tickets.findById(ticketId).orElseThrow(), null, author, note, true);
		}
	}

}
