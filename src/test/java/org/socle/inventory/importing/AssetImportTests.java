package org.socle.inventory.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.DepartmentLevel;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.organisation.Location;
import org.socle.directory.organisation.LocationKind;
import org.socle.directory.organisation.Site;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.SocleIntegrationTest;
import org.socle.testing.TestWorkbooks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class AssetImportTests {

	private static final String HEADER = "N° d'inventaire;Désignation;Famille;Marque;Modèle;N° série;Etablissement;"
			+ "Groupe en charge du matériel;Localisation;Code UF;Etat;Date de mise en service;Fournisseur;"
			+ "Prix d'achat;N° inventaire parent\n";

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

	AssetImportClient imports;

	Establishment establishment;

	Team team;

	Team otherTeam;

	UserAccount agent;

	String categoryCode;

	String manufacturer;

	String model;

	Location room;

	Department unit;

	String existingNumber;

	String u;

	@BeforeEach
	void setUp() {
		this.imports = new AssetImportClient(this.mvc, this.json, this.fixtures);
		this.u = Fixtures.unique();
		this.establishment = this.fixtures.establishment();
		this.team = this.fixtures.team(this.establishment, TeamKind.BIOMEDICAL);
		this.otherTeam = this.fixtures.team(this.establishment, TeamKind.IT);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		long category = this.inventory.category("MEDICAL_DEVICE", "MAINTENANCE_MANDATORY");
		this.categoryCode = text("select code from inv_category where id = :id", category);
		long modelId = this.inventory.model(category, "Volumat " + this.u, null);
		this.model = "Volumat " + this.u;
		this.manufacturer = text(
				"select f.name from inv_manufacturer f join inv_model m on m.manufacturer_id = f.id where m.id = :id",
				modelId);
		Site site = this.fixtures.site(this.establishment);
		Location building = this.fixtures.location(site, null, LocationKind.BUILDING);
		this.room = this.fixtures.location(site, building, LocationKind.ROOM);
		this.unit = this.fixtures.department(this.establishment, null, DepartmentLevel.POLE);
		long existing = this.inventory.asset(this.establishment, this.team, category, null, "SN-" + this.u);
		this.existingNumber = text("select inventory_number from inv_asset where id = :id", existing);
	}

	private String text(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query(String.class).single();
	}

	private String line(String number, String category, String manufacturer, String model, String team, String date,
			String cost, String parent) {
		return String.join(";", number, "Pompe " + number, category, manufacturer, model, "SN" + number,
				this.establishment.getGeographicFiness(), team,
				this.room.getParent().getName() + " > " + this.room.getName(), this.unit.getCode(), "", date,
				"Biomédical Services " + this.u, cost, parent) + "\n";
	}

	private String n(int i) {
		return "IMP-" + this.u + "-" + i;
	}

	private long assetsNumbered(String prefix) {
		return this.jdbc.sql("select count(*) from inv_asset where inventory_number like :p")
			.param("p", prefix + "%")
			.query(Long.class)
			.single();
	}

	@Test
	void badLinesAreListedWithColumnAndRuleAndNothingIsWrittenBeforeConfirmThenTheValidOnesAre() throws Exception {
		String t = this.team.getName();
		String newMaker = "Fabricant neuf " + this.u;
		String csv = HEADER
				+ line(n(1), this.categoryCode, this.manufacturer, this.model, t, "15/03/2021", "1 234,56", "")
				+ line(n(2), this.categoryCode, newMaker, "Pompe P2", t, "2022-01-31", "", n(1))
				+ line(n(3), this.categoryCode, newMaker, "pompe  p2", t, "", "12", "")
				+ line(n(4), "NOPE-" + this.u, "", "", t, "32/13/2021", "", "")
				+ line(n(5), this.categoryCode, "", "", t, "", "", "")
				+ line(n(5), this.categoryCode, "", "", t, "", "", "")
				+ line(this.existingNumber, this.categoryCode, "", "", t, "", "", "")
				+ line(n(8), this.categoryCode, "", "", this.otherTeam.getName(), "", "abc", "")
				+ line(n(9), this.categoryCode, "", "", t, "", "", "ZZZ-" + this.u);

		JsonNode job = this.imports.preview(this.agent, AssetImportClient.csv(csv), Map.of());

		assertThat(job.get("totalLines").asInt()).isEqualTo(9);
		assertThat(job.get("validLines").asInt()).isEqualTo(3);
		assertThat(job.get("errorLines").asInt()).isEqualTo(6);
		Map<Integer, String> errors = AssetImportClient.errorsByLine(job);
		assertThat(errors).containsOnlyKeys(5, 6, 7, 8, 9, 10);
		assertThat(errors.get(5)).isEqualTo("Famille: Catégorie inconnue « NOPE-" + this.u + " ». | "
				+ "Date de mise en service: Date illisible « 32/13/2021 » : écrivez jj/mm/aaaa ou aaaa-mm-jj.");
		assertThat(errors.get(6)).isEqualTo("N° d'inventaire: Ce numéro d’inventaire figure aussi ligne 7.");
		assertThat(errors.get(7)).isEqualTo("N° d'inventaire: Ce numéro d’inventaire figure aussi ligne 6.");
		assertThat(errors.get(8)).startsWith("N° d'inventaire: Le numéro d’inventaire " + this.existingNumber);
		assertThat(errors.get(9))
			.isEqualTo("Groupe en charge du matériel: Vous ne gérez pas les équipements de l’équipe "
					+ this.otherTeam.getName() + " dans l’établissement " + this.establishment.getName() + ". | "
					+ "Prix d'achat: Montant illisible « abc » : un nombre positif, deux décimales au plus (1 234,56).");
		assertThat(errors.get(10)).startsWith("N° inventaire parent: Parent inconnu « ZZZ-");
		assertThat(job.get("counts").get(AssetImportPass.NEW_MANUFACTURERS).asInt()).isEqualTo(1);
		assertThat(job.get("counts").get(AssetImportPass.NEW_MODELS).asInt()).isEqualTo(1);
		assertThat(job.get("counts").get(AssetImportPass.NEW_SUPPLIERS).asInt()).isEqualTo(1);
		assertThat(assetsNumbered("IMP-" + this.u)).as("nothing written by the preview").isZero();
		assertThat(this.jdbc.sql("select count(*) from inv_manufacturer where name = :n")
			.param("n", newMaker)
			.query(Long.class)
			.single()).isZero();

		JsonNode done = this.imports.confirm(this.agent, job.get("id").asString());

		assertThat(done.get("created").asInt()).isEqualTo(3);
		assertThat(done.get("skipped").asInt()).isEqualTo(6);
		assertThat(assetsNumbered("IMP-" + this.u)).isEqualTo(3);
		Map<String, Object> first = this.jdbc.sql("select * from inv_asset where inventory_number = :n")
			.param("n", n(1))
			.query()
			.singleRow();
		assertThat(first).containsEntry("kind", "MEDICAL_DEVICE")
			.containsEntry("status", "IN_SERVICE")
			.containsEntry("establishment_id", this.establishment.getId())
			.containsEntry("owner_team_id", this.team.getId())
			.containsEntry("location_id", this.room.getId())
			.containsEntry("department_id", this.unit.getId())
			.containsEntry("serial_number", "SN" + n(1))
			.containsEntry("created_by", this.agent.getLogin());
		assertThat(first.get("first_in_service_on").toString()).isEqualTo("2021-03-15");
		assertThat((BigDecimal) first.get("acquisition_cost")).isEqualByComparingTo("1234.56");
		List<Map<String, Object>> second = this.jdbc.sql("""
				select a.parent_id, p.inventory_number as parent, m.commercial_name, f.name as maker
				from inv_asset a join inv_asset p on p.id = a.parent_id join inv_model m on m.id = a.model_id
				join inv_manufacturer f on f.id = m.manufacturer_id where a.inventory_number in (:n2, :n3)
				order by a.inventory_number""").param("n2", n(2)).param("n3", n(3)).query().listOfRows();
		assertThat(second).singleElement().satisfies(row -> {
			assertThat(row).containsEntry("parent", n(1)).containsEntry("maker", newMaker);
			assertThat(row).containsEntry("commercial_name", "Pompe P2");
		});
		assertThat(this.jdbc.sql("""
				select count(distinct a.model_id) from inv_asset a where a.inventory_number in (:n2, :n3)""")
			.param("n2", n(2))
			.param("n3", n(3))
			.query(Long.class)
			.single()).as("one model created for both lines").isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from inv_asset_status_change c join inv_asset a on a.id = c.asset_id
				where a.inventory_number like :p and c.from_status is null and c.to_status = a.status
				 and c.reason = 'Import'""").param("p", "IMP-" + this.u + "%").query(Long.class).single())
			.as("each asset's lifecycle starts with the import")
			.isEqualTo(3);
		assertThat(this.jdbc.sql("""
				select count(*) from inv_asset_aud h join inv_asset a on a.id = h.id
				where a.inventory_number like :p and h.revtype = 0""")
			.param("p", "IMP-" + this.u + "%")
			.query(Long.class)
			.single()).as("each asset's history starts with its creation").isEqualTo(3);
	}

	@Test
	void anXlsxWorkbookWithAnExplicitMappingImportsDatesAndNumbersFromItsCells() throws Exception {
		byte[] xlsx = TestWorkbooks.of(sheet -> {
			List<String> headers = List.of("Code bien", "Cat", "FINESS", "Equipe", "Acquis le", "Valeur");
			for (int c = 0; c < headers.size(); c++) {
				sheet.value(0, c, headers.get(c));
			}
			for (int r = 1; r <= 2; r++) {
				sheet.value(r, 0, n(r));
				sheet.value(r, 1, this.categoryCode);
				sheet.value(r, 2, this.establishment.getGeographicFiness());
				sheet.value(r, 3, this.team.getName());
				sheet.value(r, 4, LocalDate.of(2020, 6, r));
				sheet.style(r, 4).format("dd/mm/yyyy").set();
				sheet.value(r, 5, 2500.5 * r);
			}
		});
		Map<String, String> mapping = Map.of(AssetColumns.INVENTORY_NUMBER, "Code bien", AssetColumns.CATEGORY, "Cat",
				AssetColumns.OWNER_TEAM, "equipe", AssetColumns.FIRST_IN_SERVICE_ON, "Acquis le", AssetColumns.COST,
				"Valeur");

		JsonNode job = this.imports.preview(this.agent, AssetImportClient.xlsx(xlsx), mapping);

		assertThat(job.get("format").asString()).isEqualTo("XLSX");
		assertThat(job.get("validLines").asInt()).as("%s", job).isEqualTo(2);
		this.imports.confirm(this.agent, job.get("id").asString());
		Map<String, Object> second = this.jdbc.sql("select * from inv_asset where inventory_number = :n")
			.param("n", n(2))
			.query()
			.singleRow();
		assertThat(second.get("first_in_service_on").toString()).isEqualTo("2020-06-02");
		assertThat((BigDecimal) second.get("acquisition_cost")).isEqualByComparingTo("5001");
	}

	@Test
	void aMappingWithoutARequiredFieldIsRefusedAsAProblemAndLeavesNoJob() throws Exception {
		String csv = "Code;Cat\nX-" + this.u + ";" + this.categoryCode + "\n";

		this.imports.upload(this.agent, AssetImportClient.csv(csv), Map.of(AssetColumns.INVENTORY_NUMBER, "Code"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("mapping"))
			.andExpect(jsonPath("$.errors[0].rule").value("ImportMissingColumns"));
		this.imports.upload(this.agent, AssetImportClient.csv(csv), Map.of(AssetColumns.SERIAL, "Nowhere"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void someoneWhoKeepsNoAssetCannotImport() throws Exception {
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, this.establishment);
		String csv = HEADER + line(n(1), this.categoryCode, "", "", this.team.getName(), "", "", "");

		this.imports.upload(staff, AssetImportClient.csv(csv), Map.of()).andExpect(status().isForbidden());
		assertThat(assetsNumbered("IMP-" + this.u)).isZero();
	}

}
