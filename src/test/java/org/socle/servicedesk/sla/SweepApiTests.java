package org.socle.servicedesk.sla;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operators' sweep through the API: it sweeps now, once, and only for group
 * administrators.
 */
@SocleIntegrationTest
class SweepApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	SlaWorld w;

	UserAccount groupAdmin;

	@BeforeEach
	void world() {
		this.w = new SlaWorld(this.mvc, this.fixtures, this.json);
		this.groupAdmin = this.fixtures.groupAccount(Role.ADMINISTRATOR, this.w.a);
	}

	/**
	 * A ticket of the team, assigned, whose resolution clock ran out a minute ago: its
	 * instants are moved back as if its working time had passed (the sweep through the
	 * API runs at the real now).
	 */
	private long ticketPastItsDueDate() throws Exception {
		this.w.agreement(false);
		long id = this.w.ticket().get("id").asLong();
		this.w.assign(id);
		this.jdbc.sql("""
				update sd_sla_clock set at_risk_at = now() - interval '2 minutes', due_at = now() - interval '1 minute'
				where ticket_id = ? and current and kind = 'RESOLUTION'""").param(id).update();
		return id;
	}

	private JsonNode sweepAs(UserAccount account) throws Exception {
		return this.w.read(this.w.as(account, post("/api/v1/sla/sweep")).andExpect(status().isOk()));
	}

	private List<String> escalations(long ticketId) {
		return this.jdbc.sql(
				"select level || ' ' || (processed_at is not null) from sd_sla_escalation where ticket_id = ? order by id")
			.param(ticketId)
			.query(String.class)
			.list();
	}

	private String slaState(long ticketId) {
		return this.jdbc.sql("select sla_state from sd_ticket where id = ?")
			.param(ticketId)
			.query(String.class)
			.single();
	}

	private long escalationLines(long ticketId) {
		return this.jdbc.sql("select count(*) from sd_ticket_event where ticket_id = ? and kind = 'SLA_ESCALATED'")
			.param(ticketId)
			.query(Long.class)
			.single();
	}

	private String escalationActor(long ticketId) {
		return this.jdbc
			.sql("select coalesce(actor_id::text, '-') || ' ' || actor_name from sd_ticket_event "
					+ "where ticket_id = ? and kind = 'SLA_ESCALATED'")
			.param(ticketId)
			.query(String.class)
			.single();
	}

	@Test
	void aGroupAdministratorSweepsNowAndIsToldWhatTheSweepDidAndHowLongItTook() throws Exception {
		long id = ticketPastItsDueDate();

		JsonNode report = sweepAs(this.groupAdmin);

		assertThat(slaState(id)).isEqualTo("BREACHED");
		assertThat(escalations(id)).containsExactly("BREACHED true");
		assertThat(escalationLines(id)).isEqualTo(1);
		assertThat(report.get("clocksChecked").asLong()).isPositive();
		assertThat(report.get("ticketsChanged").asInt()).isPositive();
		assertThat(report.get("breached").asInt()).isPositive();
		assertThat(report.get("escalationsProcessed").asInt()).isPositive();
		assertThat(report.has("atRisk")).isTrue();
		assertThat(report.get("millis").asLong()).isNotNegative();
	}

	@Test
	void theSweepActsAsTheSystemLikeTheScheduledOneNotAsTheOperator() throws Exception {
		long id = ticketPastItsDueDate();

		sweepAs(this.groupAdmin);

		assertThat(escalationActor(id)).isEqualTo("- system");
	}

	@Test
	void aSecondSweepFindsNothingNewForTheTicketAlreadyEscalated() throws Exception {
		long id = ticketPastItsDueDate();
		sweepAs(this.groupAdmin);

		sweepAs(this.groupAdmin);

		assertThat(escalations(id)).containsExactly("BREACHED true");
		assertThat(escalationLines(id)).isEqualTo(1);
	}

	@Test
	void staffAgentsTeamLeadsAndEstablishmentAdministratorsGet403AndNothingIsSwept() throws Exception {
		long id = ticketPastItsDueDate();
		UserAccount establishmentAdmin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.w.a);

		for (UserAccount account : List.of(this.w.requester, this.w.agent, this.w.lead, establishmentAdmin)) {
			this.w.as(account, post("/api/v1/sla/sweep")).andExpect(status().isForbidden());
		}

		assertThat(slaState(id)).isEqualTo("ON_TRACK");
		assertThat(escalations(id)).isEmpty();
	}

	@Test
	void theOpenApiDocumentDescribesTheSweep() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(document).contains("\"/api/v1/sla/sweep\"")
			.contains("escalationsProcessed")
			.contains("clocksChecked");
	}

}
