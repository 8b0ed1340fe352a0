package org.socle.servicedesk.sla;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.servicedesk.catalogue.CatalogueRows;
import org.socle.servicedesk.ticket.TicketEvent;
import org.socle.servicedesk.ticket.TicketEventRepository;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agent files a ticket under another catalogue service: a timeline line, and the
 * clocks recomputed for the service's agreement with the old ones kept.
 */
@SocleIntegrationTest
class ServiceChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TicketEventRepository events;

	SlaWorld w;

	long service;

	long agreement;

	@BeforeEach
	void world() throws Exception {
		this.w = new SlaWorld(this.mvc, this.fixtures, this.json);
		this.w.agreement(false);
		this.service = new CatalogueRows(this.jdbc).service(this.w.team.getId(), this.w.a.getId(), "LIVE");
		Map<String, Object> body = SlaWorld.agreementBody(this.w.team.getId(), false, 240);
		body.put("serviceId", this.service);
		this.agreement = this.w
			.read(this.w.as(this.w.lead, this.w.json(post("/api/v1/agreements"), body)).andExpect(status().isCreated()))
			.get("id")
			.asLong();
	}

	private org.springframework.test.web.servlet.ResultActions change(long ticketId, Object serviceId, long version)
			throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("serviceId", serviceId);
		body.put("version", version);
		return this.w.as(this.w.agent, this.w.json(post("/api/v1/tickets/{id}/service", ticketId), body));
	}

	@Test
	void aServiceChangeRecomputesTheClocksKeepsTheOldOnesAndSaysSoInTheTimeline() throws Exception {
		long id = this.w.ticket().get("id").asLong();
		assertThat(this.w.current(id, "RESOLUTION").get("targetMinutes").asInt()).isEqualTo(480);

		change(id, this.service, this.w.version(id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.serviceId").value(this.service))
			.andExpect(jsonPath("$.serviceName").isNotEmpty());

		JsonNode resolution = this.w.current(id, "RESOLUTION");
		assertThat(resolution.get("targetMinutes").asInt()).isEqualTo(240);
		assertThat(resolution.get("agreementId").asLong()).isEqualTo(this.agreement);
		JsonNode all = this.w.clocks(id);
		assertThat(all).hasSize(4);
		for (JsonNode c : all) {
			if (!c.get("current").asBoolean()) {
				assertThat(c.get("supersededReason").asText()).isEqualTo("SERVICE_CHANGED");
				assertThat(c.get("startedAt").asText()).isEqualTo(resolution.get("startedAt").asText());
			}
		}
		assertThat(this.events.timelineOf(id)).anyMatch(l -> l.event().getKind() == TicketEvent.Kind.SERVICE_CHANGED
				&& String.valueOf(this.service).equals(l.event().getToValue()));
		assertThat(this.events.timelineOf(id)).anyMatch(l -> l.event().getKind() == TicketEvent.Kind.SLA_RECALCULATED
				&& "SERVICE_CHANGED".equals(l.event().getDetail()));
		assertThat(this.w.get(this.w.agent, "/api/v1/tickets/{id}", id).get("serviceId").asLong())
			.isEqualTo(this.service);
	}

	@Test
	void aServiceChangeOnAStaleVersionIsRefusedAndChangesNothing() throws Exception {
		long id = this.w.ticket().get("id").asLong();
		long seen = this.w.version(id);
		this.w.assign(id);
		change(id, this.service, seen).andExpect(status().isConflict());
		assertThat(this.w.clocks(id)).hasSize(2);
		assertThat(this.w.get(this.w.agent, "/api/v1/tickets/{id}", id).get("serviceId").isNull()).isTrue();
	}

	@Test
	void anUnknownOrRetiredServiceIsRefusedOnItsFieldAndChangesNothing() throws Exception {
		long id = this.w.ticket().get("id").asLong();
		change(id, Long.MAX_VALUE, this.w.version(id)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("serviceId"))
			.andExpect(jsonPath("$.errors[0].rule").value("UnknownService"));
		long retired = new CatalogueRows(this.jdbc).service(this.w.team.getId(), this.w.a.getId(), "RETIRED");
		change(id, retired, this.w.version(id)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("serviceId"));
		assertThat(this.w.clocks(id)).hasSize(2);
		assertThat(this.events.timelineOf(id)).noneMatch(l -> l.event().getKind() == TicketEvent.Kind.SERVICE_CHANGED);
	}

	@Test
	void theTicketPageShowsTheServiceAndChangesItWithHtmx() throws Exception {
		long id = this.w.ticket().get("id").asLong();
		this.w.as(this.w.agent, get("/servicedesk/tickets/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"service-form\"")));
		this.w
			.as(this.w.agent,
					post("/servicedesk/tickets/{id}/service", id).header("HX-Request", "true")
						.param("serviceId", String.valueOf(this.service))
						.param("version", String.valueOf(this.w.version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Service changé")));
		assertThat(this.w.current(id, "RESOLUTION").get("targetMinutes").asInt()).isEqualTo(240);
	}

	@Test
	void theRequesterCannotChangeTheService() throws Exception {
		long id = this.w.ticket().get("id").asLong();
		this.w
			.as(this.w.requester,
					this.w.json(post("/api/v1/tickets/{id}/service", id),
							Map.of("serviceId", this.service, "version", this.w.version(id))))
			.andExpect(status().isForbidden());
	}

}
