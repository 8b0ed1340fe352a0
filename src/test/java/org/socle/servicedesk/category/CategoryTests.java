package org.socle.servicedesk.category;

import java.util.HashMap;
import java.util.Map;

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
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A team's category tree, kept by its leads: API and pages. */
@SocleIntegrationTest
class CategoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	Establishment a;

	Team team;

	UserAccount lead;

	UserAccount agent;

	Person requester;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		this.lead = this.fixtures.teamAccount(Role.TEAM_LEAD, this.team);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.requester = this.fixtures.person(this.a);
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

	JsonNode add(Long parentId, String name) throws Exception {
		String body = as(this.lead,
				json(post("/api/v1/teams/{t}/categories", this.team.getId()), "parentId", parentId, "name", name))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

	@Test
	void aTeamLeadAddsCategoriesUnderEachOtherAndAgentsReadTheTree() throws Exception {
		Long hardware = add(null, "Matériel").get("id").asLong();
		JsonNode printer = add(hardware, "Imprimante");
		assertThat(printer.get("path").asText()).isEqualTo("Matériel › Imprimante");
		assertThat(printer.get("depth").asInt()).isEqualTo(2);
		as(this.agent, get("/api/v1/teams/{t}/categories", this.team.getId())).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Matériel"))
			.andExpect(jsonPath("$[1].path").value("Matériel › Imprimante"));
		String page = as(this.agent, get("/servicedesk/teams/{t}/categories", this.team.getId()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Imprimante").doesNotContain("category-add");
	}

	@Test
	void aTeamLeadRenamesACategoryFromThePage() throws Exception {
		Long id = add(null, "Logiciels").get("id").asLong();
		as(this.lead,
				post("/servicedesk/teams/{t}/categories/{id}/rename", this.team.getId(), id)
					.param("name", "Applications")
					.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("saved", true));
		as(this.lead, get("/api/v1/categories/{id}", id)).andExpect(jsonPath("$.name").value("Applications"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void aSiblingWithTheSameNameInAnyCaseIsRefusedAsADuplicate() throws Exception {
		Long hardware = add(null, "Matériel").get("id").asLong();
		add(hardware, "Écran");
		as(this.lead,
				json(post("/api/v1/teams/{t}/categories", this.team.getId()), "parentId", hardware, "name", " écran "))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].rule").value("Duplicate"));
		as(this.lead,
				post("/servicedesk/teams/{t}/categories", this.team.getId()).param("parentId", hardware.toString())
					.param("name", "ÉCRAN"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("actionMessage", org.hamcrest.Matchers.containsString("ÉCRAN")));
		add(null, "Écran");
	}

	@Test
	void movingACategoryUnderItsOwnSubCategoryIsRefused() throws Exception {
		Long hardware = add(null, "Matériel").get("id").asLong();
		Long printer = add(hardware, "Imprimante").get("id").asLong();
		Long laser = add(printer, "Laser").get("id").asLong();
		as(this.lead,
				json(put("/api/v1/categories/{id}", hardware), "name", "Matériel", "parentId", laser, "version", 0))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("CategoryCycle"));
		as(this.lead, json(put("/api/v1/categories/{id}", laser), "name", "Laser", "parentId", hardware, "version", 0))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.path").value("Matériel › Laser"));
	}

	@Test
	void aTreeIsFourLevelsDeepAtMostAndAMoveCountsTheLevelsBelow() throws Exception {
		Long one = add(null, "Un").get("id").asLong();
		Long two = add(one, "Deux").get("id").asLong();
		Long three = add(two, "Trois").get("id").asLong();
		Long four = add(three, "Quatre").get("id").asLong();
		as(this.lead, json(post("/api/v1/teams/{t}/categories", this.team.getId()), "parentId", four, "name", "Cinq"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("CategoryTooDeep"));
		Long other = add(null, "Autre").get("id").asLong();
		Long below = add(other, "Dessous").get("id").asLong();
		as(this.lead, json(put("/api/v1/categories/{id}", other), "name", "Autre", "parentId", three, "version", 0))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("CategoryTooDeep"));
		assertThat(below).isNotNull();
	}

	@Test
	void anArchivedCategoryStaysOnItsTicketsButIsNoLongerOffered() throws Exception {
		Long hardware = add(null, "Matériel").get("id").asLong();
		Long printer = add(hardware, "Imprimante").get("id").asLong();
		Ticket ticket = this.fixtures.ticket(this.a, this.team, this.requester);
		as(this.agent, json(post("/api/v1/tickets/{id}/category", ticket.getId()), "categoryId", printer, "version", 0))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.categoryPath").value("Matériel › Imprimante"));
		as(this.lead, json(post("/api/v1/categories/{id}/archive", hardware), "version", 0, "reason", "Remplacée"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("CategoryHasActiveChildren"));
		as(this.lead, json(post("/api/v1/categories/{id}/archive", printer), "version", 0, "reason", "Remplacée"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archived").value(true))
			.andExpect(jsonPath("$.archiveReason").value("Remplacée"));
		as(this.agent, get("/api/v1/tickets/{id}", ticket.getId())).andExpect(jsonPath("$.categoryId").value(printer));
		String detail = as(this.agent, get("/servicedesk/tickets/{id}", ticket.getId())).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(detail).contains("Matériel › Imprimante");
		String options = as(this.agent,
				get("/servicedesk/categories/select").param("teamId", this.team.getId().toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(options).contains("Matériel").doesNotContain("Imprimante");
		as(this.agent,
				json(post("/api/v1/tickets"), "type", "INCIDENT", "title", "Bourrage", "teamId", this.team.getId(),
						"impact", 2, "urgency", 2, "requesterId", this.requester.getId(), "categoryId", printer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("UnknownCategory"));
	}

	@Test
	void onlyTheTeamsLeadsAndAdministratorsKeepItsTree() throws Exception {
		Long id = add(null, "Réseau").get("id").asLong();
		Team otherTeam = this.fixtures.team(this.a, TeamKind.BIOMEDICAL);
		UserAccount otherAgent = this.fixtures.teamAccount(Role.AGENT, otherTeam);
		UserAccount otherLead = this.fixtures.teamAccount(Role.TEAM_LEAD, otherTeam);
		Establishment b = this.fixtures.establishment();
		UserAccount leadOfB = this.fixtures.teamAccount(Role.TEAM_LEAD, this.fixtures.team(b, TeamKind.IT));
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.a);
		as(this.agent, json(post("/api/v1/teams/{t}/categories", this.team.getId()), "name", "Par un agent"))
			.andExpect(status().isForbidden());
		as(otherLead, json(put("/api/v1/categories/{id}", id), "name", "Par un autre chef", "version", 0))
			.andExpect(status().isForbidden());
		as(otherAgent, post("/servicedesk/teams/{t}/categories", this.team.getId()).param("name", "Autre"))
			.andExpect(status().isForbidden());
		as(leadOfB, get("/api/v1/categories/{id}", id)).andExpect(status().isNotFound());
		as(leadOfB, get("/servicedesk/teams/{t}/categories", this.team.getId())).andExpect(status().isNotFound());
		as(admin, json(put("/api/v1/categories/{id}", id), "name", "Réseaux", "version", 0)).andExpect(status().isOk());
	}

	@Test
	void anAgentChangesATicketsCategoryFromTheTicketPageAndTheTimelineKeepsThePath() throws Exception {
		Long hardware = add(null, "Matériel").get("id").asLong();
		Ticket ticket = this.fixtures.ticket(this.a, this.team, this.requester);
		String work = as(this.agent,
				post("/servicedesk/tickets/{id}/category", ticket.getId()).header("HX-Request", "true")
					.param("categoryId", hardware.toString())
					.param("version", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(work).contains("id=\"ticket-category\"").contains("Matériel").doesNotContain("action-message");
		as(this.agent, get("/api/v1/tickets/{id}/timeline", ticket.getId()))
			.andExpect(jsonPath("$[-1:].kind").value(org.hamcrest.Matchers.contains("CATEGORY_CHANGED")))
			.andExpect(jsonPath("$[-1:].detail").value(org.hamcrest.Matchers.contains("Matériel")));
		String stale = as(this.agent,
				post("/servicedesk/tickets/{id}/category", ticket.getId()).header("HX-Request", "true")
					.param("version", "0"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("action-message");
	}

	@Test
	void aCategoryOfAnotherTeamIsRefusedOnATicket() throws Exception {
		Team otherTeam = this.fixtures.team(this.a, TeamKind.BIOMEDICAL);
		Long foreign = new ToolRows(this.jdbc).category(otherTeam.getId(), null, "Pompe");
		Ticket ticket = this.fixtures.ticket(this.a, this.team, this.requester);
		as(this.agent, json(post("/api/v1/tickets/{id}/category", ticket.getId()), "categoryId", foreign, "version", 0))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("UnknownCategory"));
	}

	@Test
	void theNewTicketFormOffersTheChosenTeamsCategories() throws Exception {
		add(null, "Téléphonie");
		String form = as(this.agent, get("/servicedesk/tickets/new")).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("/servicedesk/categories/select");
		String options = as(this.agent,
				get("/servicedesk/categories/select").param("teamId", this.team.getId().toString())
					.header("HX-Request", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(options).contains("Téléphonie").contains("name=\"categoryId\"");
	}

}
