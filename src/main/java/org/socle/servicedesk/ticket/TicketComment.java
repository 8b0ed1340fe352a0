package org.socle.servicedesk.ticket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A public comment or an internal note (agents only) on a ticket. */
@Entity
@Table(name = "sd_comment")
public class TicketComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	private Long authorId;

	private String authorName;

	@Column(columnDefinition = "text")
	private String body;

	private boolean internal;

	private Instant createdAt;

	protected TicketComment() {
	}

	TicketComment(Long ticketId, Long authorId, String authorName, String body, boolean internal, Instant createdAt) {
		this.ticketId = ticketId;
		this.authorId = authorId;
		this.authorName = authorName;
		this.body = body;
		this.internal = internal;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getTicketId() {
		return this.ticketId;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public String getBody() {
		return this.body;
	}

	public boolean isInternal() {
		return this.internal;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
