package org.socle.servicedesk.attachment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a ticket (optionally to one of its comments). Written once; only a
 * removal marks it later. Its bytes are in the {@link AttachmentStore} under
 * {@link #getStorageKey()} until it is removed.
 */
@Entity
@Table(name = "sd_attachment")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	private Long commentId;

	private String filename;

	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	private String storageKey;

	private boolean internal;

	private Long uploadedById;

	private String uploadedByName;

	private Instant createdAt;

	private Instant removedAt;

	private String removedByName;

	private String removalReason;

	protected Attachment() {
	}

	Attachment(Long ticketId, Long commentId, boolean internal, StoredFile file, Long uploadedById,
			String uploadedByName, Instant createdAt) {
		this.ticketId = ticketId;
		this.commentId = commentId;
		this.internal = internal;
		this.filename = file.filename();
		this.contentType = file.contentType();
		this.size = file.size();
		this.sha256 = file.sha256();
		this.storageKey = file.storageKey();
		this.uploadedById = uploadedById;
		this.uploadedByName = uploadedByName;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getTicketId() {
		return this.ticketId;
	}

	public Long getCommentId() {
		return this.commentId;
	}

	/** The name the file had on the uploader's side, cleaned of any path. */
	public String getFilename() {
		return this.filename;
	}

	/** The type found in the file's bytes (not the one the client claimed). */
	public String getContentType() {
		return this.contentType;
	}

	public long getSize() {
		return this.size;
	}

	public String getSha256() {
		return this.sha256;
	}

	String getStorageKey() {
		return this.storageKey;
	}

	/** Whether it belongs to an internal note (agents only). */
	public boolean isInternal() {
		return this.internal;
	}

	public Long getUploadedById() {
		return this.uploadedById;
	}

	public String getUploadedByName() {
		return this.uploadedByName;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

	/**
	 * Takes the file off the ticket: the row stays (who attached what, who removed it and
	 * why), the bytes go.
	 */
	void remove(Instant at, String by, String reason) {
		this.removedAt = at;
		this.removedByName = by;
		this.removalReason = reason;
	}

	public boolean isRemoved() {
		return this.removedAt != null;
	}

	public Instant getRemovedAt() {
		return this.removedAt;
	}

	public String getRemovedByName() {
		return this.removedByName;
	}

	public String getRemovalReason() {
		return this.removalReason;
	}

}
