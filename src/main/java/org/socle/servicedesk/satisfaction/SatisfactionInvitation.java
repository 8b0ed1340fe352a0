package org.socle.servicedesk.satisfaction;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.socle.shared.audit.AuditedEntity;

/**
 * The survey sent to a ticket's requester after one resolution: the digest of its link's
 * token, until when it may be answered, and the answer (once).
 */
@Entity
@Table(name = "sd_satisfaction_invitation")
class SatisfactionInvitation extends AuditedEntity {

	/** Where an invitation stands, seen at some instant. */
	enum State {

		OPEN, ANSWERED, EXPIRED

	}

	private Long ticketId;

	private Long resolutionEventId;

	private Long teamId;

	private Long establishmentId;

	private String tokenDigest;

	private Instant invitedAt;

	private Instant expiresAt;

	private Instant answeredAt;

	private Integer rating;

	@Column(columnDefinition = "text")
	private String comment;

	protected SatisfactionInvitation() {
	}

	SatisfactionInvitation(Long ticketId, Long resolutionEventId, Long teamId, Long establishmentId, String tokenDigest,
			Instant invitedAt, Instant expiresAt) {
		this.ticketId = ticketId;
		this.resolutionEventId = resolutionEventId;
		this.teamId = teamId;
		this.establishmentId = establishmentId;
		this.tokenDigest = tokenDigest;
		this.invitedAt = invitedAt;
		this.expiresAt = expiresAt;
	}

	State stateAt(Instant now) {
		if (this.answeredAt != null) {
			return State.ANSWERED;
		}
		return now.isBefore(this.expiresAt) ? State.OPEN : State.EXPIRED;
	}

	void answer(int rating, String comment, Instant now) {
		this.rating = rating;
		this.comment = comment;
		this.answeredAt = now;
	}

	Long getTicketId() {
		return this.ticketId;
	}

	Long getTeamId() {
		return this.teamId;
	}

	Instant getInvitedAt() {
		return this.invitedAt;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	Instant getAnsweredAt() {
		return this.answeredAt;
	}

	Integer getRating() {
		return this.rating;
	}

	String getComment() {
		return this.comment;
	}

}
