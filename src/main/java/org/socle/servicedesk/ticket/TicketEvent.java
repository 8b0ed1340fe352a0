package org.socle.servicedesk.ticket;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a ticket's timeline; written once, never changed. */
@Entity
@Table(name = "sd_ticket_event")
public class TicketEvent {

	/** What happened. */
	public enum Kind {

		CREATED, STATUS_CHANGED, REOPENED, ASSIGNED, TRANSFERRED, PRIORITY_CHANGED, COMMENTED, TIME_LOGGED, TAGGED,
		UNTAGGED, LINKED, UNLINKED, CATEGORY_CHANGED, ATTACHED, SATISFACTION_RATED,
		/**
		 * A file taken off the ticket (a photo showing a patient...): its name and why.
		 */
		ATTACHMENT_REMOVED,
		/** Filed under another catalogue service (or none): the clocks are recomputed. */
		SERVICE_CHANGED,
		/** Service level clocks recomputed (priority, service or team changed). */
		SLA_RECALCULATED,
		/** A service level clock at risk or breached: who was warned. */
		SLA_ESCALATED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private Long actorId;

	private String actorName;

	private Instant at;

	private String fromValue;

	private String toValue;

	private String detail;

	private Long commentId;

	private boolean internal;

	protected TicketEvent() {
	}

	TicketEvent(Long ticketId, Kind kind, Long actorId, String actorName, Instant at, Object fromValue, Object toValue,
			String detail) {
		this.ticketId = ticketId;
		this.kind = kind;
		this.actorId = actorId;
		this.actorName = actorName;
		this.at = at;
		this.fromValue = (fromValue != null) ? fromValue.toString() : null;
		this.toValue = (toValue != null) ? toValue.toString() : null;
		this.detail = detail;
	}

	TicketEvent aboutComment(TicketComment comment) {
		this.commentId = comment.getId();
		this.internal = comment.isInternal();
		return this;
	}

	/** Shown to agents only (a line about an internal note or its attachment). */
	TicketEvent internal(boolean internal) {
		this.internal = internal;
		return this;
	}

	public Long getId() {
		return this.id;
	}

	public Long getTicketId() {
		return this.ticketId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public String getActorName() {
		return this.actorName;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getFromValue() {
		return this.fromValue;
	}

	public String getToValue() {
		return this.toValue;
	}

	public String getDetail() {
		return this.detail;
	}

	public Long getCommentId() {
		return this.commentId;
	}

	public boolean isInternal() {
		return this.internal;
	}

}
