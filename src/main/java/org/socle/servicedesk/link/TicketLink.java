package org.socle.servicedesk.link;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A typed link between two tickets, stored one way only ({@link LinkKind#stored()}): read
 * from the other end it is the inverse kind.
 */
@Entity
@Table(name = "sd_ticket_link")
class TicketLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long fromTicketId;

	private Long toTicketId;

	@Enumerated(EnumType.STRING)
	private LinkKind kind;

	private Instant createdAt;

	private String createdBy;

	protected TicketLink() {
	}

	TicketLink(Long fromTicketId, Long toTicketId, LinkKind kind, Instant createdAt, String createdBy) {
		this.fromTicketId = fromTicketId;
		this.toTicketId = toTicketId;
		this.kind = kind;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	/** The other ticket, seen from {@code ticketId}. */
	Long otherThan(Long ticketId) {
		return ticketId.equals(this.fromTicketId) ? this.toTicketId : this.fromTicketId;
	}

	/** The kind as read from {@code ticketId}'s side. */
	LinkKind seenFrom(Long ticketId) {
		return ticketId.equals(this.fromTicketId) ? this.kind : this.kind.inverse();
	}

	Long getId() {
		return this.id;
	}

	Long getFromTicketId() {
		return this.fromTicketId;
	}

	Long getToTicketId() {
		return this.toTicketId;
	}

	LinkKind getKind() {
		return this.kind;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

}
