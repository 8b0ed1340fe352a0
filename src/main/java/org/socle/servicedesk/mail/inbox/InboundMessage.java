package org.socle.servicedesk.mail.inbox;

import java.util.List;
import java.util.Map;

/**
 * What the intake needs of a received mail.
 *
 * @param messageId its Message-ID (made from its content when it has none)
 * @param sender the From address, lower case
 * @param threadIds the Message-IDs it answers: In-Reply-To, then every References id
 * @param headers the headers that tell auto-replies and loops, names in lower case
 */
record InboundMessage(String messageId, String sender, String senderName, String subject, String text,
		List<String> threadIds, Map<String, String> headers, List<Attachment> attachments) {

	/** A file attached to the mail. */
	record Attachment(String filename, String contentType, byte[] content) {
	}

	String header(String name) {
		return this.headers.get(name);
	}

}
