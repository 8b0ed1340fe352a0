package org.socle.servicedesk.sla;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.servicedesk.ticket.TicketEvent;
import org.socle.servicedesk.ticket.TicketEventRepository;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The clocks of tickets as their timeline drives them. */
@SocleIntegrationTest
class SlaClocksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	TicketEventRepository events;

	SlaWorld w;

	@BeforeEach
	void world() {
		this.w = new SlaWorld(this.mvc, this.fixtures, this.json);
	}

	private long openTicket() throws Exception {
		return this.w.ticket().get("id").asLong();
	}

	@Test
	void aNewTicketStartsBothClocksOfTheTeamsAgreementAndShowsItsDueDates() throws Exception {
		this.w.agreement(false);
		long id = openTicket();
		JsonNode response = this.w.current(id, "RESPONSE");
		JsonNode resolution = this.w.current(id, "RESOLUTION");
		assertThat(response.get("targetMinutes").asInt()).isEqualTo(120);
		assertThat(resolution.get("targetMinutes").asInt()).isEqualTo(480);
		assertThat(resolution.get("state").asText()).isEqualTo("ON_TRACK");
		JsonNode ticket = this.w.get(this.w.agent, "/api/v1/tickets/{id}", id);
		assertThat(ticket.get("slaState").asText()).isEqualTo("ON_TRACK");
		assertThat(ticket.get("resolutionDueAt").isNull()).isFalse();
		assertThat(ticket.get("responseDueAt").isNull()).isFalse();
	}

	@Test
	void aTicketOfATeamWithoutAgreementHasNoClock() throws Exception {
		long id = openTicket();
		assertThat(this.w.clocks(id)).isEmpty();
		assertThat(this.w.get(this.w.agent, "/api/v1/tickets/{id}", id).get("slaState").asText()).isEqualTo("NONE");
	}

	@Test
	void theAgentsAssignmentStopsTheResponseClock() throws Exception {
		this.w.agreement(false);
		long id = openTicket();
		this.w.assign(id);
		assertThat(this.w.current(id, "RESPONSE").get("state").asText()).isEqualTo("MET");
		assertThat(this.w.current(id, "RESOLUTION").get("state").asText()).isEqualTo("ON_TRACK");
	}

	@Test
	void theRequestersCommentDoesNotStopTheResponseClockButTheAgentsPublicCommentDoes() throws Exception {
		this.w.agreement(false);
		long id = openTicket();
		this.w
			.as(this.w.requester,
					this.w.json(post("/api/v1/tickets/{id}/comments", id),
							Map.of("body", "Alors ?", "internal", false)))
			.andExpect(status().isCreated());
		assertThat(this.w.current(id, "RESPONSE").get("state").asText()).isEqualTo("ON_TRACK");
		this.w
			.as(this.w.agent,
					this.w.json(post("/api/v1/tickets/{id}/comments", id), Map.of("body", "Note", "internal", true)))
			.andExpect(status().isCreated());
		assertThat(this.w.current(id, "RESPONSE").get("state").asText()).isEqualTo("ON_TRACK");
		this.w
			.as(this.w.agent,
					this.w.json(post("/api/v1/tickets/{id}/comments", id),
							Map.of("body", "J'arrive", "internal", false)))
			.andExpect(status().isCreated());
		assertThat(this.w.current(id, "RESPONSE").get("state").asText()).isEqualTo("MET");
	}

	@Test
	void pendingForTheRequesterPausesTheResolutionClockAndLeavingPendingResumesIt() throws Exception {
		this.w.agreement(false);
		long id = inProgress();
		this.w.move(id, "PENDING", "REQUESTER");
		JsonNode paused = this.w.current(id, "RESOLUTION");
		assertThat(paused.get("state").asText()).isEqualTo("PAUSED");
		assertThat(paused.get("pauseReason").asText()).isEqualTo("REQUESTER");
		assertThat(paused.get("dueAt").isNull()).isTrue();
		assertThat(this.w.get(this.w.agent, "/api/v1/tickets/{id}", id).get("resolutionDueAt").isNull()).isTrue();
		this.w.move(id, "IN_PROGRESS", null);
		JsonNode resumed = this.w.current(id, "RESOLUTION");
		assertThat(resumed.get("state").asText()).isEqualTo("ON_TRACK");
		assertThat(resumed.get("dueAt").isNull()).isFalse();
		assertThat(resumed.get("pausedSince").isNull()).isTrue();
	}

	@Test
	void pendingForASupplierPausesTheResolutionClock() throws Exception {
		this.w.agreement(false);
		long id = inProgress();
		this.w.move(id, "PENDING", "SUPPLIER");
		assertThat(this.w.current(id, "RESOLUTION").get("state").asText()).isEqualTo("PAUSED");
	}

	@Test
	void pendingForAPlannedChangeDoesNotPauseUnlessTheAgreementSaysSo() throws Exception {
		this.w.agreement(false);
		long id = inProgress();
		this.w.move(id, "PENDING", "PLANNED_CHANGE");
		assertThat(this.w.current(id, "RESOLUTION").get("state").asText()).isEqualTo("ON_TRACK");

		SlaWorld other = new SlaWorld(this.mvc, this.fixtures, this.json);
		other.agreement(true);
		long flagged = other.ticket().get("id").asLong();
		other.assign(flagged);
		other.move(flagged, "IN_PROGRESS", null);
		other.move(flagged, "PENDING", "PLANNED_CHANGE");
		assertThat(other.current(flagged, "RESOLUTION").get("state").asText()).isEqualTo("PAUSED");
	}

	@Test
	void resolvingStopsTheResolutionClockAndReopeningRestartsIt() throws Exception {
		this.w.agreement(false);
		long id = inProgress();
		this.w.move(id, "RESOLVED", null);
		assertThat(this.w.current(id, "RESOLUTION").get("state").asText()).isEqualTo("MET");
		assertThat(this.w.get(this.w.agent, "/api/v1/tickets/{id}", id).get("slaState").asText()).isEqualTo("MET");
		this.w.as(this.w.requester, this.w.json(post("/api/v1/tickets/{id}/transitions", id),
				Map.of("to", "IN_PROGRESS", "version", this.w.version(id))))
			.andExpect(status().isOk());
		JsonNode reopened = this.w.current(id, "RESOLUTION");
		assertThat(reopened.get("state").asText()).isEqualTo("ON_TRACK");
		assertThat(reopened.get("stoppedAt").isNull()).isTrue();
	}

	@Test
	void aPriorityChangeRecomputesTheClocksKeepsTheOldOnesAndSaysSoInTheTimeline() throws Exception {
		this.w.agreement(false);
		long id = openTicket();
		this.w
			.as(this.w.agent,
					this.w.json(post("/api/v1/tickets/{id}/priority", id),
							Map.of("impact", 1, "urgency", 1, "version", this.w.version(id))))
			.andExpect(status().isOk());
		JsonNode all = this.w.clocks(id);
		assertThat(all).hasSize(4);
		JsonNode resolution = this.w.current(id, "RESOLUTION");
		assertThat(resolution.get("priority").asInt()).isEqualTo(1);
		assertThat(resolution.get("targetMinutes").asInt()).isEqualTo(120);
		long replaced = 0;
		for (JsonNode c : all) {
			if (!c.get("current").asBoolean()) {
				replaced++;
				assertThat(c.get("supersededReason").asText()).isEqualTo("PRIORITY_CHANGED");
				assertThat(c.get("startedAt").asText()).isEqualTo(resolution.get("startedAt").asText());
			}
		}
		assertThat(replaced).isEqualTo(2);
		assertThat(this.events.timelineOf(id)).anyMatch(
				l -> l.event().getKind() == TicketEvent.Kind.SLA_RECALCULATED && l.event().getToValue().contains("P1"));
	}

	@Test
	void theTicketPageShowsTheTimeLeftOfEachClock() throws Exception {
		this.w.agreement(false);
		long id = openTicket();
		this.w
			.as(this.w.agent,
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/servicedesk/tickets/{id}",
							id))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("(temps ouvré)")));
	}

	@Test
	void theQueuesSortByResolutionDueWithTicketsWithoutDueDateLast() throws Exception {
		long none = openTicket();
		this.w.agreement(false);
		long due = openTicket();
		JsonNode page = this.w.get(this.w.agent, "/api/v1/tickets?teamId={t}&sort=resolutionDueAt,desc&size=200",
				this.w.team.getId());
		JsonNode content = page.get("content");
		assertThat(content.get(0).get("id").asLong()).isEqualTo(due);
		assertThat(content.get(content.size() - 1).get("id").asLong()).isEqualTo(none);
		this.w
			.as(this.w.agent,
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.get("/servicedesk/queues?view=ALL&sort=resolutionDueAt"))
			.andExpect(status().isOk());
		this.w
			.as(this.w.agent,
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/tickets/{id}",
							due))
			.andExpect(jsonPath("$.slaState").value("ON_TRACK"));
	}

	private long inProgress() throws Exception {
		long id = openTicket();
		this.w.assign(id);
		this.w.move(id, "IN_PROGRESS", null);
		return id;
	}

}
