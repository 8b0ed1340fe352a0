package org.socle.inventory.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class PlanApiTests {

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanSweep sweep;

	private static String body(long categoryId, String upperLimit) {
		return JSON.writeValueAsString(Map.of("name", "CSE " + Fixtures.unique(), "categoryId", categoryId,
				"workOrderType", "SAFETY_TEST", "intervalMonths", 12, "recurrence", "ANCHORED", "performer",
				"INTERNAL_TEAM", "legalBasis", "EN 62353", "tasks",
				List.of(Map.of("label", "Courant de fuite", "unit", "µA", "lowerLimit", 0, "upperLimit", upperLimit),
						Map.of("label", "Essai fonctionnel"))));
	}

	@Test
	void theLeadOfATeamOwningAssetsOfTheCategoryEditsItsPlansAndAnotherLeadIsRefused() throws Exception {
		Establishment establishment = this.fixtures.establishment();
		Team owner = this.fixtures.team(establishment, TeamKind.BIOMEDICAL);
		Team other = this.fixtures.team(establishment, TeamKind.IT);
		long category = this.inventory.category("MEDICAL_DEVICE", "ELECTRICAL_SAFETY");
		this.inventory.asset(establishment, owner, category, null, "SN-1");
		UserAccount lead = this.fixtures.teamAccount(Role.TEAM_LEAD, owner);
		UserAccount otherLead = this.fixtures.teamAccount(Role.TEAM_LEAD, other);

		this.mvc
			.perform(this.fixtures.as(otherLead, post("/api/v1/maintenance-plans"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(category, "500")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(this.fixtures.as(lead, post("/api/v1/maintenance-plans"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(category, "500")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.tasks[0].unit").value("µA"))
			.andExpect(jsonPath("$.tasks[1].position").value(2));
		this.mvc.perform(this.fixtures.as(otherLead, get("/api/v1/maintenance-plans"))).andExpect(status().isOk());
	}

	@Test
	void aPlanBreakingARuleIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
		Establishment establishment = this.fixtures.establishment();
		UserAccount admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, establishment);
		long category = this.inventory.category("MEDICAL_DEVICE");

		this.mvc
			.perform(this.fixtures.as(admin, post("/api/v1/maintenance-plans"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(category, "-1")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("tasks[0].upperLimit"))
			.andExpect(jsonPath("$.errors[0].rule").value("PlanLimitsReversed"));

		assertThat(this.jdbc.sql("select count(*) from inv_plan where category_id = :c")
			.param("c", category)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aChangedPlanKeepsItsHistoryWithItsChecklist() throws Exception {
		Establishment establishment = this.fixtures.establishment();
		UserAccount admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, establishment);
		long category = this.inventory.category("MEDICAL_DEVICE");
		String created = this.mvc
			.perform(this.fixtures.as(admin, post("/api/v1/maintenance-plans"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(category, "500")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));

		this.mvc
			.perform(this.fixtures.as(admin, put("/api/v1/maintenance-plans/" + id))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(category, "400").replace("\"name\"", "\"version\":0,\"name\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tasks[0].upperLimit").value(400));
		this.mvc
			.perform(this.fixtures.as(admin, put("/api/v1/maintenance-plans/" + id))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(category, "300").replace("\"name\"", "\"version\":0,\"name\"")))
			.andExpect(status().isConflict());

		assertThat(this.jdbc.sql("select count(*) from inv_plan_aud where id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from inv_plan_task_aud where plan_id = :id and upper_limit = 400")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theOccurrencesOfAnAssetAreReadByItsTeamAndNotFoundForAnotherEstablishment() throws Exception {
		Establishment a = this.fixtures.establishment();
		Establishment b = this.fixtures.establishment();
		Team teamA = this.fixtures.team(a, TeamKind.BIOMEDICAL);
		Team teamB = this.fixtures.team(b, TeamKind.BIOMEDICAL);
		long category = this.inventory.category("MEDICAL_DEVICE");
		long assetA = this.inventory.asset(a, teamA, category, null, "SN-A");
		long assetB = this.inventory.asset(b, teamB, category, null, "SN-B");
		PlanRows.categoryPlan(this.jdbc, category, 12, null, "ANCHORED", 0, 0, 0);
		this.sweep.sweep(LocalDate.of(2026, 12, 5));
		UserAccount agentA = this.fixtures.teamAccount(Role.AGENT, teamA);

		this.mvc.perform(this.fixtures.as(agentA, get("/api/v1/assets/" + assetA + "/occurrences")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].dueOn").value("2027-01-15"))
			.andExpect(jsonPath("$[0].status").value("PLANNED"));
		this.mvc.perform(this.fixtures.as(agentA, get("/api/v1/assets/" + assetB + "/occurrences")))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(agentA, get("/inventory/plans/due").param("teamId", "" + teamB.getId())))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(b.getName()));
	}

	@Test
	void aNewPlanSchedulesItsCategorysAssetsWithoutWaitingForTheDailyJob() throws Exception {
		Establishment establishment = this.fixtures.establishment();
		Team owner = this.fixtures.team(establishment, TeamKind.BIOMEDICAL);
		long category = this.inventory.category("MEDICAL_DEVICE", "ELECTRICAL_SAFETY");
		long pump = this.inventory.asset(establishment, owner, category, null, "SN-" + Fixtures.unique());
		long otherCategory = this.inventory.category("MEDICAL_DEVICE");
		long monitor = this.inventory.asset(establishment, owner, otherCategory, null, "SN-" + Fixtures.unique());
		UserAccount lead = this.fixtures.teamAccount(Role.TEAM_LEAD, owner);

		this.mvc
			.perform(this.fixtures.as(lead, post("/api/v1/maintenance-plans"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(category, "500")))
			.andExpect(status().isCreated());

		assertThat(occurrences(pump)).isEqualTo(1);
		assertThat(occurrences(monitor)).isZero();
		this.sweep.sweep(LocalDate.now());
		assertThat(occurrences(pump)).isEqualTo(1);
	}

	private long occurrences(long asset) {
		return this.jdbc.sql("select count(*) from inv_plan_occurrence where asset_id = :a")
			.param("a", asset)
			.query(Long.class)
			.single();
	}

}
