package org.socle.servicedesk.ticket;

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
import org.socle.directory.team.TeamRole;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Opening, reading and listing tickets, and who sees what. */
@SocleIntegrationTest
class TicketApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TicketRepository tickets;

	@Autowired
	TicketEventRepository events;

	@Autowired
	JsonMapper json;

	Establishment a;

	Team team;

	UserAccount agent;

	UserAccount staff;

	Person requester;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.staff = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		this.requester = this.fixtures.person(this.a);
	}

	private ResultActions perform(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.fixtures.principal(account))).with(csrf()));
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Map<String, ?> body)
			throws Exception {
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	private Map<String, Object> incident(Object... extra) {
		Map<String, Object> body = new HashMap<>(Map.of("type", "INCIDENT", "title", "Imprimante en panne", "teamId",
				this.team.getId(), "impact", 1, "urgency", 2, "description", "**Bloquant** pour l'accueil"));
		for (int i = 0; i < extra.length; i += 2) {
			body.put((String) extra[i], extra[i + 1]);
		}
		return body;
	}

	@Test
	void anAgentOpensAnIncidentNumberedAndPrioritisedFromTheMatrix() throws Exception {
		String response = perform(this.agent,
				json(post("/api/v1/tickets"), incident("requesterId", this.requester.getId(), "channel", "PHONE")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("INC-\\d{6,}")))
			.andExpect(jsonPath("$.priority").value(2))
			.andExpect(jsonPath("$.status").value("NEW"))
			.andExpect(jsonPath("$.channel").value("PHONE"))
			.andExpect(jsonPath("$.requesterId").value(this.requester.getId()))
			.andExpect(jsonPath("$.establishmentId").value(this.a.getId()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Long id = this.json.readTree(response).get("id").asLong();
		assertThat(this.events.timelineOf(id)).extracting(l -> l.event().getKind())
			.containsExactly(TicketEvent.Kind.CREATED);
	}

	@Test
	void incidentsAndRequestsShareOneNumberSequence() throws Exception {
		String inc = perform(this.staff, json(post("/api/v1/tickets"), incident())).andReturn()
			.getResponse()
			.getContentAsString();
		String req = perform(this.staff, json(post("/api/v1/tickets"), incident("type", "SERVICE_REQUEST")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long first = Long.parseLong(this.json.readTree(inc).get("number").asText().substring(4));
		String second = this.json.readTree(req).get("number").asText();
		assertThat(second).startsWith("REQ-");
		assertThat(Long.parseLong(second.substring(4))).isGreaterThan(first);
	}

	@Test
	void staffRaisesTheirOwnTicketButNotOneForSomeoneElse() throws Exception {
		perform(this.staff, json(post("/api/v1/tickets"), incident())).andExpect(status().isCreated())
			.andExpect(jsonPath("$.requesterId").value(this.staff.getPerson().getId()));
		long before = this.tickets.count();
		perform(this.staff, json(post("/api/v1/tickets"), incident("requesterId", this.requester.getId())))
			.andExpect(status().isForbidden());
		assertThat(this.tickets.count()).isEqualTo(before);
	}

	@Test
	void badInputIsA400NamingFieldAndRuleAndWritesNothing() throws Exception {
		long before = this.tickets.count();
		expectRefused(incident("title", " "), "title", "NotBlank");
		expectRefused(incident("impact", 4), "impact", "OutOfMatrix");
		expectRefused(incident("urgency", 0), "urgency", "OutOfMatrix");
		expectRefused(incident("teamId", -1), "teamId", "UnknownTeam");
		expectRefused(incident("type", "PROBLEM"), "type", "TicketTypeNotOpen");
		expectRefused(incident("requesterId", -1), "requesterId", "UnknownPerson");
		expectRefused(incident("categoryId", -1), "categoryId", "UnknownCategory");
		Map<String, Object> noTeam = incident();
		noTeam.remove("teamId");
		expectRefused(noTeam, "teamId", "NotNull");
		assertThat(this.tickets.count()).isEqualTo(before);
	}

	private void expectRefused(Map<String, Object> body, String field, String rule) throws Exception {
		perform(this.agent, json(post("/api/v1/tickets"), body)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].rule").value(rule))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
	}

	@Test
	void anonymousCallsAreRefusedWith401() throws Exception {
		Ticket ticket = this.fixtures.ticket(this.a, this.team, this.requester);
		long before = this.tickets.count();
		this.mvc.perform(get("/api/v1/tickets")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/tickets/{id}", ticket.getId())).andExpect(status().isUnauthorized());
		this.mvc.perform(json(post("/api/v1/tickets"), incident()).with(csrf())).andExpect(status().isUnauthorized());
		assertThat(this.tickets.count()).isEqualTo(before);
	}

	@Test
	void anotherEstablishmentsTicketIsInvisibleToATeamAgent() throws Exception {
		Establishment b = this.fixtures.establishment();
		Team teamB = this.fixtures.team(b, TeamKind.IT);
		Ticket ofB = this.fixtures.ticket(b, teamB, this.fixtures.person(b));
		Ticket ofA = this.fixtures.ticket(this.a, this.team, this.requester);
		perform(this.agent, get("/api/v1/tickets/{id}", ofB.getId())).andExpect(status().isNotFound());
		perform(this.agent, get("/api/v1/tickets/{id}/timeline", ofB.getId())).andExpect(status().isNotFound());
		perform(this.agent, get("/api/v1/tickets?size=200&teamId={t}", teamB.getId()))
			.andExpect(jsonPath("$.totalElements").value(0));
		perform(this.agent, get("/api/v1/tickets/{id}", ofA.getId())).andExpect(status().isOk());
		UserAccount groupStaff = this.fixtures.groupAccount(Role.STAFF, this.a);
		perform(groupStaff, get("/api/v1/tickets/{id}", ofB.getId())).andExpect(status().isOk());
	}

	@Test
	void aTeamAgentSeesTicketsOfAnotherEstablishmentRoutedToTheirTeamOnly() throws Exception {
		Establishment b = this.fixtures.establishment();
		Ticket routed = this.fixtures.ticket(b, this.team, this.fixtures.person(b));
		Ticket notRouted = this.fixtures.ticket(b, this.fixtures.team(b, TeamKind.IT), this.fixtures.person(b));
		perform(this.agent, get("/api/v1/tickets/{id}", routed.getId())).andExpect(status().isOk());
		perform(this.agent, get("/api/v1/tickets/{id}", notRouted.getId())).andExpect(status().isNotFound());
		perform(this.agent, get("/api/v1/tickets?size=200&q={q}", routed.getTitle()))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(routed.getId()));
		perform(this.staff, get("/api/v1/tickets/{id}", routed.getId())).andExpect(status().isNotFound());
	}

	@Test
	void anAccountWithoutRoleSeesNoTicketNotEvenItsOwn() throws Exception {
		UserAccount noRole = this.fixtures.account(this.a);
		Ticket own = this.fixtures.ticket(this.a, this.team, noRole.getPerson());
		perform(noRole, get("/api/v1/tickets/{id}", own.getId())).andExpect(status().isNotFound());
		perform(noRole, get("/api/v1/tickets")).andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void myTicketsAreThoseIRaisedOrThatWereRaisedOnMyBehalf() throws Exception {
		Ticket raised = this.fixtures.ticket(this.a, this.team, this.staff.getPerson());
		this.fixtures.ticket(this.a, this.team, this.requester);
		perform(this.staff, get("/api/v1/tickets?mine=true")).andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].number").value(raised.getNumber()));
		perform(this.agent, get("/api/v1/tickets?mine=true")).andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void theAgentsQueuesAreServedByTheApiAsOnTheirPage() throws Exception {
		this.fixtures.member(this.team, this.agent.getPerson(), TeamRole.AGENT);
		Ticket mine = this.fixtures.ticket(this.a, this.team, this.requester);
		Ticket waiting = this.fixtures.ticket(this.a, this.team, this.requester);
		Team elsewhere = this.fixtures.team(this.a, TeamKind.TECHNICAL);
		Ticket otherTeams = this.fixtures.ticket(this.a, elsewhere, this.requester);
		perform(this.agent, json(post("/api/v1/tickets/{id}/assignment", mine.getId()),
				Map.of("assigneeId", this.agent.getPerson().getId(), "version", 0)))
			.andExpect(status().isOk());
		perform(this.agent, get("/api/v1/tickets?queue=MINE")).andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].number").value(mine.getNumber()));
		perform(this.agent, get("/api/v1/tickets?queue=UNASSIGNED")).andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].number").value(waiting.getNumber()));
		perform(this.agent, get("/api/v1/tickets?queue=TEAMS&sort=number"))
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.content[*].number")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(otherTeams.getNumber()))));
		perform(this.agent, get("/api/v1/tickets?queue=SOMEWHERE")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("queue"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotOneOf"));
	}

	@Test
	void theQueueFiltersByStatusPriorityTypeTeamAssigneeAndTitle() throws Exception {
		Ticket one = this.fixtures.ticket(this.a, this.team, this.requester);
		this.fixtures.ticket(this.a, this.team, this.requester);
		Person member = this.fixtures.person(this.a);
		this.fixtures.member(this.team, member, TeamRole.AGENT);
		perform(this.agent, json(post("/api/v1/tickets/{id}/assignment", one.getId()),
				Map.of("assigneeId", member.getId(), "version", 0)))
			.andExpect(status().isOk());
		perform(this.agent,
				get("/api/v1/tickets?teamId={t}&assigneeId={p}&status=ASSIGNED&priority=3&type=INCIDENT",
						this.team.getId(), member.getId()))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].number").value(one.getNumber()));
		perform(this.agent, get("/api/v1/tickets?teamId={t}&open=true&sort=number,asc", this.team.getId()))
			.andExpect(jsonPath("$.totalElements").value(2));
		perform(this.agent, get("/api/v1/tickets?teamId={t}&priority=1", this.team.getId()))
			.andExpect(jsonPath("$.totalElements").value(0));
		perform(this.agent, get("/api/v1/tickets?teamId={t}&status=BOGUS", this.team.getId()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anUnknownTicketIsA404() throws Exception {
		perform(this.agent, get("/api/v1/tickets/{id}", -5)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.entity").value("Ticket"));
	}

}
