package org.socle.inventory.asset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.DepartmentLevel;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.organisation.Location;
import org.socle.directory.organisation.LocationKind;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register through its API: registration, uniqueness, criticality overrides,
 * lifecycle, moves, stale versions and scope.
 */
@SocleIntegrationTest
class AssetRegisterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	Establishment a;

	Establishment b;

	Team biomedicalA;

	Team biomedicalB;

	UserAccount agentA;

	long pumps;

	@BeforeEach
	void setUp() {
		this.a = this.fixtures.establishment();
		this.b = this.fixtures.establishment();
		this.biomedicalA = this.fixtures.team(this.a, TeamKind.BIOMEDICAL);
		this.biomedicalB = this.fixtures.team(this.b, TeamKind.BIOMEDICAL);
		this.agentA = this.fixtures.teamAccount(Role.AGENT, this.biomedicalA);
		this.pumps = this.inventory.category("MEDICAL_DEVICE", "MAINTENANCE_MANDATORY");
	}

	@Test
	void anAgentRegistersAnAssetOfItsTeamWithItsFirstStatusAndPlace() throws Exception {
		String number = "INV-" + Fixtures.unique();
		create(this.agentA, body(number, this.a, this.biomedicalA, "", "")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.inventoryNumber").value(number))
			.andExpect(jsonPath("$.kind").value("MEDICAL_DEVICE"))
			.andExpect(jsonPath("$.status").value("IN_SERVICE"))
			.andExpect(jsonPath("$.criticality").value("MEDIUM"))
			.andExpect(jsonPath("$.criticalityOverridden").value(false));
		long id = idOf(number);
		assertThat(count("inv_asset_status_change", id)).isEqualTo(1);
		assertThat(count("inv_asset_move", id)).isEqualTo(1);
	}

	@Test
	void anInventoryNumberIsUniqueAndADuplicateWritesNothing() throws Exception {
		String number = "INV-" + Fixtures.unique();
		create(this.agentA, body(number, this.a, this.biomedicalA, "", "")).andExpect(status().isCreated());
		create(this.agentA, body(number.toLowerCase(), this.a, this.biomedicalA, "", ""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("inventoryNumber"))
			.andExpect(jsonPath("$.errors[0].rule").value("Duplicate"));
		assertThat(this.jdbc.sql("select count(*) from inv_asset where inventory_number = :n")
			.param("n", number)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void overridingTheCategorysCriticalityNeedsAJustification() throws Exception {
		String number = "INV-" + Fixtures.unique();
		create(this.agentA, body(number, this.a, this.biomedicalA, "HIGH", "")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("criticalityReason"))
			.andExpect(jsonPath("$.errors[0].rule").value("JustificationRequired"));
		assertThat(this.jdbc.sql("select count(*) from inv_asset where inventory_number = :n")
			.param("n", number)
			.query(Long.class)
			.single()).isZero();
		create(this.agentA, body(number, this.a, this.biomedicalA, "HIGH", "Seule pompe de la réanimation"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.criticality").value("HIGH"))
			.andExpect(jsonPath("$.criticalityOverridden").value(true));
	}

	@Test
	void theCategorysOwnCriticalityIsNoOverride() throws Exception {
		String number = "INV-" + Fixtures.unique();
		create(this.agentA, body(number, this.a, this.biomedicalA, "MEDIUM", "")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.criticalityOverridden").value(false));
	}

	@Test
	void illegalTransitionsAndMissingReasonsAreRefusedAndChangeNothing() throws Exception {
		long id = this.inventory.asset(this.a, this.biomedicalA, this.pumps, null, "SN-1");
		transition(id, "{\"to\": \"RETIRED\", \"reason\": \"Vétuste\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].rule").value("IllegalTransition"));
		transition(id, "{\"to\": \"OUT_OF_SERVICE\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotBlank"));
		assertThat(statusOf(id)).isEqualTo("IN_SERVICE");
		assertThat(count("inv_asset_status_change", id)).isZero();
	}

	@Test
	void eachTransitionIsRecordedWithWhoWhenAndWhy() throws Exception {
		long id = this.inventory.asset(this.a, this.biomedicalA, this.pumps, null, "SN-2");
		transition(id, "{\"to\": \"OUT_OF_SERVICE\", \"reason\": \"Alarme défectueuse\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
		transition(id, "{\"to\": \"RETIRED\", \"reason\": \"Irréparable\"}").andExpect(status().isOk());
		transition(id, "{\"to\": \"DISPOSED\", \"reason\": \"Filière DEEE\"}").andExpect(status().isOk());
		this.mvc.perform(this.fixtures.as(this.agentA, get("/api/v1/assets/" + id + "/status-changes")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].toStatus").value("DISPOSED"))
			.andExpect(jsonPath("$[0].reason").value("Filière DEEE"))
			.andExpect(jsonPath("$[0].changedBy").value(this.agentA.getLogin()))
			.andExpect(jsonPath("$[0].personId").value(this.agentA.getPerson().getId()));
		this.mvc.perform(this.fixtures.as(this.agentA, get("/api/v1/assets/" + id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISPOSED"));
	}

	@Test
	void aMoveIsRecordedAndAPlaceOfAnotherEstablishmentIsRefused() throws Exception {
		long id = this.inventory.asset(this.a, this.biomedicalA, this.pumps, null, "SN-3");
		Location roomA = this.fixtures.location(this.fixtures.site(this.a), null, LocationKind.BUILDING);
		Location roomB = this.fixtures.location(this.fixtures.site(this.b), null, LocationKind.BUILDING);
		long department = this.fixtures.department(this.a, null, DepartmentLevel.POLE).getId();
		move(id, "{\"locationId\": %d, \"departmentId\": %d, \"reason\": \"Réanimation\"}".formatted(roomA.getId(),
				department))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locationId").value(roomA.getId()))
			.andExpect(jsonPath("$.departmentId").value(department));
		move(id, "{\"locationId\": %d}".formatted(roomB.getId())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("locationId"));
		this.mvc.perform(this.fixtures.as(this.agentA, get("/api/v1/assets/" + id + "/moves")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].toLocationId").value(roomA.getId()))
			.andExpect(jsonPath("$[0].reason").value("Réanimation"));
	}

	@Test
	void theEditDoesNotMoveNorChangeStatusAndAStaleVersionIsAConflict() throws Exception {
		long id = this.inventory.asset(this.a, this.biomedicalA, this.pumps, null, "SN-4");
		String number = "INV-" + Fixtures.unique();
		String edit = body(number, this.b, this.biomedicalA, "", "").replace("\"status\": \"IN_SERVICE\"",
				"\"status\": \"DISPOSED\"");
		this.mvc
			.perform(this.fixtures.as(this.agentA,
					put("/api/v1/assets/" + id).contentType(MediaType.APPLICATION_JSON).content(edit)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inventoryNumber").value(number))
			.andExpect(jsonPath("$.establishmentId").value(this.a.getId()))
			.andExpect(jsonPath("$.status").value("IN_SERVICE"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(this.fixtures.as(this.agentA,
					put("/api/v1/assets/" + id).contentType(MediaType.APPLICATION_JSON).content(edit)))
			.andExpect(status().isConflict());
	}

	@Test
	void anAgentOfOneEstablishmentsTeamDoesNotSeeAnotherEstablishmentsDevices() throws Exception {
		long mine = this.inventory.asset(this.a, this.biomedicalA, this.pumps, null, "SN-5");
		long theirs = this.inventory.asset(this.b, this.biomedicalB, this.pumps, null, "SN-6");
		this.mvc.perform(this.fixtures.as(this.agentA, get("/api/v1/assets/" + theirs)))
			.andExpect(status().isNotFound());
		transition(theirs, "{\"to\": \"IN_REPAIR\"}").andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(this.agentA, get("/api/v1/assets").param("categoryId", "" + this.pumps)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id").value(hasItem((int) mine)))
			.andExpect(jsonPath("$.content[*].id").value(not(hasItem((int) theirs))));
		this.mvc.perform(this.fixtures.as(this.agentA, get("/inventory/assets/" + theirs)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStaffOnlyAccountSeesNoAsset() throws Exception {
		this.inventory.asset(this.a, this.biomedicalA, this.pumps, null, "SN-7");
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/assets")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc.perform(this.fixtures.as(staff, get("/inventory/assets/new"))).andExpect(status().isForbidden());
	}

	@Test
	void anAgentCannotRegisterForAnotherEstablishmentsTeam() throws Exception {
		String number = "INV-" + Fixtures.unique();
		create(this.agentA, body(number, this.b, this.biomedicalB, "", "")).andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from inv_asset where inventory_number = :n")
			.param("n", number)
			.query(Long.class)
			.single()).isZero();
	}

	private ResultActions create(UserAccount account, String json) throws Exception {
		return this.mvc.perform(this.fixtures.as(account,
				post("/api/v1/assets").contentType(MediaType.APPLICATION_JSON).content(json)));
	}

	private ResultActions transition(long id, String json) throws Exception {
		return this.mvc.perform(this.fixtures.as(this.agentA,
				post("/api/v1/assets/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON).content(json)));
	}

	private ResultActions move(long id, String json) throws Exception {
		return this.mvc.perform(this.fixtures.as(this.agentA,
				post("/api/v1/assets/" + id + "/moves").contentType(MediaType.APPLICATION_JSON).content(json)));
	}

	private String body(String number, Establishment establishment, Team team, String criticality, String reason) {
		return """
				{"inventoryNumber": "%s", "categoryId": %d, "establishmentId": %d, "ownerTeamId": %d,
				 "status": "IN_SERVICE", "serialNumber": "SN-%s", "criticality": %s, "criticalityReason": "%s",
				 "version": 0}""".formatted(number, this.pumps, establishment.getId(), team.getId(), number,
				criticality.isEmpty() ? "null" : "\"" + criticality + "\"", reason);
	}

	private long idOf(String number) {
		return this.jdbc.sql("select id from inv_asset where inventory_number = :n")
			.param("n", number)
			.query(Long.class)
			.single();
	}

	private String statusOf(long id) {
		return this.jdbc.sql("select status from inv_asset where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private long count(String table, long assetId) {
		return this.jdbc.sql("select count(*) from " + table + " where asset_id = :id")
			.param("id", assetId)
			.query(Long.class)
			.single();
	}

}
