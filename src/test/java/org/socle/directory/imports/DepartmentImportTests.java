package org.socle.directory.imports;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.RoleGrantRepository;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.DepartmentLevel;
import org.socle.directory.organisation.DepartmentRepository;
import org.socle.directory.organisation.Establishment;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@SocleIntegrationTest
class DepartmentImportTests {

	private static final String HEADER = "finess;code;libellé;niveau;code_parent\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	RoleGrantRepository grants;

	ImportClient imports;

	ImportTestData data;

	Establishment establishment;

	UserAccount admin;

	@BeforeEach
	void setUp() {
		this.imports = new ImportClient(this.mvc, this.json, this.fixtures);
		this.data = new ImportTestData(this.departments, this.grants);
		this.establishment = this.fixtures.establishment();
		this.admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.establishment);
	}

	private String line(String code, String name, String level, String parent) {
		return String.join(";", this.establishment.getGeographicFiness(), code, name, level, parent) + "\n";
	}

	@Test
	void aParentDefinedEarlierInTheFileIsAcceptedAndTreeRuleBreachesAreErrorLines() throws Exception {
		Department existingPole = this.data.department(this.establishment, null, DepartmentLevel.POLE, "EXP");
		String csv = HEADER + line("P1", "Pôle médecine", "pôle", "") + line("S1", "Cardiologie", "Service", "P1")
				+ line("U1", "HDJ cardiologie", "uf", "S1") + line("U2", "UF sous un pôle", "UF", "P1")
				+ line("S2", "Service orphelin", "service", "") + line("U3", "Sous une UF", "UF", "U1")
				+ line("S3", "Parent plus bas", "SERVICE", "P2") + line("P2", "Pôle chirurgie", "POLE", "")
				+ line("S4", "Sous un pôle existant", "service", "EXP") + line("X1", "Niveau inconnu", "étage", "");
		long before = this.departments.count();

		JsonNode job = this.imports.previewOf(this.admin, "departments", csv);

		assertThat(job.get("validLines").asInt()).isEqualTo(5);
		Map<Integer, String> errors = ImportClient.errorsByLine(job);
		assertThat(errors).containsOnlyKeys(5, 6, 7, 8, 11);
		assertThat(errors.get(5)).isEqualTo("level: Sous un pôle, la structure doit être de niveau service.");
		assertThat(errors.get(6)).isEqualTo("level: Une structure sans parent doit être un pôle.");
		assertThat(errors.get(7))
			.isEqualTo("parentCode: La structure U1 est une UF : une UF n’a pas de sous-structure.");
		assertThat(errors.get(8)).startsWith("parentCode: Structure parente P2 inconnue");
		assertThat(errors.get(11)).isEqualTo("level: Niveau « étage » inconnu : pôle, service ou UF.");
		assertThat(this.departments.count()).isEqualTo(before);

		JsonNode done = this.imports.confirm(this.admin, job.get("id").asString());

		assertThat(done.get("created").asInt()).isEqualTo(5);
		assertThat(done.get("skipped").asInt()).isEqualTo(5);
		assertThat(this.departments.count()).isEqualTo(before + 5);
		Department p1 = this.data.find(this.establishment, "P1");
		Department s1 = this.data.find(this.establishment, "S1");
		Department u1 = this.data.find(this.establishment, "U1");
		Department s4 = this.data.find(this.establishment, "S4");
		assertThat(p1.getParent()).isNull();
		assertThat(p1.getLevel()).isEqualTo(DepartmentLevel.POLE);
		assertThat(s1.getParent().getId()).isEqualTo(p1.getId());
		assertThat(s1.getLevel()).isEqualTo(DepartmentLevel.SERVICE);
		assertThat(u1.getParent().getId()).isEqualTo(s1.getId());
		assertThat(u1.getLevel()).isEqualTo(DepartmentLevel.FUNCTIONAL_UNIT);
		assertThat(s4.getParent().getId()).isEqualTo(existingPole.getId());
		assertThat(this.data.find(this.establishment, "P2").getName()).isEqualTo("Pôle chirurgie");
	}

	@Test
	void aLineWithTheCodeOfAnExistingDepartmentUpdatesIt() throws Exception {
		Department pole = this.data.department(this.establishment, null, DepartmentLevel.POLE, "P1");
		Department other = this.data.department(this.establishment, null, DepartmentLevel.POLE, "P2");
		Department service = this.data.department(this.establishment, pole, DepartmentLevel.SERVICE, "S1");
		String csv = "FINESS,Code,Name,Level,Parent_Code\n" + this.establishment.getGeographicFiness()
				+ ",S1,Service renommé,SERVICE,P2\n";
		long before = this.departments.count();

		JsonNode done = this.imports.confirm(this.admin,
				this.imports.previewOf(this.admin, "departments", csv).get("id").asString());

		assertThat(done.get("updated").asInt()).isEqualTo(1);
		assertThat(done.get("created").asInt()).isZero();
		assertThat(this.departments.count()).isEqualTo(before);
		Department renamed = this.departments.findById(service.getId()).orElseThrow();
		assertThat(renamed.getName()).isEqualTo("Service renommé");
		assertThat(renamed.getParent().getId()).isEqualTo(other.getId());
	}

	@Test
	void theLevelOfADepartmentWithSubDepartmentsDoesNotChange() throws Exception {
		Department pole = this.data.department(this.establishment, null, DepartmentLevel.POLE, "P1");
		this.data.department(this.establishment, pole, DepartmentLevel.SERVICE, "S1");

		JsonNode job = this.imports.previewOf(this.admin, "departments", HEADER + line("P1", "Pôle", "service", ""));

		assertThat(ImportClient.errorsByLine(job)).containsOnlyKeys(2);
		assertThat(ImportClient.errorsByLine(job).get(2)).contains(
				"level: Une structure sans parent doit être un pôle.",
				"level: Cette structure a des sous-structures : son niveau ne peut pas changer.");
	}

	@Test
	void aCodeTwiceInTheFileIsAnErrorOnBothLines() throws Exception {
		long before = this.departments.count();

		JsonNode job = this.imports.previewOf(this.admin, "departments",
				HEADER + line("P1", "Pôle A", "pôle", "") + line("P1", "Pôle B", "pôle", ""));

		assertThat(ImportClient.errorsByLine(job)).containsOnly(
				Map.entry(2, "code: Ce code figure aussi ligne 3 pour le même établissement."),
				Map.entry(3, "code: Ce code figure aussi ligne 2 pour le même établissement."));
		assertThat(this.departments.count()).isEqualTo(before);
	}

	@Test
	void aDepartmentOfAnEstablishmentOutsideTheScopeIsAnErrorLine() throws Exception {
		Establishment outside = this.fixtures.establishment();
		long before = this.departments.count();

		JsonNode job = this.imports.previewOf(this.admin, "departments",
				HEADER + outside.getGeographicFiness() + ";P1;Pôle;pôle;\n");

		assertThat(ImportClient.errorsByLine(job)).containsOnly(Map.entry(2,
				"finess: FINESS " + outside.getGeographicFiness() + " inconnu ou hors de votre périmètre."));
		assertThat(this.departments.count()).isEqualTo(before);
	}

}
