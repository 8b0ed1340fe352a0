package org.socle.servicedesk.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.directory.team.TeamRole;
import org.socle.testing.Fixtures;
import org.socle.testing.SettableClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Establishment A with team T (a lead and an agent, members with e-mail addresses), a
 * second team U of A, a requester with an e-mail address, a business calendar (Monday to
 * Friday, 08:00-18:00, Paris, no holidays) and T's agreement on it; and the calls that
 * drive tickets through the API at the times the test sets.
 */
final class ReportWorld {

	private static final Pattern SURVEY_LINK = Pattern.compile("/satisfaction/([A-Za-z0-9_-]{43})");

	final MockMvc mvc;

	final Fixtures fixtures;

	final JsonMapper json;

	final JdbcClient jdbc;

	final SettableClock clock;

	final Establishment a;

	final Team team;

	final Team otherTeam;

	final UserAccount lead;

	final UserAccount agent;

	final UserAccount otherAgent;

	final UserAccount requester;

	final UserAccount admin;

	long calendarId;

	ReportWorld(MockMvc mvc, Fixtures fixtures, JsonMapper json, JdbcClient jdbc, SettableClock clock) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.json = json;
		this.jdbc = jdbc;
		this.clock = clock;
		this.a = fixtures.establishment();
		this.team = fixtures.team(this.a, TeamKind.IT);
		this.otherTeam = fixtures.team(this.a, TeamKind.TECHNICAL);
		this.lead = fixtures.teamAccount(Role.TEAM_LEAD, this.team);
		this.agent = fixtures.teamAccount(Role.AGENT, this.team);
		this.otherAgent = fixtures.teamAccount(Role.AGENT, this.otherTeam);
		this.requester = fixtures.establishmentAccount(Role.STAFF, this.a);
		this.admin = fixtures.groupAccount(Role.ADMINISTRATOR, this.a);
		member(this.lead.getPerson(), this.team, TeamRole.LEAD);
		member(this.agent.getPerson(), this.team, TeamRole.AGENT);
		member(this.otherAgent.getPerson(), this.otherTeam, TeamRole.AGENT);
		withEmail(this.requester.getPerson());
	}

	private void member(Person person, Team team, TeamRole role) {
		this.fixtures.member(team, person, role);
		withEmail(person);
	}

	private void withEmail(Person person) {
		this.jdbc.sql("update dir_person set email = ? where id = ?")
			.params("rapport." + Fixtures.unique() + "@example.org", person.getId())
			.update();
	}

	/**
	 * The calendar and T's agreement on it: P2 30 min / 2 h, P3 1 h / 4 h (and the other
	 * priorities), at-risk at 75 %.
	 */
	void agreement() throws Exception {
		agreement("2026-01-01");
	}

	/** The same, valid from the day. */
	void agreement(String validFrom) throws Exception {
		List<Map<String, Object>> hours = new ArrayList<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
			hours.add(Map.of("day", day, "start", "08:00", "end", "18:00"));
		}
		this.calendarId = read(
				as(this.admin,
						json(post("/api/v1/calendars"), Map.of("name", "Bureaux " + Fixtures.unique(), "zoneId",
								"Europe/Paris", "holidays", "NONE", "hours", hours)))
					.andExpect(status().isCreated()))
			.get("id")
			.asLong();
		Map<String, Object> body = new HashMap<>(Map.of("kind", "SLA", "name", "SLA Rapport " + Fixtures.unique(),
				"teamId", this.team.getId(), "calendarId", this.calendarId, "atRiskPercent", 75, "validFrom", validFrom,
				"targets", List.of(target(1, 15, 60), target(2, 30, 120), target(3, 60, 240), target(4, 120, 480),
						target(5, 240, 960))));
		as(this.lead, json(post("/api/v1/agreements"), body)).andExpect(status().isCreated());
	}

	private static Map<String, Object> target(int priority, int response, int resolution) {
		return Map.of("priority", priority, "responseMinutes", response, "resolutionMinutes", resolution);
	}

	/** A ticket of the team raised by the requester at the (Paris) time. */
	Ticket open(String at, String type, int impact, int urgency, Team of) throws Exception {
		return open(at, type, impact, urgency, of, this.requester);
	}

	/**
	 * A ticket of the team raised by someone at the (Paris) time (of their
	 * establishment).
	 */
	Ticket open(String at, String type, int impact, int urgency, Team of, UserAccount by) throws Exception {
		this.clock.set(at);
		JsonNode created = read(
				as(by, json(post("/api/v1/tickets"), Map.of("type", type, "title", "Rapport " + Fixtures.unique(),
						"teamId", of.getId(), "impact", impact, "urgency", urgency)))
					.andExpect(status().isCreated()));
		return new Ticket(created.get("id").asLong(), created.get("number").asText());
	}

	void assign(Ticket t, String at) throws Exception {
		this.clock.set(at);
		as(this.agent,
				json(post("/api/v1/tickets/{id}/assignment", t.id()),
						Map.of("assigneeId", this.agent.getPerson().getId(), "version", version(t))))
			.andExpect(status().isOk());
	}

	/** The agent hands the ticket over to another team. */
	void transfer(Ticket t, Team to, String at) throws Exception {
		this.clock.set(at);
		as(this.agent, json(post("/api/v1/tickets/{id}/transfer", t.id()),
				Map.of("teamId", to.getId(), "version", version(t))))
			.andExpect(status().isOk());
	}

	void comment(Ticket t, String at) throws Exception {
		this.clock.set(at);
		as(this.agent,
				json(post("/api/v1/tickets/{id}/comments", t.id()), Map.of("body", "Je regarde", "internal", false)))
			.andExpect(status().isCreated());
	}

	/** The agent moves the ticket (a resolution with a code and a note). */
	void move(Ticket t, String to, String at) throws Exception {
		move(this.agent, t, to, null, at);
	}

	void pending(Ticket t, String reason, String at) throws Exception {
		move(this.agent, t, "PENDING", reason, at);
	}

	/** The requester reopens the resolved ticket. */
	void reopen(Ticket t, String at) throws Exception {
		move(this.requester, t, "IN_PROGRESS", null, at);
	}

	private void move(UserAccount who, Ticket t, String to, String pendingReason, String at) throws Exception {
		this.clock.set(at);
		Map<String, Object> body = new HashMap<>(Map.of("to", to, "version", version(t)));
		if (pendingReason != null) {
			body.put("pendingReason", pendingReason);
		}
		if ("RESOLVED".equals(to)) {
			body.put("resolutionCode", "FIXED");
			body.put("resolutionNote", "Réparé");
		}
		as(who, json(post("/api/v1/tickets/{id}/transitions", t.id()), body)).andExpect(status().isOk());
	}

	/** The requester rates the ticket's latest survey through its link. */
	void rate(Ticket t, int rating, String at) throws Exception {
		this.clock.set(at);
		String body = this.jdbc
			.sql("select body_text from sd_mail_outbox where ticket_id = ? and body_text like '%/satisfaction/%'"
					+ " order by id desc limit 1")
			.param(t.id())
			.query(String.class)
			.single();
		Matcher link = SURVEY_LINK.matcher(body);
		link.find();
		this.mvc.perform(post("/satisfaction/" + link.group(1)).param("rating", String.valueOf(rating)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private long version(Ticket t) throws Exception {
		return read(as(this.agent, get("/api/v1/tickets/{id}", t.id())).andExpect(status().isOk())).get("version")
			.asLong();
	}

	ResultActions as(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.fixtures.principal(account))).with(csrf()));
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	/** A ticket of the scenario. */
	record Ticket(long id, String number) {
	}

}
