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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Working a ticket: transitions, assignment and transfer, each with its timeline line.
 */
@SocleIntegrationTest
class TicketWorkTests {

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

	@Autowired
	JdbcClient jdbc;

	Establishment a;

	Team team;

	UserAccount agent;

	UserAccount staff;

	UserAccount requester;

	Person member;

	Ticket ticket;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.staff = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		this.requester = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		this.member = this.fixtures.person(this.a);
		this.fixtures.member(this.team, this.member, TeamRole.AGENT);
		this.ticket = this.fixtures.ticket(this.a, this.team, this.requester.getPerson());
	}

	ResultActions perform(UserAccount account, MockHttpServletRequestBuilder request, Map<String, ?> body)
			throws Exception {
		MockHttpServletRequestBuilder r = request.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body))
			.with(csrf());
		return this.mvc.perform((account != null) ? r.with(user(this.fixtures.principal(account))) : r);
	}

	private ResultActions move(UserAccount account, String to, Object... extra) throws Exception {
		Map<String, Object> body = new HashMap<>(Map.of("to", to, "version", current().getVersion()));
		for (int i = 0; i < extra.length; i += 2) {
			body.put((String) extra[i], extra[i + 1]);
		}
		return perform(account, post("/api/v1/tickets/{id}/transitions", this.ticket.getId()), body);
	}

	private ResultActions assign() throws Exception {
		return perform(this.agent, post("/api/v1/tickets/{id}/assignment", this.ticket.getId()),
				Map.of("assigneeId", this.member.getId(), "version", current().getVersion()));
	}

	private Ticket current() {
		return this.tickets.findById(this.ticket.getId()).orElseThrow();
	}

	private long timelineLength() {
		return this.events.countByTicketId(this.ticket.getId());
	}

	@Test
	void anAgentWorksATicketThroughItsWholeLifecycle() throws Exception {
		assign().andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ASSIGNED"))
			.andExpect(jsonPath("$.assigneeId").value(this.member.getId()));
		move(this.agent, "IN_PROGRESS").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		move(this.agent, "PENDING", "pendingReason", "SUPPLIER").andExpect(status().isOk())
			.andExpect(jsonPath("$.pendingReason").value("SUPPLIER"));
		move(this.agent, "IN_PROGRESS").andExpect(jsonPath("$.pendingReason").doesNotExist());
		move(this.agent, "RESOLVED", "resolutionCode", "FIXED", "resolutionNote", "Toner changé")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resolvedAt").isNotEmpty());
		move(this.agent, "CLOSED").andExpect(status().isOk()).andExpect(jsonPath("$.closedAt").isNotEmpty());
		assertThat(this.events.timelineOf(this.ticket.getId())).extracting(l -> l.event().getKind())
			.containsExactly(TicketEvent.Kind.ASSIGNED, TicketEvent.Kind.STATUS_CHANGED,
					TicketEvent.Kind.STATUS_CHANGED, TicketEvent.Kind.STATUS_CHANGED, TicketEvent.Kind.STATUS_CHANGED,
					TicketEvent.Kind.STATUS_CHANGED, TicketEvent.Kind.STATUS_CHANGED);
	}

	@Test
	void anIllegalTransitionIsA400OnStatusAndChangesNothing() throws Exception {
		long before = timelineLength();
		move(this.agent, "RESOLVED", "resolutionCode", "FIXED", "resolutionNote", "x")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].rule").value("IllegalTransition"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("NEW")));
		move(this.agent, "ASSIGNED").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("AssigneeRequired"));
		perform(this.agent, post("/api/v1/tickets/{id}/transitions", this.ticket.getId()), Map.of("version", 0))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		assertThat(current().getStatus()).isEqualTo(TicketStatus.NEW);
		assertThat(current().getVersion()).isZero();
		assertThat(timelineLength()).isEqualTo(before);
	}

	@Test
	void pendingNeedsAReasonAndResolvingNeedsACodeAndANote() throws Exception {
		assign();
		move(this.agent, "IN_PROGRESS");
		long version = current().getVersion();
		long before = timelineLength();
		move(this.agent, "PENDING").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("pendingReason"));
		move(this.agent, "RESOLVED", "resolutionNote", "Réparé").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("resolutionCode"));
		move(this.agent, "RESOLVED", "resolutionCode", "FIXED", "resolutionNote", " ")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("resolutionNote"));
		assertThat(current().getVersion()).isEqualTo(version);
		assertThat(current().getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
		assertThat(timelineLength()).isEqualTo(before);
	}

	@Test
	void aStaleVersionIsA409() throws Exception {
		assign();
		long before = timelineLength();
		perform(this.agent, post("/api/v1/tickets/{id}/transitions", this.ticket.getId()),
				Map.of("to", "CANCELLED", "version", 0))
			.andExpect(status().isConflict());
		perform(this.agent, post("/api/v1/tickets/{id}/assignment", this.ticket.getId()),
				Map.of("assigneeId", this.member.getId(), "version", 0))
			.andExpect(status().isConflict());
		perform(this.agent, post("/api/v1/tickets/{id}/transfer", this.ticket.getId()),
				Map.of("teamId", this.fixtures.team(this.a, TeamKind.IT).getId(), "version", 0))
			.andExpect(status().isConflict());
		assertThat(timelineLength()).isEqualTo(before);
		assertThat(current().getStatus()).isEqualTo(TicketStatus.ASSIGNED);
	}

	@Test
	void aStaffAccountWhoSeesTheTicketCannotWorkIt() throws Exception {
		Team other = this.fixtures.team(this.a, TeamKind.IT);
		move(this.staff, "CANCELLED").andExpect(status().isForbidden());
		perform(this.staff, post("/api/v1/tickets/{id}/assignment", this.ticket.getId()),
				Map.of("assigneeId", this.member.getId(), "version", 0))
			.andExpect(status().isForbidden());
		perform(this.staff, post("/api/v1/tickets/{id}/transfer", this.ticket.getId()),
				Map.of("teamId", other.getId(), "version", 0))
			.andExpect(status().isForbidden());
		move(this.requester, "CANCELLED").andExpect(status().isForbidden());
		assertThat(current().getStatus()).isEqualTo(TicketStatus.NEW);
		assertThat(timelineLength()).isZero();
	}

	@Test
	void ticketsOutOfScopeAreNotFoundAndAnonymousIsRefused() throws Exception {
		Establishment b = this.fixtures.establishment();
		UserAccount agentOfB = this.fixtures.teamAccount(Role.AGENT, this.fixtures.team(b, TeamKind.IT));
		move(agentOfB, "CANCELLED").andExpect(status().isNotFound());
		perform(agentOfB, post("/api/v1/tickets/{id}/assignment", this.ticket.getId()),
				Map.of("assigneeId", this.member.getId(), "version", 0))
			.andExpect(status().isNotFound());
		perform(agentOfB, post("/api/v1/tickets/{id}/transfer", this.ticket.getId()),
				Map.of("teamId", this.team.getId(), "version", 0))
			.andExpect(status().isNotFound());
		move(null, "CANCELLED").andExpect(status().isUnauthorized());
		perform(null, post("/api/v1/tickets/{id}/assignment", this.ticket.getId()),
				Map.of("assigneeId", this.member.getId(), "version", 0))
			.andExpect(status().isUnauthorized());
		perform(null, post("/api/v1/tickets/{id}/transfer", this.ticket.getId()),
				Map.of("teamId", this.team.getId(), "version", 0))
			.andExpect(status().isUnauthorized());
		assertThat(timelineLength()).isZero();
	}

	@Test
	void onlyAMemberOfTheTicketsTeamCanBeAssigned() throws Exception {
		perform(this.agent, post("/api/v1/tickets/{id}/assignment", this.ticket.getId()),
				Map.of("assigneeId", this.fixtures.person(this.a).getId(), "version", 0))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assigneeId"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotTeamMember"));
		perform(this.agent, post("/api/v1/tickets/{id}/assignment", this.ticket.getId()), Map.of("version", 0))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assigneeId"));
		assertThat(current().getAssigneeId()).isNull();
		assertThat(timelineLength()).isZero();
	}

	@Test
	void aTransferUnassignsKeepsTheHistoryAndLeavesTheQueue() throws Exception {
		assign();
		Team other = this.fixtures.team(this.a, TeamKind.TECHNICAL);
		perform(this.agent, post("/api/v1/tickets/{id}/transfer", this.ticket.getId()),
				Map.of("teamId", other.getId(), "version", current().getVersion()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.teamId").value(other.getId()))
			.andExpect(jsonPath("$.assigneeId").doesNotExist())
			.andExpect(jsonPath("$.status").value("NEW"));
		assertThat(this.events.timelineOf(this.ticket.getId())).extracting(l -> l.event().getKind())
			.containsExactly(TicketEvent.Kind.ASSIGNED, TicketEvent.Kind.STATUS_CHANGED, TicketEvent.Kind.TRANSFERRED,
					TicketEvent.Kind.STATUS_CHANGED);
	}

	@Test
	void aTransferToAnUnknownOrTheSameTeamIsRefused() throws Exception {
		perform(this.agent, post("/api/v1/tickets/{id}/transfer", this.ticket.getId()),
				Map.of("teamId", -1, "version", 0))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("UnknownTeam"));
		perform(this.agent, post("/api/v1/tickets/{id}/transfer", this.ticket.getId()),
				Map.of("teamId", this.team.getId(), "version", 0))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("SameTeam"));
		assertThat(current().getTeamId()).isEqualTo(this.team.getId());
		assertThat(timelineLength()).isZero();
	}

	@Test
	void theRequesterReopensAResolvedTicketWithinTheDelayOnly() throws Exception {
		assign();
		move(this.agent, "IN_PROGRESS");
		move(this.agent, "RESOLVED", "resolutionCode", "FIXED", "resolutionNote", "Fait");
		move(this.agent, "IN_PROGRESS").andExpect(status().isForbidden());
		move(this.requester, "IN_PROGRESS").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.reopenCount").value(1));
		move(this.agent, "RESOLVED", "resolutionCode", "FIXED", "resolutionNote", "Refait");
		this.jdbc.sql("update sd_ticket set resolved_at = now() - interval '8 days' where id = ?")
			.param(this.ticket.getId())
			.update();
		move(this.requester, "IN_PROGRESS").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("ReopenExpired"));
		assertThat(current().getStatus()).isEqualTo(TicketStatus.RESOLVED);
		assertThat(this.events.timelineOf(this.ticket.getId())).extracting(l -> l.event().getKind())
			.containsOnlyOnce(TicketEvent.Kind.REOPENED);
	}

	@Test
	void aClosedTicketCanNoLongerBeAssignedOrTransferred() throws Exception {
		move(this.agent, "CANCELLED").andExpect(status().isOk());
		assign().andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].rule").value("TicketNotOpen"));
		move(this.agent, "IN_PROGRESS").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("IllegalTransition"));
	}

}
