package org.socle.servicedesk.satisfaction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.PersonRef;
import org.socle.servicedesk.mail.outbox.MailQueue;
import org.socle.servicedesk.ticket.Ticket;

import org.springframework.stereotype.Component;

/**
 * Tells each lead of the ticket's team (a member with the lead role) of a low rating, by
 * mail. A team without a lead gets nothing (logged).
 */
@Component
class LowRatingAlert {

	static final String TEMPLATE = "satisfaction-low";

	private static final Logger log = LoggerFactory.getLogger(LowRatingAlert.class);

	private final DirectoryApi directory;

	private final MailQueue mails;

	LowRatingAlert(DirectoryApi directory, MailQueue mails) {
		this.directory = directory;
		this.mails = mails;
	}

	void tellLeads(Ticket ticket, int rating, String comment) {
		List<PersonRef> leads = this.directory.teamLeads(ticket.getTeamId());
		if (leads.isEmpty()) {
			log.info("Ticket {}: low rating {}, team {} has no lead to tell", ticket.getId(), rating,
					ticket.getTeamId());
			return;
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("rating", rating);
		variables.put("comment", comment);
		leads.forEach(lead -> this.mails.toPerson(TEMPLATE, ticket, lead.id(), variables));
	}

}
