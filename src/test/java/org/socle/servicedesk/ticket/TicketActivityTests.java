package org.socle.servicedesk.ticket;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Comments, internal notes, time entries and the timeline of a ticket. */
@SocleIntegrationTest
class TicketActivityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TicketCommentRepository comments;

	@Autowired
	TimeEntryRepository timeEntries;

	@Autowired
	TicketEventRepository events;

	@Autowired
	JsonMapper json;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Establishment a;

	Team team;

	UserAccount agent;

	UserAccount staff;

	UserAccount requester;

	Ticket ticket;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.staff = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		this.requester = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		this.ticket = this.fixtures.ticket(this.a, this.team, this.requester.getPerson());
	}

	private ResultActions send(UserAccount account, String path, Map<String, ?> body) throws Exception {
		MockHttpServletRequestBuilder r = post("/api/v1/tickets/{id}/" + path, this.ticket.getId())
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body))
			.with(csrf());
		return this.mvc.perform((account != null) ? r.with(user(this.fixtures.principal(account))) : r);
	}

	private ResultActions read(UserAccount account, String path) throws Exception {
		MockHttpServletRequestBuilder r = get("/api/v1/tickets/{id}/" + path, this.ticket.getId());
		return this.mvc.perform((account != null) ? r.with(user(this.fixtures.principal(account))) : r);
	}

	@Test
	void internalNotesAreHiddenFromTheRequester() throws Exception {
		send(this.agent, "comments", Map.of("body", "Diagnostic : carte réseau HS", "internal", true))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.internal").value(true));
		send(this.agent, "comments", Map.of("body", "Nous passons cet après-midi", "internal", false))
			.andExpect(status().isCreated());
		read(this.agent, "comments").andExpect(jsonPath("$", hasSize(2)));
		read(this.requester, "comments").andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].body").value("Nous passons cet après-midi"));
		read(this.requester, "timeline").andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].comment").value("Nous passons cet après-midi"));
		read(this.agent, "timeline").andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].kind").value("COMMENTED"))
			.andExpect(jsonPath("$[0].internal").value(true))
			.andExpect(jsonPath("$[0].comment").value("Diagnostic : carte réseau HS"));
	}

	@Test
	void theRequesterCommentsPubliclyButWritesNoInternalNote() throws Exception {
		send(this.requester, "comments", Map.of("body", "Toujours en panne", "internal", false))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.authorId").value(this.requester.getPerson().getId()));
		long before = this.comments.countByTicketId(this.ticket.getId());
		send(this.requester, "comments", Map.of("body", "Note", "internal", true)).andExpect(status().isForbidden());
		assertThat(this.comments.countByTicketId(this.ticket.getId())).isEqualTo(before);
	}

	@Test
	void aStaffAccountWhoIsNotTheRequesterCannotCommentOrLogTime() throws Exception {
		read(this.staff, "comments").andExpect(status().isOk());
		send(this.staff, "comments", Map.of("body", "Moi aussi", "internal", false)).andExpect(status().isForbidden());
		send(this.staff, "time-entries", Map.of("minutes", 10)).andExpect(status().isForbidden());
		send(this.requester, "time-entries", Map.of("minutes", 10)).andExpect(status().isForbidden());
		assertThat(this.comments.countByTicketId(this.ticket.getId())).isZero();
		assertThat(this.timeEntries.countByTicketId(this.ticket.getId())).isZero();
		assertThat(this.events.countByTicketId(this.ticket.getId())).isZero();
	}

	@Test
	void badCommentsAndTimeEntriesAreA400AndWriteNothing() throws Exception {
		send(this.agent, "comments", Map.of("body", " ", "internal", false)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotBlank"));
		send(this.agent, "time-entries", Map.of("minutes", 0)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("minutes"))
			.andExpect(jsonPath("$.errors[0].rule").value("Min"));
		send(this.agent, "time-entries", Map.of("minutes", 2000)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("Max"));
		send(this.agent, "time-entries", Map.of("note", "x")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("minutes"));
		assertThat(this.comments.countByTicketId(this.ticket.getId())).isZero();
		assertThat(this.timeEntries.countByTicketId(this.ticket.getId())).isZero();
		assertThat(this.events.countByTicketId(this.ticket.getId())).isZero();
	}

	@Test
	void anAgentLogsTimeOnTheTicket() throws Exception {
		send(this.agent, "time-entries", Map.of("minutes", 45, "workDate", "2026-11-20", "note", "Remplacement"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.minutes").value(45))
			.andExpect(jsonPath("$.personId").value(this.agent.getPerson().getId()));
		send(this.agent, "time-entries", Map.of("minutes", 15)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.workDate").isNotEmpty());
		read(this.agent, "time-entries").andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].workDate").value("2026-11-20"));
		read(this.agent, "timeline").andExpect(jsonPath("$[0].kind").value("TIME_LOGGED"))
			.andExpect(jsonPath("$[0].to").value("45"));
	}

	@Test
	void outOfScopeActivityIsNotFoundAndAnonymousIsRefused() throws Exception {
		Establishment b = this.fixtures.establishment();
		UserAccount agentOfB = this.fixtures.teamAccount(Role.AGENT, this.fixtures.team(b, TeamKind.IT));
		for (String path : new String[] { "comments", "time-entries", "timeline" }) {
			read(agentOfB, path).andExpect(status().isNotFound());
			read(null, path).andExpect(status().isUnauthorized());
		}
		send(agentOfB, "comments", Map.of("body", "x", "internal", false)).andExpect(status().isNotFound());
		send(agentOfB, "time-entries", Map.of("minutes", 5)).andExpect(status().isNotFound());
		send(null, "comments", Map.of("body", "x", "internal", false)).andExpect(status().isUnauthorized());
		send(null, "time-entries", Map.of("minutes", 5)).andExpect(status().isUnauthorized());
		assertThat(this.events.countByTicketId(this.ticket.getId())).isZero();
	}

	@Test
	void theTimelineWithItsCommentsLoadsInOneQuery() throws Exception {
		for (int i = 0; i < 3; i++) {
			send(this.agent, "comments", Map.of("body", "Commentaire " + i, "internal", i == 1))
				.andExpect(status().isCreated());
			send(this.agent, "time-entries", Map.of("minutes", 5 + i)).andExpect(status().isCreated());
		}
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		try {
			assertThat(this.events.timelineOf(this.ticket.getId())).hasSize(6)
				.extracting(TimelineLine::commentBody)
				.containsExactly("Commentaire 0", null, "Commentaire 1", null, "Commentaire 2", null);
			assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

}
