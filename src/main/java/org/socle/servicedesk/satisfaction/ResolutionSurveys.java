package org.socle.servicedesk.satisfaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.servicedesk.mail.MailSettings;
import org.socle.servicedesk.mail.outbox.MailQueue;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketEvent;
import org.socle.servicedesk.ticket.TicketEventRecorded;
import org.socle.servicedesk.ticket.TicketStatus;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a ticket is resolved, invites its requester to rate it: one invitation per
 * resolution (a ticket reopened and resolved again is asked again), sent by mail in the
 * resolution's own transaction. No address, no invitation: nobody could receive the link
 * (a requester without an e-mail address is not asked).
 */
@Component
class ResolutionSurveys {

	static final String TEMPLATE = "satisfaction";

	private static final Logger log = LoggerFactory.getLogger(ResolutionSurveys.class);

	private final SatisfactionInvitationRepository invitations;

	private final MailQueue mails;

	private final MailSettings mailSettings;

	private final SatisfactionSettings settings;

	private final Clock clock;

	ResolutionSurveys(SatisfactionInvitationRepository invitations, MailQueue mails, MailSettings mailSettings,
			SatisfactionSettings settings, Clock clock) {
		this.invitations = invitations;
		this.mails = mails;
		this.mailSettings = mailSettings;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	void on(TicketEventRecorded recorded) {
		TicketEvent event = recorded.event();
		if (recorded.kind() == TicketEvent.Kind.STATUS_CHANGED
				&& TicketStatus.RESOLVED.name().equals(event.getToValue())
				&& !this.invitations.existsByResolutionEventId(event.getId())) {
			invite(recorded.ticket(), event);
		}
	}

	private void invite(Ticket ticket, TicketEvent resolution) {
		String token = SurveyTokens.newToken();
		Instant now = this.clock.instant();
		Map<String, Object> variables = Map.of("surveyLink", this.mailSettings.pageLink("/satisfaction/" + token),
				"validDays", this.settings.validDays());
		int sent = this.mails.toRequesters(TEMPLATE, ticket, variables);
		if (sent == 0) {
			log.debug("Ticket {}: resolved, no requester address to ask for a rating", ticket.getId());
			return;
		}
		this.invitations.save(new SatisfactionInvitation(ticket.getId(), resolution.getId(), ticket.getTeamId(),
				ticket.getEstablishmentId(), SurveyTokens.digest(token), now,
				now.plus(Duration.ofDays(this.settings.validDays()))));
		log.debug("Ticket {}: satisfaction survey sent to {} recipient(s)", ticket.getId(), sent);
	}

}
