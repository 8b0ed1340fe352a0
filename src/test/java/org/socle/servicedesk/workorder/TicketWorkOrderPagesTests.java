package org.socle.servicedesk.workorder;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ticket page opens a corrective work order on the ticket's asset, lists the ticket's
 * work orders, and tells each refusal by its rule.
 */
@SocleIntegrationTest
class TicketWorkOrderPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	private Establishment establishment;

	private Team biomedical;

	private UserAccount agent;

	private Person requester;

	private long pump;

	@BeforeEach
	void world() {
		this.establishment = this.fixtures.establishment();
		this.biomedical = this.fixtures.team(this.establishment, TeamKind.BIOMEDICAL);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.biomedical);
		this.requester = this.fixtures.person(this.establishment);
		long category = this.inventory.category("MEDICAL_DEVICE");
		this.pump = this.inventory.asset(this.establishment, this.biomedical, category, null,
				"SN-" + Fixtures.unique());
	}

	@Test
	void anAgentWhoKeepsTheTicketsAssetOpensACorrectiveWorkOrderFromTheTicketPage() throws Exception {
		Ticket ticket = ticketAbout(this.biomedical, this.pump);
		this.mvc.perform(as(this.agent, get("/servicedesk/tickets/{id}", ticket.getId())))
			.andExpect(content()
				.string(allOf(containsString("id=\"work-order-form\""), containsString("Aucun ordre de travail"))));

		this.mvc.perform(htmx(this.agent, ticket).param("title", "Pompe en alarme d'occlusion"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"action-message\""))));

		long order = this.jdbc.sql("select id from inv_work_order where ticket_id = :t and type = 'CORRECTIVE'")
			.param("t", ticket.getId())
			.query(Long.class)
			.single();
		String number = this.jdbc.sql("select number from inv_work_order where id = :id")
			.param("id", order)
			.query(String.class)
			.single();
		this.mvc.perform(as(this.agent, get("/servicedesk/tickets/{id}", ticket.getId())))
			.andExpect(content()
				.string(allOf(containsString("/inventory/work-orders/" + order + "\""), containsString(number),
						containsString("Pompe en alarme d&#39;occlusion"), containsString("Ouvert"))));
		assertThat(this.jdbc.sql("select count(*) from sd_comment where ticket_id = :t and not internal")
			.param("t", ticket.getId())
			.query(Long.class)
			.single()).as("the requester is told").isEqualTo(1);
	}

	@Test
	void aTicketAboutNoAssetOpensNoWorkOrderAndThePageSaysWhy() throws Exception {
		Ticket ticket = this.fixtures.ticket(this.establishment, this.biomedical, this.requester);
		this.mvc.perform(htmx(this.agent, ticket))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"action-message\""),
					containsString("Le ticket " + ticket.getNumber() + " ne concerne aucun équipement"))));
		assertThat(workOrdersOf(ticket)).isZero();
	}

	@Test
	void aRetiredAssetTakesNoCorrectiveWorkOrderAndThePageSaysWhy() throws Exception {
		this.jdbc.sql("update inv_asset set status = 'RETIRED' where id = :id").param("id", this.pump).update();
		Ticket ticket = ticketAbout(this.biomedical, this.pump);
		this.mvc.perform(htmx(this.agent, ticket))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("est réformé ou éliminé")));
		assertThat(workOrdersOf(ticket)).isZero();
	}

	@Test
	void anAgentWhoWorksTheTicketButDoesNotKeepTheAssetIsToldWhoMayAndIsRefused() throws Exception {
		Team it = this.fixtures.team(this.establishment, TeamKind.IT);
		UserAccount itAgent = this.fixtures.teamAccount(Role.AGENT, it);
		Ticket ticket = ticketAbout(it, this.pump);
		this.mvc.perform(as(itAgent, get("/servicedesk/tickets/{id}", ticket.getId())))
			.andExpect(content().string(allOf(containsString("id=\"work-order-not-keeper\""),
					containsString("Seuls les agents de l&#39;équipe propriétaire"),
					not(containsString("id=\"work-order-form\"")))));
		this.mvc.perform(htmx(itAgent, ticket)).andExpect(status().is4xxClientError());
		assertThat(workOrdersOf(ticket)).isZero();
	}

	private Ticket ticketAbout(Team team, long asset) {
		Ticket ticket = this.fixtures.ticket(this.establishment, team, this.requester);
		this.jdbc.sql("update sd_ticket set asset_id = :a where id = :id")
			.param("a", asset)
			.param("id", ticket.getId())
			.update();
		return ticket;
	}

	private MockHttpServletRequestBuilder htmx(UserAccount account, Ticket ticket) {
		return as(account, post("/servicedesk/tickets/{id}/work-orders", ticket.getId()).header("HX-Request", "true"));
	}

	private MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request) {
		return this.fixtures.as(account, request);
	}

	private long workOrdersOf(Ticket ticket) {
		return this.jdbc.sql("select count(*) from inv_work_order where ticket_id = :t")
			.param("t", ticket.getId())
			.query(Long.class)
			.single();
	}

}
