package org.socle.servicedesk.satisfaction;

import java.time.LocalDate;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff surveys: a lead runs one for an establishment, its staff answer once each on the
 * portal, and the results are exact and anonymous.
 */
@SocleIntegrationTest
class StaffSurveyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Establishment a;

	Establishment b;

	Team team;

	UserAccount lead;

	UserAccount agent;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.b = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		this.lead = this.fixtures.teamAccount(Role.TEAM_LEAD, this.team);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
	}

	@Test
	void staffAnswerOnceAndTheResultsAreExactAndAnonymous() throws Exception {
		Long id = create(this.lead, this.a);
		UserAccount first = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		UserAccount second = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		UserAccount third = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		as(first, get("/portal")).andExpect(content().string(containsString("pending-survey-" + id)));
		answer(first, id, "9", null);
		answer(second, id, "7", null);
		answer(third, id, "4", "Trop d'attente au téléphone");
		// a second answer changes nothing
		answer(first, id, "0", "Encore moi");
		as(first, get("/portal")).andExpect(content().string(not(containsString("pending-survey-" + id))));
		as(first, get("/portal/surveys/{id}", id)).andExpect(content().string(containsString("survey-answered")))
			.andExpect(content().string(not(containsString("survey-answer-form"))));
		// people of A: the lead's, the agent's and the three staff members'
		long staff = 5;
		as(this.lead, get("/api/v1/surveys/{id}", id).accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
			.andExpect(jsonPath("$.responses").value(3))
			.andExpect(jsonPath("$.staff").value(staff))
			.andExpect(jsonPath("$.responseRate").value(3.0 / staff))
			.andExpect(jsonPath("$.mean").value((9 + 7 + 4) / 3.0))
			.andExpect(
					jsonPath("$.distribution").value(org.hamcrest.Matchers.contains(0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0)))
			.andExpect(jsonPath("$.comments").value(org.hamcrest.Matchers.contains("Trop d'attente au téléphone")));
		String page = as(this.lead, get("/servicedesk/surveys/{id}", id)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Trop d&#39;attente au téléphone", "survey-chart")
			.doesNotContain(third.getPerson().getLastName())
			.doesNotContain(third.getLogin());
		assertThat(this.jdbc.sql("select count(*) from sd_survey_answer where campaign_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void staffOfAnotherEstablishmentAreNotAskedAndAClosedSurveyTakesNoAnswer() throws Exception {
		Long id = create(this.lead, this.a);
		UserAccount ofB = this.fixtures.establishmentAccount(Role.STAFF, this.b);
		as(ofB, get("/portal/surveys/{id}", id)).andExpect(status().isNotFound());
		as(ofB, post("/portal/surveys/{id}", id).param("rating", "5")).andExpect(status().isNotFound());
		as(ofB, get("/portal")).andExpect(content().string(not(containsString("pending-survey-" + id))));
		Long closed = new SatisfactionRows(this.jdbc).campaign(this.a.getId(), LocalDate.now().minusDays(30),
				LocalDate.now().minusDays(2));
		UserAccount ofA = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		as(ofA, post("/portal/surveys/{id}", closed).param("rating", "5")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select count(*) from sd_survey_answer where campaign_id = ?")
			.param(closed)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void onlyAdministratorsAndLeadsOfTheEstablishmentRunSurveys() throws Exception {
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		as(staff, post("/servicedesk/surveys").params(form(this.a))).andExpect(status().isForbidden());
		as(this.agent, post("/servicedesk/surveys").params(form(this.a))).andExpect(status().isForbidden());
		as(this.lead, post("/servicedesk/surveys").params(form(this.b))).andExpect(status().isNotFound());
		Long id = create(this.lead, this.a);
		as(this.agent, get("/servicedesk/surveys/{id}", id)).andExpect(status().isForbidden());
		as(this.agent, get("/api/v1/surveys").accept(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[*].id").value(hasItem(id.intValue())));
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.a);
		as(admin, get("/servicedesk/surveys/{id}", id)).andExpect(status().isOk());
	}

	@Test
	void theResultsChartScriptsAreServed() throws Exception {
		this.mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
		this.mvc.perform(get("/js/survey-chart.js")).andExpect(status().isOk());
	}

	@Test
	void aSurveyClosingBeforeItOpensIsRefusedBesideTheField() throws Exception {
		org.springframework.util.MultiValueMap<String, String> form = form(this.a);
		form.set("closesOn", LocalDate.now().minusDays(2).toString());
		as(this.lead, post("/servicedesk/surveys").params(form)).andExpect(status().isOk())
			.andExpect(content().string(containsString("closesOn-error")));
	}

	private Long create(UserAccount account, Establishment establishment) throws Exception {
		String location = as(account, post("/servicedesk/surveys").params(form(establishment)))
			.andExpect(redirectedUrlPattern("/servicedesk/surveys/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private void answer(UserAccount account, Long id, String rating, String comment) throws Exception {
		MockHttpServletRequestBuilder request = post("/portal/surveys/{id}", id).param("rating", rating);
		if (comment != null) {
			request.param("comment", comment);
		}
		as(account, request).andExpect(status().is3xxRedirection());
	}

	private static org.springframework.util.MultiValueMap<String, String> form(Establishment establishment) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		form.add("title", "Enquête annuelle " + Fixtures.unique());
		form.add("question", "Globalement, quelle note ?");
		form.add("opensOn", LocalDate.now().minusDays(1).toString());
		form.add("closesOn", LocalDate.now().plusDays(14).toString());
		form.add("establishmentIds", String.valueOf(establishment.getId()));
		return form;
	}

	private ResultActions as(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(this.fixtures.as(account, request));
	}

}
