package org.socle.servicedesk.calendar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The group's business calendars, kept by group administrators: API and pages. */
@SocleIntegrationTest
class CalendarTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingCalendars workingCalendars;

	UserAccount admin;

	UserAccount agent;

	@BeforeEach
	void world() {
		Establishment a = this.fixtures.establishment();
		Team team = this.fixtures.team(a, TeamKind.IT);
		this.admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, a);
		this.agent = this.fixtures.teamAccount(Role.AGENT, team);
	}

	ResultActions as(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(this.fixtures.as(account, request));
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Map<String, Object> body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	static Map<String, Object> range(String day, String start, String end) {
		return Map.of("day", day, "start", start, "end", end);
	}

	static Map<String, Object> calendar(String name, List<Map<String, Object>> hours) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("zoneId", "Europe/Paris");
		body.put("holidays", "FRANCE");
		body.put("hours", hours);
		return body;
	}

	static List<Map<String, Object>> officeWithLunch() {
		return List.of(range("MONDAY", "08:00", "12:30"), range("MONDAY", "13:30", "18:00"),
				range("FRIDAY", "08:00", "12:30"), range("FRIDAY", "13:30", "18:00"));
	}

	JsonNode create(Map<String, Object> body) throws Exception {
		return this.json.readTree(as(this.admin, json(post("/api/v1/calendars"), body)).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	long countNamed(String name) {
		return this.jdbc.sql("select count(*) from sd_calendar where name = ?").param(name).query(Long.class).single();
	}

	@Test
	void aGroupAdministratorCreatesACalendarAndAnAgentReadsItsDueDates() throws Exception {
		String name = "Bureau " + Fixtures.unique();
		long id = create(calendar(name, officeWithLunch())).get("id").asLong();
		as(this.agent, get("/api/v1/calendars/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.hours[1].start").value("13:30"))
			.andExpect(jsonPath("$.holidays").value("FRANCE"));
		// Friday 20 November 2026, 17:00 in Paris + 2 h: 1 h on Friday, 1 h on Monday
		as(this.agent,
				get("/api/v1/calendars/{id}/due", id).param("from", "2026-11-20T17:00:00+01:00")
					.param("minutes", "120"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2026-11-23T08:00:00Z"))
			.andExpect(jsonPath("$.dueLocal").value("2026-11-23T09:00:00+01:00"));
		as(this.agent, json(post("/api/v1/calendars"), calendar("Agent " + Fixtures.unique(), officeWithLunch())))
			.andExpect(status().isForbidden());
	}

	@Test
	void overlappingRangesAreRefusedAndNothingIsWritten() throws Exception {
		String name = "Chevauchement " + Fixtures.unique();
		as(this.admin,
				json(post("/api/v1/calendars"),
						calendar(name, List.of(range("MONDAY", "08:00", "12:30"), range("MONDAY", "12:00", "18:00")))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hours[1].start"))
			.andExpect(jsonPath("$.errors[0].rule").value("RangesOverlap"));
		assertThat(countNamed(name)).isZero();
	}

	@Test
	void aRangeEndingBeforeItStartsIsRefused() throws Exception {
		as(this.admin,
				json(post("/api/v1/calendars"),
						calendar("Envers " + Fixtures.unique(), List.of(range("TUESDAY", "18:00", "08:00")))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hours[0].end"))
			.andExpect(jsonPath("$.errors[0].rule").value("RangeEndBeforeStart"));
	}

	@Test
	void anUnknownTimeZoneAndAClosureEndingBeforeItStartsAreRefused() throws Exception {
		Map<String, Object> body = calendar("Zone " + Fixtures.unique(), officeWithLunch());
		body.put("zoneId", "Europe/Atlantis");
		as(this.admin, json(post("/api/v1/calendars"), body)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("zoneId"))
			.andExpect(jsonPath("$.errors[0].rule").value("UnknownTimeZone"));
		body.put("zoneId", "America/Montreal");
		body.put("closures", List.of(Map.of("first", "2026-12-31", "last", "2026-12-24", "label", "Fêtes")));
		as(this.admin, json(post("/api/v1/calendars"), body)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("closures[0].last"))
			.andExpect(jsonPath("$.errors[0].rule").value("ClosureEndBeforeStart"));
		body.put("hours", List.of());
		body.put("closures", List.of());
		as(this.admin, json(post("/api/v1/calendars"), body)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hours"))
			.andExpect(jsonPath("$.errors[0].rule").value("CalendarNoWorkingHours"));
	}

	@Test
	void anUpdateBasedOnAStaleVersionIsAConflict() throws Exception {
		Map<String, Object> body = calendar("Version " + Fixtures.unique(), officeWithLunch());
		long id = create(body).get("id").asLong();
		body.put("version", 0);
		body.put("holidays", "FRANCE_ALSACE_MOSELLE");
		as(this.admin, json(put("/api/v1/calendars/{id}", id), body)).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.holidays").value("FRANCE_ALSACE_MOSELLE"));
		body.put("holidays", "NONE");
		as(this.admin, json(put("/api/v1/calendars/{id}", id), body)).andExpect(status().isConflict());
		as(this.agent, get("/api/v1/calendars/{id}", id))
			.andExpect(jsonPath("$.holidays").value("FRANCE_ALSACE_MOSELLE"));
	}

	@Test
	void aChangedCalendarCountsTheNewWayAtOnce() throws Exception {
		Map<String, Object> body = calendar("Bascule " + Fixtures.unique(), officeWithLunch());
		long id = create(body).get("id").asLong();
		String due = "$.due";
		as(this.agent,
				get("/api/v1/calendars/{id}/due", id).param("from", "2026-11-21T10:00:00+01:00").param("minutes", "60"))
			.andExpect(jsonPath(due).value("2026-11-23T08:00:00Z"));
		body.put("version", 0);
		body.put("alwaysOpen", true);
		as(this.admin, json(put("/api/v1/calendars/{id}", id), body)).andExpect(status().isOk());
		as(this.agent,
				get("/api/v1/calendars/{id}/due", id).param("from", "2026-11-21T10:00:00+01:00").param("minutes", "60"))
			.andExpect(jsonPath(due).value("2026-11-21T10:00:00Z"));
	}

	@Test
	void anArchivedCalendarStillCountsButIsNoLongerChanged() throws Exception {
		Map<String, Object> body = calendar("Archive " + Fixtures.unique(), officeWithLunch());
		long id = create(body).get("id").asLong();
		as(this.admin, json(post("/api/v1/calendars/{id}/archive", id), Map.of("version", 0, "reason", "Remplacé")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archived").value(true));
		body.put("version", 1);
		as(this.admin, json(put("/api/v1/calendars/{id}", id), body)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("CalendarArchived"));
		assertThat(this.workingCalendars.of(id)).isNotEqualTo(WorkingTime.always());
		as(this.agent, get("/api/v1/calendars")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
	}

	@Test
	void aBadDueRequestNamesTheParameter() throws Exception {
		long id = create(calendar("Échéance " + Fixtures.unique(), officeWithLunch())).get("id").asLong();
		as(this.agent, get("/api/v1/calendars/{id}/due", id).param("from", "vendredi").param("minutes", "60"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.errors[0].rule").value("DateTimeWithOffset"));
		as(this.agent,
				get("/api/v1/calendars/{id}/due", id).param("from", "2026-11-20T17:00:00Z").param("minutes", "-5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("minutes"));
	}

	@Test
	void theFormRefusesOverlappingRangesBesideTheFieldThenSaves() throws Exception {
		String name = "Formulaire " + Fixtures.unique();
		String page = as(this.admin,
				post("/servicedesk/calendars").param("name", name)
					.param("zoneId", "Europe/Paris")
					.param("holidays", "FRANCE")
					.param("hours[0].day", "MONDAY")
					.param("hours[0].start", "08:00")
					.param("hours[0].end", "12:30")
					.param("hours[1].day", "MONDAY")
					.param("hours[1].start", "12:00")
					.param("hours[1].end", "18:00"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("chevauche");
		assertThat(countNamed(name)).isZero();
		as(this.admin,
				post("/servicedesk/calendars").param("name", name)
					.param("zoneId", "Europe/Paris")
					.param("holidays", "FRANCE")
					.param("hours[0].day", "MONDAY")
					.param("hours[0].start", "08:00")
					.param("hours[0].end", "12:30")
					.param("hours[1].day", "MONDAY")
					.param("hours[1].start", "13:30")
					.param("hours[1].end", "18:00")
					.param("closures[0].first", "2026-12-24")
					.param("closures[0].last", "2027-01-01")
					.param("closures[0].label", "Fermeture de fin d'année")
					.param("closures[1].label", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/servicedesk/calendars/*"));
		assertThat(countNamed(name)).isOne();
	}

	@Test
	void theCalendarPageShowsThisYearsHolidaysAndPreviewsADueDate() throws Exception {
		long id = create(calendar("Aperçu " + Fixtures.unique(), officeWithLunch())).get("id").asLong();
		String page = as(this.agent,
				get("/servicedesk/calendars/{id}", id).param("from", "2026-11-20T17:00").param("hours", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Lundi de Pâques")
			.contains("Fête du travail")
			.contains("lundi 23 novembre 2026 09:00");
		assertThat(page).doesNotContain("edit-calendar");
	}

	@Test
	void theDemoCalendarsAreListed() throws Exception {
		String page = as(this.agent, get("/servicedesk/calendars")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Heures ouvrées (France)")
			.contains("Heures ouvrées Alsace-Moselle")
			.contains("Heures ouvrées (Québec)")
			.contains("24/7");
	}

}
