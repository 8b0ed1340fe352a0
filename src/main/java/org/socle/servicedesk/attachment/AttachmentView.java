package org.socle.servicedesk.attachment;

import java.time.Instant;

/**
 * An attachment as the API shows it; its bytes are at {@code content} (null once removed,
 * when {@code removedAt}, {@code removedByName} and {@code removalReason} say who took it
 * off and why).
 */
record AttachmentView(Long id, Long ticketId, Long commentId, String filename, String contentType, long size,
		String sha256, boolean internal, Long uploadedById, String uploadedByName, Instant createdAt, String content,
		Instant removedAt, String removedByName, String removalReason) {

	static AttachmentView of(Attachment a) {
		return new AttachmentView(a.getId(), a.getTicketId(), a.getCommentId(), a.getFilename(), a.getContentType(),
				a.getSize(), a.getSha256(), a.isInternal(), a.getUploadedById(), a.getUploadedByName(),
				a.getCreatedAt(),
				a.isRemoved() ? null : "/api/v1/tickets/" + a.getTicketId() + "/attachments/" + a.getId() + "/content",
				a.getRemovedAt(), a.getRemovedByName(), a.getRemovalReason());
	}

}
