package org.socle.servicedesk.mail;

/**
 * Where the files attached to an incoming mail go: the attachments feature implements it.
 * A file the attachment rules refuse (size, type) is not kept and the ticket says so; the
 * mail's text is kept all the same.
 */
public interface MailAttachmentSink {

	/**
	 * Keeps one file of a mail that became a ticket or a comment.
	 * @param ticketId the ticket
	 * @param commentId the comment the mail became, or null when it opened the ticket
	 * @param senderId the sender's person id, or null for an address unknown to the
	 * directory
	 * @param senderName the sender as the ticket shows them
	 */
	void keep(Long ticketId, Long commentId, Long senderId, String senderName, String filename, String contentType,
			byte[] content);

}
