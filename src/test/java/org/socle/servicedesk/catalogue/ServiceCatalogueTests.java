package org.socle.servicedesk.catalogue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue's services: kept by the owner team's leads and its establishment's
 * administrators, read by whoever sees the team, refused whole when a rule is broken.
 */
@SocleIntegrationTest
class ServiceCatalogueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Establishment a;

	Establishment b;

	Team team;

	Team teamOfB;

	UserAccount lead;

	UserAccount agent;

	UserAccount adminOfB;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.b = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		this.teamOfB = this.fixtures.team(this.b, TeamKind.IT);
		this.lead = this.fixtures.teamAccount(Role.TEAM_LEAD, this.team);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.adminOfB = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.b);
	}

	@Test
	void aTeamLeadCreatesALiveServiceThatTheTeamsAgentsRead() throws Exception {
		Long id = create(this.lead, service(this.team, "LIVE", "[" + this.a.getId() + "]", "[]"));
		as(this.agent, get("/api/v1/services/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("LIVE"))
			.andExpect(jsonPath("$.customerIds[0]").value(this.a.getId()));
		as(this.agent, get("/api/v1/services").param("status", "LIVE")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"id\":" + id + ",")));
	}

	@Test
	void anAgentReadsButDoesNotChangeTheTeamsServices() throws Exception {
		Long id = create(this.lead, service(this.team, "IN_DESIGN", "[]", "[]"));
		as(this.agent, json(put("/api/v1/services/{id}", id), service(this.team, "IN_DESIGN", "[]", "[]", 0)))
			.andExpect(status().isForbidden());
		as(this.agent, json(post("/api/v1/services"), service(this.team, "IN_DESIGN", "[]", "[]")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theServicesOfATeamOutOfSightDoNotExist() throws Exception {
		Long id = create(this.adminOfB, service(this.teamOfB, "LIVE", "[" + this.b.getId() + "]", "[]"));
		as(this.lead, get("/api/v1/services/{id}", id)).andExpect(status().isNotFound());
		as(this.lead, get("/api/v1/services/{id}/items", id)).andExpect(status().isNotFound());
		as(this.lead, get("/api/v1/services")).andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("\"id\":" + id + ","))));
	}

	@Test
	void anEditOnAStaleVersionIsAConflict() throws Exception {
		Long id = create(this.lead, service(this.team, "IN_DESIGN", "[]", "[]"));
		as(this.lead, json(put("/api/v1/services/{id}", id), service(this.team, "IN_DESIGN", "[]", "[]", 0)))
			.andExpect(status().isOk());
		as(this.lead, json(put("/api/v1/services/{id}", id), service(this.team, "IN_DESIGN", "[]", "[]", 0)))
			.andExpect(status().isConflict());
	}

	@Test
	void aLiveServiceServingNobodyIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
		long before = services();
		as(this.lead, json(post("/api/v1/services"), service(this.team, "LIVE", "[]", "[]")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("customerIds")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ServiceLiveWithoutCustomer")));
		assertThat(services()).isEqualTo(before);
	}

	@Test
	void aServiceReliesOnOtherServicesButNotOnItself() throws Exception {
		Long base = create(this.lead, service(this.team, "LIVE", "[" + this.a.getId() + "]", "[]"));
		Long id = create(this.lead, service(this.team, "LIVE", "[" + this.a.getId() + "]", "[" + base + "]"));
		as(this.lead, get("/api/v1/services/{id}", id)).andExpect(jsonPath("$.supportingIds[0]").value(base));
		as(this.lead,
				json(put("/api/v1/services/{id}", id),
						service(this.team, "LIVE", "[" + this.a.getId() + "]", "[" + id + "]", 0)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ServiceSupportsItself")));
	}

	@Test
	void aRetiredServiceKeepsItsReasonAndItsHistory() throws Exception {
		Long id = create(this.lead, service(this.team, "LIVE", "[" + this.a.getId() + "]", "[]"));
		as(this.lead, json(post("/api/v1/services/{id}/retire", id), "{\"version\":0,\"reason\":\"Remplacé\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETIRED"))
			.andExpect(jsonPath("$.retireReason").value("Remplacé"));
		assertThat(this.jdbc.sql("select status from sd_service_aud where id = ? order by rev")
			.param(id)
			.query(String.class)
			.list()).containsExactly("LIVE", "RETIRED");
		assertThat(this.jdbc.sql("select establishment_id from sd_service_customer_aud where service_id = ?")
			.param(id)
			.query(Long.class)
			.list()).containsExactly(this.a.getId());
	}

	@Test
	void itemsAskTypedFieldsAndAChoiceNeedsOptions() throws Exception {
		Long id = create(this.lead, service(this.team, "LIVE", "[" + this.a.getId() + "]", "[]"));
		as(this.lead, json(post("/api/v1/services/{id}/items", id), """
				{"labelFr":"Accès","labelEn":"Access","approval":"NONE","fields":[
				 {"kind":"CHOICE","labelFr":"Appli","labelEn":"App","required":true,"options":""}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("fields[0].options")));
		as(this.lead, json(post("/api/v1/services/{id}/items", id), """
				{"labelFr":"Accès","labelEn":"Access","approval":"NONE","fields":[
				 {"kind":"CHOICE","labelFr":"Appli","labelEn":"App","required":true,"options":"DPI\\nPaie"},
				 {"kind":"DATE","labelFr":"Le","labelEn":"On","required":false}]}""")).andExpect(status().isCreated());
		as(this.agent, get("/api/v1/services/{id}/items", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].fields[0].options[1]").value("Paie"))
			.andExpect(jsonPath("$[0].fields[1].kind").value("DATE"));
	}

	@Test
	void theKeepersPagesListByStatusAndEditTheService() throws Exception {
		Long id = create(this.lead, service(this.team, "LIVE", "[" + this.a.getId() + "]", "[]"));
		as(this.lead, get("/servicedesk/services").param("status", "LIVE")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/servicedesk/services/" + id + "\"")));
		as(this.lead, get("/servicedesk/services").param("status", "RETIRED")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.not(org.hamcrest.Matchers.containsString("/servicedesk/services/" + id + "\""))));
		as(this.lead,
				post("/servicedesk/services/{id}", id).param("ownerTeamId", String.valueOf(this.team.getId()))
					.param("nameFr", "Renommé")
					.param("nameEn", "Renamed")
					.param("status", "LIVE")
					.param("customerIds", String.valueOf(this.a.getId()))
					.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select name_fr from sd_service where id = ?").param(id).query(String.class).single())
			.isEqualTo("Renommé");
	}

	private long services() {
		return this.jdbc.sql("select count(*) from sd_service").query(Long.class).single();
	}

	private Long create(UserAccount account, String body) throws Exception {
		String answer = as(account, json(post("/api/v1/services"), body)).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.valueOf(answer.replaceAll("(?s)^\\{\"id\":(\\d+),.*$", "$1"));
	}

	static String service(Team team, String status, String customers, String supporting) {
		return "{\"ownerTeamId\":" + team.getId() + ",\"nameFr\":\"Poste " + Fixtures.unique()
				+ "\",\"nameEn\":\"Workstation\",\"description\":\"Ordinateurs et écrans\",\"status\":\"" + status
				+ "\",\"customerIds\":" + customers + ",\"supportingIds\":" + supporting + "}";
	}

	static String service(Team team, String status, String customers, String supporting, long version) {
		return service(team, status, customers, supporting).replaceFirst("}$", ",\"version\":" + version + "}");
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).accept(MediaType.APPLICATION_JSON);
	}

	private ResultActions as(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(this.fixtures.as(account, request));
	}

}
