package org.socle.servicedesk.satisfaction;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.socle.servicedesk.ticket.Ticket;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a ticket's surveys say: each invitation (one per resolution), the latest first,
 * with its answer if any. The caller has checked that the account sees the ticket.
 */
@Component
class TicketSatisfaction {

	private final SatisfactionInvitationRepository invitations;

	private final Clock clock;

	TicketSatisfaction(SatisfactionInvitationRepository invitations, Clock clock) {
		this.invitations = invitations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<View> of(Ticket ticket) {
		Instant now = this.clock.instant();
		return this.invitations.findByTicketIdOrderByInvitedAtDescIdDesc(ticket.getId())
			.stream()
			.map(i -> new View(i.stateAt(now).name(), i.getInvitedAt(), i.getExpiresAt(), i.getAnsweredAt(),
					i.getRating(), i.getComment()))
			.toList();
	}

	/**
	 * One survey of a ticket.
	 *
	 * @param state OPEN (waiting for an answer), ANSWERED or EXPIRED
	 * @param rating 0 to 10, once answered
	 */
	public record View(String state, Instant invitedAt, Instant expiresAt, Instant answeredAt, Integer rating,
			String comment) {

		public boolean answered() {
			return this.rating != null;
		}

	}

}
