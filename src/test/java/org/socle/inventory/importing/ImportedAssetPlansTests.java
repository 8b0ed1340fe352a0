package org.socle.inventory.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.inventory.plan.PlanRows;
import org.socle.inventory.plan.PlanSweep;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** What an import does to the maintenance plans of the assets it writes. */
@SocleIntegrationTest
class ImportedAssetPlansTests {

	private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanSweep sweep;

	@Autowired
	Clock clock;

	@Test
	void importedDevicesGetTheirPlanOccurrencesWithoutWaitingForTheNightlyJob() throws Exception {
		String u = Fixtures.unique();
		Establishment establishment = this.fixtures.establishment();
		Team team = this.fixtures.team(establishment, TeamKind.BIOMEDICAL);
		UserAccount agent = this.fixtures.teamAccount(Role.AGENT, team);
		long category = this.inventory.category("MEDICAL_DEVICE", "MAINTENANCE_MANDATORY");
		String code = this.jdbc.sql("select code from inv_category where id = :id")
			.param("id", category)
			.query(String.class)
			.single();
		long plan = PlanRows.categoryPlan(this.jdbc, category, 12, null, "ANCHORED", 0, 0, 30);
		long registered = this.inventory.asset(establishment, team, category, null, "SN-" + u);
		LocalDate today = LocalDate.now(this.clock);
		String csv = "N° d'inventaire;Famille;Etablissement;Equipe;Etat;Date de mise en service\n"
				+ line("SOON-" + u, code, establishment, team, "En service", today.minusYears(3).plusDays(10))
				+ line("LATER-" + u, code, establishment, team, "En service", today.minusYears(1).plusDays(50))
				+ line("STOCK-" + u, code, establishment, team, "En stock", today.minusYears(2).plusDays(5));
		AssetImportClient imports = new AssetImportClient(this.mvc, this.json, this.fixtures);
		JsonNode preview = imports.preview(agent, AssetImportClient.csv(csv), Map.of());

		imports.confirm(agent, preview.get("id").asString());

		Map<String, Object> soon = openOccurrence("SOON-" + u, plan);
		assertThat(soon).containsEntry("due_on", java.sql.Date.valueOf(today.plusDays(10)))
			.containsEntry("status", "WORK_ORDER_OPEN");
		assertThat(this.jdbc.sql("select team_id from inv_work_order where id = :id")
			.param("id", soon.get("work_order_id"))
			.query(Long.class)
			.single()).isEqualTo(team.getId());
		assertThat(openOccurrence("LATER-" + u, plan))
			.containsEntry("due_on", java.sql.Date.valueOf(today.plusDays(50)))
			.containsEntry("status", "PLANNED")
			.containsEntry("work_order_id", null);
		assertThat(occurrencesOf("STOCK-" + u)).as("an asset in stock waits").isZero();
		assertThat(this.jdbc.sql("select count(*) from inv_plan_occurrence where asset_id = :id")
			.param("id", registered)
			.query(Long.class)
			.single()).as("assets the import did not write are left to the daily job").isZero();

		this.sweep.sweep(today);

		for (String number : List.of("SOON-" + u, "LATER-" + u)) {
			assertThat(occurrencesOf(number)).as("the daily job after the import adds nothing to " + number)
				.isEqualTo(1);
		}
		assertThat(this.jdbc.sql("""
				select count(*) from inv_work_order w join inv_asset a on a.id = w.asset_id
				where a.inventory_number = :n""").param("n", "SOON-" + u).query(Long.class).single()).isEqualTo(1);
	}

	private static String line(String number, String category, Establishment establishment, Team team, String status,
			LocalDate since) {
		return String.join(";", number, category, establishment.getGeographicFiness(), team.getName(), status,
				since.format(DAY_FIRST)) + "\n";
	}

	private Map<String, Object> openOccurrence(String number, long plan) {
		return this.jdbc.sql("""
				select o.* from inv_plan_occurrence o join inv_asset a on a.id = o.asset_id
				where a.inventory_number = :n and o.plan_id = :p and o.status in ('PLANNED', 'WORK_ORDER_OPEN')""")
			.param("n", number)
			.param("p", plan)
			.query()
			.singleRow();
	}

	private long occurrencesOf(String number) {
		return this.jdbc.sql("""
				select count(*) from inv_plan_occurrence o join inv_asset a on a.id = o.asset_id
				where a.inventory_number = :n""").param("n", number).query(Long.class).single();
	}

}
