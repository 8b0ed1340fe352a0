package org.socle.servicedesk.ticket;

import java.util.HashMap;
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
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An agent re-assesses impact and urgency; the matrix gives the priority. */
@SocleIntegrationTest
class TicketPriorityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	TicketRepository tickets;

	@Autowired
	TicketEventRepository events;

	@Autowired
	PriorityMatrices matrices;

	Establishment a;

	Team team;

	UserAccount agent;

	Ticket ticket;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.ticket = this.fixtures.ticket(this.a, this.team, this.fixtures.person(this.a));
	}

	private ResultActions change(UserAccount who, Object... fields) throws Exception {
		Map<String, Object> body = new HashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			body.put((String) fields[i], fields[i + 1]);
		}
		return this.mvc
			.perform(post("/api/v1/tickets/{id}/priority", this.ticket.getId()).contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body))
				.with(user(this.fixtures.principal(who)))
				.with(csrf()));
	}

	private Ticket current() {
		return this.tickets.findById(this.ticket.getId()).orElseThrow();
	}

	private long priorityLines() {
		return this.events.timelineOf(this.ticket.getId())
			.stream()
			.filter(l -> l.event().getKind() == TicketEvent.Kind.PRIORITY_CHANGED)
			.count();
	}

	@Test
	void thePriorityIsRecomputedThroughTheMatrixAndTheTimelineSaysFromWhatToWhatAndWhy() throws Exception {
		int expected = this.matrices.current().priorityOf(1, 1);
		change(this.agent, "impact", 1, "urgency", 1, "reason", "Bloc opératoire à l'arrêt", "version", 0)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.priority").value(expected))
			.andExpect(jsonPath("$.impact").value(1))
			.andExpect(jsonPath("$.urgency").value(1))
			.andExpect(jsonPath("$.version").value(1));
		assertThat(current().getPriority()).isEqualTo(expected);
		TicketEvent line = this.events.timelineOf(this.ticket.getId()).get(0).event();
		assertThat(line.getKind()).isEqualTo(TicketEvent.Kind.PRIORITY_CHANGED);
		assertThat(line.getFromValue()).isEqualTo("3");
		assertThat(line.getToValue()).isEqualTo(String.valueOf(expected));
		assertThat(line.getDetail()).isEqualTo("1 x 1 : Bloc opératoire à l'arrêt");
	}

	@Test
	void aChangeOnAStaleVersionIsA409AndChangesNothing() throws Exception {
		change(this.agent, "impact", 1, "urgency", 2, "version", 0).andExpect(status().isOk());
		change(this.agent, "impact", 3, "urgency", 3, "version", 0).andExpect(status().isConflict());
		assertThat(current().getImpact()).isEqualTo(1);
		assertThat(priorityLines()).isEqualTo(1);
	}

	@Test
	void staffWhoSeesTheTicketCannotChangeItsPriority() throws Exception {
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		change(staff, "impact", 1, "urgency", 1, "version", 0).andExpect(status().isForbidden());
		UserAccount elsewhere = this.fixtures.establishmentAccount(Role.AGENT, this.fixtures.establishment());
		change(elsewhere, "impact", 1, "urgency", 1, "version", 0).andExpect(status().isNotFound());
		assertThat(current().getPriority()).isEqualTo(3);
		assertThat(priorityLines()).isZero();
	}

	@Test
	void badInputIsA400NamingFieldAndRule() throws Exception {
		expectRefused(change(this.agent, "impact", 4, "urgency", 1, "version", 0), "impact", "OutOfMatrix");
		expectRefused(change(this.agent, "impact", 1, "urgency", 0, "version", 0), "urgency", "OutOfMatrix");
		expectRefused(change(this.agent, "impact", 2, "urgency", 2, "version", 0), "impact", "PriorityUnchanged");
		expectRefused(change(this.agent, "urgency", 1, "version", 0), "impact", "NotNull");
		expectRefused(change(this.agent, "impact", 1, "urgency", 1, "reason", "x".repeat(501), "version", 0), "reason",
				"Size");
		assertThat(current().getVersion()).isZero();
	}

	@Test
	void aClosedTicketKeepsItsPriority() throws Exception {
		change(this.agent, "impact", 1, "urgency", 1, "version", 0);
		this.mvc
			.perform(post("/api/v1/tickets/{id}/transitions", this.ticket.getId())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\":\"CANCELLED\",\"version\":1}")
				.with(user(this.fixtures.principal(this.agent)))
				.with(csrf()))
			.andExpect(status().isOk());
		expectRefused(change(this.agent, "impact", 3, "urgency", 3, "version", 2), "status", "TicketNotOpen");
	}

	private void expectRefused(ResultActions result, String field, String rule) throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].rule").value(rule))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
	}

}
