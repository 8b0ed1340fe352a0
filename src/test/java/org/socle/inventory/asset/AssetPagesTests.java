package org.socle.inventory.asset;

import org.junit.jupiter.api.BeforeEach;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register's pages: list filters and exports, the form's field errors, the asset
 * page's lifecycle actions, and the referentials edited by group administrators.
 */
@SocleIntegrationTest
class AssetPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	Establishment establishment;

	Team team;

	UserAccount agent;

	long category;

	@BeforeEach
	void setUp() {
		this.establishment = this.fixtures.establishment();
		this.team = this.fixtures.team(this.establishment, TeamKind.IT);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.category = this.inventory.category("IT_ITEM");
	}

	@Test
	void theListFiltersOnTextAndExportsTheFilteredRows() throws Exception {
		String serial = "SER" + Fixtures.unique();
		this.inventory.asset(this.establishment, this.team, this.category, null, serial);
		this.inventory.asset(this.establishment, this.team, this.category, null, "OTHER" + Fixtures.unique());
		this.mvc.perform(this.fixtures.as(this.agent, get("/inventory/assets").param("q", serial.toLowerCase())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(serial)))
			.andExpect(content().string(not(containsString("OTHER"))));
		this.mvc
			.perform(this.fixtures.as(this.agent,
					get("/inventory/assets/export.csv").param("categoryId", "" + this.category)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(serial)))
			.andExpect(content().string(containsString("OTHER")));
		this.mvc.perform(this.fixtures.as(this.agent, get("/inventory/assets/export.xlsx")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@Test
	void theFormShowsAFieldErrorForAnUnjustifiedCriticalityAndWritesNothing() throws Exception {
		String number = "INV-" + Fixtures.unique();
		this.mvc
			.perform(this.fixtures.as(this.agent,
					post("/inventory/assets").param("inventoryNumber", number)
						.param("categoryId", "" + this.category)
						.param("establishmentId", "" + this.establishment.getId())
						.param("ownerTeamId", "" + this.team.getId())
						.param("status", "IN_SERVICE")
						.param("criticality", "HIGH")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("criticalityReason-error")));
		assertThat(this.jdbc.sql("select count(*) from inv_asset where inventory_number = :n")
			.param("n", number)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theAssetPageChangesStatusThroughHtmxAndShowsTheRefusal() throws Exception {
		long id = this.inventory.asset(this.establishment, this.team, this.category, null, "SN-P1");
		this.mvc.perform(this.fixtures.as(this.agent, get("/inventory/assets/" + id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("transition-form")));
		this.mvc
			.perform(this.fixtures.as(this.agent,
					post("/inventory/assets/" + id + "/transitions").header("HX-Request", "true")
						.param("to", "OUT_OF_SERVICE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alert-danger")));
		this.mvc
			.perform(this.fixtures.as(this.agent,
					post("/inventory/assets/" + id + "/transitions").header("HX-Request", "true")
						.param("to", "OUT_OF_SERVICE")
						.param("reason", "Écran cassé")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Écran cassé")));
		assertThat(this.jdbc.sql("select status from inv_asset where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("OUT_OF_SERVICE");
		this.mvc.perform(this.fixtures.as(this.agent, get("/inventory/assets/" + id + "/history")))
			.andExpect(status().isOk());
	}

	@Test
	void aGroupAdministratorSetsACategorysFlagsAndAnAgentMayNot() throws Exception {
		UserAccount admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, this.establishment);
		String code = "CAT-" + Fixtures.unique();
		String json = """
				{"code": "%s", "name": "Pousse-seringues", "kind": "MEDICAL_DEVICE", "deviceClass": "IIB",
				 "criticality": "HIGH", "flags": ["MAINTENANCE_MANDATORY", "QC_MAINTENANCE_PROGRAM"]}"""
			.formatted(code);
		this.mvc
			.perform(this.fixtures.as(this.agent,
					post("/api/v1/asset-categories").contentType(MediaType.APPLICATION_JSON).content(json)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(this.fixtures.as(admin,
					post("/api/v1/asset-categories").contentType(MediaType.APPLICATION_JSON).content(json)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.flags.length()").value(2))
			.andExpect(jsonPath("$.deviceClass").value("IIB"));
		this.mvc
			.perform(this.fixtures.as(admin,
					post("/api/v1/asset-categories").contentType(MediaType.APPLICATION_JSON)
						.content(json.replace(code, code + "X").replace("QC_MAINTENANCE_PROGRAM", "NO_SUCH_FLAG"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("flags"));
		this.mvc.perform(this.fixtures.as(this.agent, get("/inventory/categories")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code.toUpperCase())));
	}

	@Test
	void aModelKeepsItsAliases() throws Exception {
		UserAccount admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, this.establishment);
		String name = "Volumat " + Fixtures.unique();
		this.mvc
			.perform(this.fixtures.as(admin,
					post("/inventory/models").param("manufacturer", "Fresenius Kabi")
						.param("commercialName", name)
						.param("categoryId", "" + this.category)
						.param("aliases", "Agilia VP\nAgilia VP\n  Volumat MC  ")))
			.andExpect(redirectedUrlPattern("/inventory/models*"));
		this.mvc.perform(this.fixtures.as(this.agent, get("/api/v1/models")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"aliases\":[\"Agilia VP\",\"Volumat MC\"]")));
	}

}
