package org.socle.servicedesk.satisfaction;

import java.time.Clock;
import java.time.Instant;

import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketEvent;
import org.socle.servicedesk.ticket.TicketRepository;
import org.socle.servicedesk.ticket.Timeline;
import org.socle.shared.web.FieldRuleException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers through a survey link, signed in or not: the token is the credential. A link
 * answers once, before it expires; the answer goes on the ticket's timeline, and a low
 * rating alerts the team's leads.
 */
@Service
class SatisfactionAnswers {

	static final int MAX_COMMENT = 2000;

	private final SatisfactionInvitationRepository invitations;

	private final TicketRepository tickets;

	private final Timeline timeline;

	private final LowRatingAlert alert;

	private final SatisfactionSettings settings;

	private final Clock clock;

	SatisfactionAnswers(SatisfactionInvitationRepository invitations, TicketRepository tickets, Timeline timeline,
			LowRatingAlert alert, SatisfactionSettings settings, Clock clock) {
		this.invitations = invitations;
		this.tickets = tickets;
		this.timeline = timeline;
		this.alert = alert;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @throws UnknownSurveyLinkException when no invitation has this token
	 */
	@Transactional(readOnly = true)
	SurveyLink link(String token) {
		SatisfactionInvitation invitation = find(token);
		Ticket ticket = this.tickets.findById(invitation.getTicketId()).orElseThrow();
		return new SurveyLink(invitation.stateAt(this.clock.instant()), ticket.getNumber(), ticket.getTitle(),
				invitation.getExpiresAt(), invitation.getRating());
	}

	/**
	 * Records the answer if the link is still open.
	 * @return the link's state before the answer: {@code OPEN} when this answer was
	 * recorded, otherwise why it was not
	 * @throws UnknownSurveyLinkException when no invitation has this token
	 * @throws FieldRuleException for a rating outside 0-10 or a comment too long
	 */
	@Transactional
	SatisfactionInvitation.State answer(String token, Integer rating, String comment) {
		SatisfactionInvitation invitation = find(token);
		Instant now = this.clock.instant();
		SatisfactionInvitation.State state = invitation.stateAt(now);
		if (state != SatisfactionInvitation.State.OPEN) {
			return state;
		}
		if (rating == null) {
			throw FieldRuleException.invalid("rating", "NotBlank");
		}
		if (rating < 0 || rating > SatisfactionSettings.MAX_RATING) {
			throw FieldRuleException.invalid("rating", "RatingRange", 0, SatisfactionSettings.MAX_RATING);
		}
		String text = (comment == null || comment.isBlank()) ? null : comment.strip();
		if (text != null && text.length() > MAX_COMMENT) {
			throw FieldRuleException.invalid("comment", "Size", 0, MAX_COMMENT);
		}
		invitation.answer(rating, text, now);
		this.invitations.saveAndFlush(invitation);
		Ticket ticket = this.tickets.findById(invitation.getTicketId()).orElseThrow();
		this.timeline.record(ticket, TicketEvent.Kind.SATISFACTION_RATED, null, rating, null);
		if (this.settings.isLow(rating)) {
			this.alert.tellLeads(ticket, rating, text);
		}
		return state;
	}

	private SatisfactionInvitation find(String token) {
		if (!SurveyTokens.wellFormed(token)) {
			throw new UnknownSurveyLinkException();
		}
		return this.invitations.findByTokenDigest(SurveyTokens.digest(token))
			.orElseThrow(UnknownSurveyLinkException::new);
	}

}
