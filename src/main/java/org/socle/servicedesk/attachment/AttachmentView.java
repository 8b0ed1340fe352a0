package org.socle.servicedesk.attachment;

import java.time.Instant;

/** An attachment as the API shows it; its bytes are at {@code content}. */
record AttachmentView(Long id, Long ticketId, Long commentId, String filename, String contentType, long size,
		String sha256, boolean internal, Long uploadedById, String uploadedByName, Instant createdAt, String content) {

	static AttachmentView of(Attachment a) {
		return new AttachmentView(a.getId(), a.getTicketId(), a.getCommentId(), a.getFilename(), a.getContentType(),
				a.getSize(), a.getSha256(), a.isInternal(), a.getUploadedById(), a.getUploadedByName(),
				a.getCreatedAt(), "/api/v1/tickets/" + a.getTicketId() + "/attachments/" + a.getId() + "/content");
	}

}
