package org.socle.servicedesk.sla;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.directory.team.TeamRole;
import org.socle.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A team with a lead and an agent (members, with e-mail addresses), a requester, and the
 * calls of the service level tests, all through the API.
 */
final class SlaWorld {

	final MockMvc mvc;

	final Fixtures fixtures;

	final JsonMapper json;

	final Establishment a;

	final Team team;

	final UserAccount lead;

	final UserAccount agent;

	final UserAccount requester;

	SlaWorld(MockMvc mvc, Fixtures fixtures, JsonMapper json) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.json = json;
		this.a = fixtures.establishment();
		this.team = fixtures.team(this.a, TeamKind.IT);
		this.lead = fixtures.teamAccount(Role.TEAM_LEAD, this.team);
		this.agent = fixtures.teamAccount(Role.AGENT, this.team);
		this.requester = fixtures.establishmentAccount(Role.STAFF, this.a);
		withEmail(this.lead.getPerson(), TeamRole.LEAD);
		withEmail(this.agent.getPerson(), TeamRole.AGENT);
	}

	private void withEmail(Person person, TeamRole role) {
		this.fixtures.member(this.team, person, role);
		org.springframework.jdbc.core.simple.JdbcClient jdbc = org.springframework.web.context.support.WebApplicationContextUtils
			.getRequiredWebApplicationContext(this.mvc.getDispatcherServlet().getServletContext())
			.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		jdbc.sql("update dir_person set email = ? where id = ?")
			.params("sla." + Fixtures.unique() + "@example.org", person.getId())
			.update();
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

	/**
	 * The body of an agreement for the team's default, with the targets of priorities 1
	 * to 5.
	 */
	static Map<String, Object> agreementBody(Long teamId, boolean pauseForPlannedChange, int resolutionMinutes) {
		return new java.util.HashMap<>(Map.of("kind", "SLA", "name", "SLA " + Fixtures.unique(), "teamId", teamId,
				"pauseForPlannedChange", pauseForPlannedChange, "atRiskPercent", 75, "validFrom",
				LocalDate.now().minusDays(1).toString(), "targets",
				List.of(target(1, 30, 120), target(2, 60, resolutionMinutes), target(3, 120, resolutionMinutes),
						target(4, 240, resolutionMinutes * 2), target(5, 480, resolutionMinutes * 4))));
	}

	static Map<String, Object> target(int priority, int response, int resolution) {
		return Map.of("priority", priority, "responseMinutes", response, "resolutionMinutes", resolution);
	}

	/** The team's default agreement, created by its lead. */
	JsonNode agreement(boolean pauseForPlannedChange) throws Exception {
		return read(as(this.lead,
				json(post("/api/v1/agreements"), agreementBody(this.team.getId(), pauseForPlannedChange, 480)))
			.andExpect(status().isCreated()));
	}

	/** A new incident (impact 2, urgency 2: priority 3) raised by the requester. */
	JsonNode ticket() throws Exception {
		return read(
				as(this.requester,
						json(post("/api/v1/tickets"),
								Map.of("type", "INCIDENT", "title", "Panne " + Fixtures.unique(), "teamId",
										this.team.getId(), "impact", 2, "urgency", 2)))
					.andExpect(status().isCreated()));
	}

	JsonNode get(UserAccount who, String path, Object... vars) throws Exception {
		return read(as(who, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars))
			.andExpect(status().isOk()));
	}

	long version(long ticketId) throws Exception {
		return get(this.agent, "/api/v1/tickets/{id}", ticketId).get("version").asLong();
	}

	void assign(long ticketId) throws Exception {
		as(this.agent,
				json(post("/api/v1/tickets/{id}/assignment", ticketId),
						Map.of("assigneeId", this.agent.getPerson().getId(), "version", version(ticketId))))
			.andExpect(status().isOk());
	}

	void move(long ticketId, String to, String pendingReason) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("to", to, "version", version(ticketId)));
		if (pendingReason != null) {
			body.put("pendingReason", pendingReason);
		}
		if ("RESOLVED".equals(to)) {
			body.put("resolutionCode", "FIXED");
			body.put("resolutionNote", "Réparé");
		}
		as(this.agent, json(post("/api/v1/tickets/{id}/transitions", ticketId), body)).andExpect(status().isOk());
	}

	/** The ticket's clocks as the API shows them, oldest first. */
	JsonNode clocks(long ticketId) throws Exception {
		return get(this.agent, "/api/v1/tickets/{id}/sla-clocks", ticketId);
	}

	/** The current clock of a kind. */
	JsonNode current(long ticketId, String kind) throws Exception {
		for (JsonNode c : clocks(ticketId)) {
			if (c.get("current").asBoolean() && kind.equals(c.get("kind").asText())) {
				return c;
			}
		}
		return null;
	}

}
