package org.socle.servicedesk.queue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.directory.team.TeamRole;
import org.socle.servicedesk.category.ToolRows;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Queue filters by category, establishment and requester; saved filters; bulk actions.
 */
@SocleIntegrationTest
class QueueToolsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	Establishment a;

	Establishment a2;

	Team team;

	UserAccount agent;

	Person me;

	Person requester;

	ToolRows rows;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.a2 = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.me = personOf(this.agent);
		this.fixtures.member(this.team, this.me, TeamRole.AGENT);
		this.requester = this.fixtures.person(this.a);
		this.rows = new ToolRows(this.jdbc);
	}

	private Person personOf(UserAccount account) {
		return account.getPerson();
	}

	ResultActions as(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(this.fixtures.as(account, request));
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object... fields) {
		Map<String, Object> body = new HashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			body.put((String) fields[i], fields[i + 1]);
		}
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	Ticket ticket(Long categoryId) {
		Ticket ticket = this.fixtures.ticket(this.a, this.team, this.requester);
		this.jdbc.sql("update sd_ticket set category_id = ? where id = ?").params(categoryId, ticket.getId()).update();
		return ticket;
	}

	@Test
	void aCategoryFilterTakesInItsSubCategoriesInTheApiAndThePage() throws Exception {
		Long hardware = this.rows.category(this.team.getId(), null, "Matériel");
		Long printer = this.rows.category(this.team.getId(), hardware, "Imprimante");
		Long software = this.rows.category(this.team.getId(), null, "Logiciel");
		Ticket onHardware = ticket(hardware);
		Ticket onPrinter = ticket(printer);
		Ticket onSoftware = ticket(software);
		as(this.agent, get("/api/v1/tickets").param("categoryId", hardware.toString()))
			.andExpect(jsonPath("$.content[*].number")
				.value(containsInAnyOrder(onHardware.getNumber(), onPrinter.getNumber())));
		as(this.agent, get("/api/v1/tickets").param("categoryId", printer.toString()))
			.andExpect(jsonPath("$.content[*].number").value(containsInAnyOrder(onPrinter.getNumber())));
		String page = as(this.agent,
				get("/servicedesk/queues").param("view", "ALL").param("categoryId", hardware.toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(onHardware.getNumber(), onPrinter.getNumber()).doesNotContain(onSoftware.getNumber());
	}

	@Test
	void anEstablishmentFilterKeepsThatEstablishmentsTickets() throws Exception {
		UserAccount admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, this.a);
		Ticket inA = this.fixtures.ticket(this.a, this.team, this.requester);
		Ticket inA2 = this.fixtures.ticket(this.a2, this.team, this.requester);
		as(admin,
				get("/api/v1/tickets").param("teamId", this.team.getId().toString())
					.param("establishmentId", this.a2.getId().toString()))
			.andExpect(jsonPath("$.content[*].number").value(containsInAnyOrder(inA2.getNumber())));
		String page = as(admin,
				get("/servicedesk/queues").param("view", "ALL")
					.param("teamId", this.team.getId().toString())
					.param("establishmentId", this.a.getId().toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(inA.getNumber()).doesNotContain(inA2.getNumber());
	}

	@Test
	void aRequesterFilterKeepsTheTicketsTheyRaisedOrThatWereRaisedForThem() throws Exception {
		Person other = this.fixtures.person(this.a);
		Ticket raised = this.fixtures.ticket(this.a, this.team, this.requester);
		Ticket forThem = this.fixtures.ticket(this.a, this.team, other);
		this.jdbc.sql("update sd_ticket set on_behalf_of_id = ? where id = ?")
			.params(this.requester.getId(), forThem.getId())
			.update();
		Ticket notThem = this.fixtures.ticket(this.a, this.team, other);
		as(this.agent, get("/api/v1/tickets").param("requesterId", this.requester.getId().toString())).andExpect(
				jsonPath("$.content[*].number").value(containsInAnyOrder(raised.getNumber(), forThem.getNumber())));
		String page = as(this.agent,
				get("/servicedesk/queues").param("view", "TEAMS")
					.param("requesterId", this.requester.getId().toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(raised.getNumber(), forThem.getNumber()).doesNotContain(notThem.getNumber());
		String options = as(this.agent, get("/servicedesk/queues/people").param("person", this.requester.getLastName())
			.header("HX-Request", "true")).andReturn().getResponse().getContentAsString();
		assertThat(options).contains("value=\"" + this.requester.getId() + "\"");
	}

	@Test
	void anAgentSavesViewsAndSeesAndDeletesOnlyTheirOwn() throws Exception {
		UserAccount colleague = this.fixtures.teamAccount(Role.AGENT, this.team);
		as(this.agent,
				json(post("/api/v1/me/ticket-filters"), "name", "Mes nouveaux", "query",
						"?view=TEAMS&status=NEW&junk=1&q=écran cassé"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.query").value("view=TEAMS&status=NEW&q=%C3%A9cran%20cass%C3%A9"));
		as(this.agent, json(post("/api/v1/me/ticket-filters"), "name", "MES NOUVEAUX", "query", "view=ALL"))
			.andExpect(status().isConflict());
		as(this.agent,
				post("/servicedesk/saved-filters").header("HX-Request", "true")
					.param("name", "Imprimantes")
					.param("view", "ALL")
					.param("teamId", this.team.getId().toString())
					.param("person", "ignoré"))
			.andExpect(status().isOk());
		Long colleagues = this.rows.savedFilter(colleague.getId(), "Le sien", "view=MINE");
		as(this.agent, get("/api/v1/me/ticket-filters")).andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[*].name").value(containsInAnyOrder("Imprimantes", "Mes nouveaux")));
		String panel = as(this.agent, get("/servicedesk/saved-filters").header("HX-Request", "true")).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(panel).contains("view=ALL&amp;teamId=" + this.team.getId()).doesNotContain("Le sien");
		as(this.agent, delete("/api/v1/me/ticket-filters/{id}", colleagues)).andExpect(status().isNotFound());
		as(this.agent, post("/servicedesk/saved-filters/{id}/delete", colleagues)).andExpect(status().isNotFound());
		Long mine = this.json
			.readTree(as(this.agent, get("/api/v1/me/ticket-filters")).andReturn().getResponse().getContentAsString())
			.get(0)
			.get("id")
			.asLong();
		as(this.agent, delete("/api/v1/me/ticket-filters/{id}", mine)).andExpect(status().isNoContent());
		as(this.agent, get("/api/v1/me/ticket-filters")).andExpect(jsonPath("$", hasSize(1)));
		as(colleague, get("/api/v1/me/ticket-filters"))
			.andExpect(jsonPath("$[*].name").value(containsInAnyOrder("Le sien")));
	}

	@Test
	void aBulkAssignmentDoesTheGoodTicketsAndTellsWhyTheOthersWereRefused() throws Exception {
		Ticket one = this.fixtures.ticket(this.a, this.team, this.requester);
		Ticket two = this.fixtures.ticket(this.a, this.team, this.requester);
		Ticket stale = this.fixtures.ticket(this.a, this.team, this.requester);
		Team otherTeam = this.fixtures.team(this.a, TeamKind.BIOMEDICAL);
		Ticket notMine = this.fixtures.ticket(this.a, otherTeam, this.requester);
		as(this.agent,
				json(post("/api/v1/tickets/bulk"), "action", "ASSIGN", "tickets",
						List.of(at(one, 0), at(stale, 7), at(notMine, 0), at(two, 0),
								Map.of("id", Long.MAX_VALUE, "version", 0))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.done").value(2))
			.andExpect(jsonPath("$.refused").value(3))
			.andExpect(jsonPath("$.results[0].ok").value(true))
			.andExpect(jsonPath("$.results[1].rule").value("StaleVersion"))
			.andExpect(jsonPath("$.results[2].rule").value("NotAllowed"))
			.andExpect(jsonPath("$.results[3].ok").value(true))
			.andExpect(jsonPath("$.results[4].rule").value("NotFound"))
			.andExpect(jsonPath("$.results[4].number").doesNotExist());
		as(this.agent, get("/api/v1/tickets/{id}", one.getId()))
			.andExpect(jsonPath("$.assigneeId").value(this.me.getId()))
			.andExpect(jsonPath("$.status").value("ASSIGNED"));
		as(this.agent, get("/api/v1/tickets/{id}", two.getId())).andExpect(jsonPath("$.status").value("ASSIGNED"));
		as(this.agent, get("/api/v1/tickets/{id}", stale.getId())).andExpect(jsonPath("$.status").value("NEW"));
		Person outsider = this.fixtures.person(this.a);
		Ticket three = this.fixtures.ticket(this.a, this.team, this.requester);
		as(this.agent, json(post("/api/v1/tickets/bulk"), "action", "ASSIGN", "assigneeId", outsider.getId(), "tickets",
				List.of(at(three, 0))))
			.andExpect(jsonPath("$.results[0].rule").value("NotTeamMember"));
	}

	@Test
	void aBulkStatusChangeRefusesIllegalMovesAndMissingResolutionsTicketByTicket() throws Exception {
		Ticket open = this.fixtures.ticket(this.a, this.team, this.requester);
		Ticket cancelled = this.fixtures.ticket(this.a, this.team, this.requester);
		as(this.agent,
				json(post("/api/v1/tickets/{id}/transitions", cancelled.getId()), "to", "CANCELLED", "version", 0))
			.andExpect(status().isOk());
		Ticket other = this.fixtures.ticket(this.a, this.team, this.requester);
		as(this.agent,
				json(post("/api/v1/tickets/bulk"), "action", "STATUS", "to", "CANCELLED", "tickets",
						List.of(at(open, 0), at(cancelled, 1), at(other, 0))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[0].ok").value(true))
			.andExpect(jsonPath("$.results[1].ok").value(false))
			.andExpect(jsonPath("$.results[1].rule").value("IllegalTransition"))
			.andExpect(jsonPath("$.results[2].ok").value(true));
		as(this.agent, get("/api/v1/tickets/{id}", other.getId())).andExpect(jsonPath("$.status").value("CANCELLED"));
		Ticket assigned = this.fixtures.ticket(this.a, this.team, this.requester);
		as(this.agent, post("/servicedesk/tickets/{id}/assign-to-me", assigned.getId()).param("version", "0"));
		as(this.agent, json(post("/api/v1/tickets/bulk"), "action", "STATUS", "to", "RESOLVED", "tickets",
				List.of(at(assigned, 1))))
			.andExpect(jsonPath("$.results[0].rule").value("NotBlank"));
		as(this.agent,
				json(post("/api/v1/tickets/bulk"), "action", "STATUS", "to", "RESOLVED", "resolutionCode", "FIXED",
						"resolutionNote", "Remplacé", "tickets", List.of(at(assigned, 1))))
			.andExpect(jsonPath("$.results[0].ok").value(true));
	}

	@Test
	void theQueuePageRunsABulkActionAndShowsEachTicketsOutcome() throws Exception {
		Ticket good = this.fixtures.ticket(this.a, this.team, this.requester);
		Ticket stale = this.fixtures.ticket(this.a, this.team, this.requester);
		String page = as(this.agent, get("/servicedesk/queues").param("view", "TEAMS")).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"" + good.getId() + ":0\"").contains("id=\"bulk-form\"");
		String report = as(this.agent,
				post("/servicedesk/queues/bulk").header("HX-Request", "true")
					.param("action", "STATUS")
					.param("to", "CANCELLED")
					.param("tickets", good.getId() + ":0", stale.getId() + ":3"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Trigger", "queueChanged"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(report).contains(good.getNumber(), stale.getNumber(), "table-success", "table-danger");
		as(this.agent, get("/api/v1/tickets/{id}", good.getId())).andExpect(jsonPath("$.status").value("CANCELLED"));
	}

	@Test
	void aBulkActionHasATicketLimit() throws Exception {
		List<Map<String, Object>> many = new java.util.ArrayList<>();
		for (long i = 1; i <= BulkCommand.MAX_TICKETS + 1; i++) {
			many.add(Map.of("id", i, "version", 0));
		}
		as(this.agent, json(post("/api/v1/tickets/bulk"), "action", "ASSIGN", "tickets", many))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("BulkTooMany"));
	}

	private static Map<String, Object> at(Ticket ticket, long version) {
		return Map.of("id", ticket.getId(), "version", version);
	}

}
