package org.socle.servicedesk.sla;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.servicedesk.catalogue.CatalogueRows;
import org.socle.servicedesk.calendar.CalendarChoices;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar and the service an agreement names: chosen from lists on the page, and
 * checked to exist (a field rule otherwise, nothing written).
 */
@SocleIntegrationTest
class AgreementReferencesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CalendarChoices calendars;

	SlaWorld w;

	@BeforeEach
	void world() {
		this.w = new SlaWorld(this.mvc, this.fixtures, this.json);
	}

	private long agreementsOfTeam() {
		return this.jdbc.sql("select count(*) from sd_agreement where team_id = ?")
			.param(this.w.team.getId())
			.query(Long.class)
			.single();
	}

	private ResultActions create(Map<String, Object> body) throws Exception {
		return this.w.as(this.w.lead, this.w.json(post("/api/v1/agreements"), body));
	}

	private long calendar() {
		return this.calendars.active().get(0).id();
	}

	@Test
	void anUnknownCalendarOrServiceIsAProblemNamingTheFieldAndWritesNothing() throws Exception {
		Map<String, Object> body = SlaWorld.agreementBody(this.w.team.getId(), false, 480);
		body.put("calendarId", Long.MAX_VALUE);
		create(body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("calendarId"))
			.andExpect(jsonPath("$.errors[0].rule").value("UnknownCalendar"));
		body = SlaWorld.agreementBody(this.w.team.getId(), false, 480);
		body.put("serviceId", Long.MAX_VALUE);
		create(body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("serviceId"))
			.andExpect(jsonPath("$.errors[0].rule").value("UnknownService"));
		body.put("serviceId", new CatalogueRows(this.jdbc).service(this.w.team.getId(), this.w.a.getId(), "RETIRED"));
		create(body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("serviceId"));
		assertThat(agreementsOfTeam()).isZero();
	}

	@Test
	void aKnownCalendarAndServiceAreKept() throws Exception {
		long service = new CatalogueRows(this.jdbc).service(this.w.team.getId(), this.w.a.getId(), "LIVE");
		Map<String, Object> body = SlaWorld.agreementBody(this.w.team.getId(), false, 480);
		body.put("calendarId", calendar());
		body.put("serviceId", service);
		create(body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.calendarId").value(calendar()))
			.andExpect(jsonPath("$.serviceId").value(service));
	}

	@Test
	void theFormOffersTheCalendarsAndServicesByNameAndNamesTheFieldOfAnUnknownOne() throws Exception {
		String calendarName = org.springframework.web.util.HtmlUtils.htmlEscape(this.calendars.active().get(0).name());
		this.w.as(this.w.lead, get("/servicedesk/agreements/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"calendarId\"")))
			.andExpect(content().string(containsString(calendarName)))
			.andExpect(content().string(containsString("name=\"serviceId\"")));
		this.w
			.as(this.w.lead,
					post("/servicedesk/agreements").param("kind", "OLA")
						.param("name", "Formulaire " + Fixtures.unique())
						.param("teamId", String.valueOf(this.w.team.getId()))
						.param("calendarId", String.valueOf(Long.MAX_VALUE))
						.param("atRiskPercent", "75")
						.param("validFrom", "2026-01-01")
						.param("targets[0].priority", "1")
						.param("targets[0].responseMinutes", "10")
						.param("targets[0].resolutionMinutes", "60"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "calendarId", "rule.UnknownCalendar"))
			.andExpect(content().string(containsString("Calendrier inconnu ou archivé.")));
		assertThat(agreementsOfTeam()).isZero();
	}

}
