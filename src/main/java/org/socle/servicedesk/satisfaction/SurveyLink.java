package org.socle.servicedesk.satisfaction;

import java.time.Instant;

/**
 * What the page behind a survey link shows: whether it can still be answered, and of
 * which ticket (number and title only: the requester knows them already).
 */
public record SurveyLink(SatisfactionInvitation.State state, String ticketNumber, String ticketTitle, Instant expiresAt,
		Integer rating) {

	public boolean open() {
		return this.state == SatisfactionInvitation.State.OPEN;
	}

	public boolean answered() {
		return this.state == SatisfactionInvitation.State.ANSWERED;
	}

	public boolean expired() {
		return this.state == SatisfactionInvitation.State.EXPIRED;
	}

}
