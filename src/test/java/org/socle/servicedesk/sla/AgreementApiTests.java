package org.socle.servicedesk.sla;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agreements through the API: rules named by field, nothing written, stale edits, scopes.
 */
@SocleIntegrationTest
class AgreementApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

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

	private void expectRefused(Map<String, Object> body, String field, String rule) throws Exception {
		create(body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].rule").value(rule));
		assertThat(agreementsOfTeam()).isZero();
	}

	@Test
	void badInputIsAProblemNamingTheFieldAndTheRuleAndWritesNothing() throws Exception {
		Map<String, Object> body = SlaWorld.agreementBody(this.w.team.getId(), false, 480);
		body.put("atRiskPercent", 100);
		expectRefused(body, "atRiskPercent", "AtRiskPercent");
		body = SlaWorld.agreementBody(this.w.team.getId(), false, 480);
		body.put("validUntil", "2020-01-01");
		expectRefused(body, "validUntil", "ValidUntilBeforeFrom");
		body = SlaWorld.agreementBody(this.w.team.getId(), false, 480);
		body.put("targets", List.of(SlaWorld.target(1, 60, 30)));
		expectRefused(body, "targets[0].responseMinutes", "ResponseAfterResolution");
		body.put("targets", List.of(SlaWorld.target(9, 10, 30)));
		expectRefused(body, "targets[0].priority", "UnknownPriority");
		body.put("targets", List.of(SlaWorld.target(1, 10, 30), SlaWorld.target(1, 10, 30)));
		expectRefused(body, "targets[1].priority", "DuplicatePriority");
		body.put("targets", List.of());
		expectRefused(body, "targets", "TargetsRequired");
		body = SlaWorld.agreementBody(this.w.team.getId(), false, 480);
		body.put("name", " ");
		expectRefused(body, "name", "NotBlank");
	}

	@Test
	void aStaleEditIsAConflictAndAFreshOneChangesTheTargets() throws Exception {
		JsonNode created = this.w.agreement(false);
		long id = created.get("id").asLong();
		Map<String, Object> body = SlaWorld.agreementBody(this.w.team.getId(), true, 600);
		body.put("version", created.get("version").asLong() + 1);
		this.w.as(this.w.lead, this.w.json(put("/api/v1/agreements/{id}", id), body)).andExpect(status().isConflict());
		body.put("version", created.get("version").asLong());
		this.w.as(this.w.lead, this.w.json(put("/api/v1/agreements/{id}", id), body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pauseForPlannedChange").value(true))
			.andExpect(jsonPath("$.targets[2].resolutionMinutes").value(600));
	}

	@Test
	void onlyTheTeamsLeadsAndAdministratorsKeepItsAgreements() throws Exception {
		Map<String, Object> body = SlaWorld.agreementBody(this.w.team.getId(), false, 480);
		this.w.as(this.w.agent, this.w.json(post("/api/v1/agreements"), body)).andExpect(status().isForbidden());
		var stranger = this.fixtures.teamAccount(org.socle.directory.Role.TEAM_LEAD,
				this.fixtures.team(this.fixtures.establishment(), org.socle.directory.team.TeamKind.IT));
		this.w.as(stranger, this.w.json(post("/api/v1/agreements"), body)).andExpect(status().isNotFound());
		assertThat(agreementsOfTeam()).isZero();
	}

}
