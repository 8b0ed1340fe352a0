package org.socle.servicedesk.satisfaction;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Satisfaction rows written straight in the tables (invitations with a known token, staff
 * survey campaigns), for tests and for the authorization matrix, whose requests need a
 * fresh row each.
 */
public final class SatisfactionRows {

	private final JdbcClient jdbc;

	public SatisfactionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An invitation of the ticket (with its own resolution line), counted for the team
	 * and establishment, sent at the instant and valid 14 days; answered with the rating
	 * unless null.
	 * @return the link's token
	 */
	public String invitation(Long ticketId, Long teamId, Long establishmentId, Instant invitedAt, Integer rating) {
		Long event = this.jdbc.sql("""
				insert into sd_ticket_event (ticket_id, kind, actor_name, at, from_value, to_value)
				values (?, 'STATUS_CHANGED', 'test', ?, 'IN_PROGRESS', 'RESOLVED') returning id""")
			.params(ticketId, Timestamp.from(invitedAt))
			.query(Long.class)
			.single();
		String token = SurveyTokens.newToken();
		this.jdbc.sql("""
				insert into sd_satisfaction_invitation (ticket_id, resolution_event_id, team_id, establishment_id,
				    token_digest, invited_at, expires_at, answered_at, rating, created_at, created_by,
				    last_modified_at, last_modified_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'test', now(), 'test')""")
			.params(ticketId, event, teamId, establishmentId, SurveyTokens.digest(token), Timestamp.from(invitedAt),
					Timestamp.from(invitedAt.plus(Duration.ofDays(14))),
					(rating != null) ? Timestamp.from(invitedAt.plusSeconds(60)) : null, rating)
			.update();
		return token;
	}

	/** A staff survey of the establishment, open from one date to the other. */
	public Long campaign(Long establishmentId, LocalDate opensOn, LocalDate closesOn) {
		Long id = this.jdbc.sql("""
				insert into sd_survey_campaign (title, question, opens_on, closes_on, created_at, created_by,
				    last_modified_at, last_modified_by)
				values (?, 'Note globale ?', ?, ?, now(), 'test', now(), 'test') returning id""")
			.params("Enquête " + System.nanoTime(), Date.valueOf(opensOn), Date.valueOf(closesOn))
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into sd_survey_audience (campaign_id, establishment_id) values (?, ?)")
			.params(id, establishmentId)
			.update();
		return id;
	}

	/**
	 * The request goes to the path ("{token}") of a new, open invitation of the ticket.
	 */
	public static RequestPostProcessor onFreshInvitation(Long ticketId, Long teamId, Long establishmentId,
			String path) {
		return onFresh(path, "{token}",
				rows -> rows.invitation(ticketId, teamId, establishmentId, Instant.now(), null));
	}

	/**
	 * The request goes to the path ("{id}") of a new staff survey of the establishment,
	 * open today.
	 */
	public static RequestPostProcessor onFreshCampaign(Long establishmentId, String path) {
		return onFresh(path, "{id}", rows -> String
			.valueOf(rows.campaign(establishmentId, LocalDate.now().minusDays(1), LocalDate.now().plusDays(1))));
	}

	private static RequestPostProcessor onFresh(String path, String placeholder,
			Function<SatisfactionRows, String> create) {
		return request -> {
			JdbcClient jdbc = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
				.getBean(JdbcClient.class);
			String uri = path.replace(placeholder, create.apply(new SatisfactionRows(jdbc)));
			request.setRequestURI(uri);
			request.setPathInfo(uri);
			return request;
		};
	}

}
