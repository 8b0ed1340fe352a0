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
import org.socle.directory.people.Person;
import org.socle.directory.people.PersonRepository;
import org.socle.shared.csvimport.CsvReader;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class PeopleImportTests {

	private static final String HEADER = "nom;prénom;email;fonction;téléphone;finess;code_uf\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	PersonRepository people;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	RoleGrantRepository grants;

	ImportClient imports;

	ImportTestData data;

	Establishment establishment;

	UserAccount admin;

	String u;

	@BeforeEach
	void setUp() {
		this.imports = new ImportClient(this.mvc, this.json, this.fixtures);
		this.data = new ImportTestData(this.departments, this.grants);
		this.establishment = this.fixtures.establishment();
		this.admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.establishment);
		this.u = Fixtures.unique();
	}

	private String line(String last, String first, String email, String finess, String code) {
		return String.join(";", last, first, email, "", "", finess, code) + "\n";
	}

	private Person byEmail(String email) {
		return this.people.findOne((root, query, cb) -> cb.equal(cb.lower(root.get("email")), email.toLowerCase()))
			.orElseThrow();
	}

	private long peopleOf(Establishment establishment) {
		return this.people.count((root, query, cb) -> cb.equal(root.get("establishment"), establishment));
	}

	@Test
	void thePreviewListsEachBadLineWithItsColumnAndMessageAndWritesNothing() throws Exception {
		Department uf = this.data.department(this.establishment, null, DepartmentLevel.POLE, "UF" + this.u);
		String f = this.establishment.getGeographicFiness();
		String csv = HEADER + line("Durand", "Paul", "paul." + this.u + "@test.fr", f, uf.getCode())
				+ line("", "Zoé", "zoe." + this.u + "@test.fr", f, "") + line("Petit", "Léa", "pas-une-adresse", f, "")
				+ line("Roux", "Max", "max." + this.u + "@test.fr", Fixtures.finess(), "")
				+ line("Moreau", "Inès", "ines." + this.u + "@test.fr", f, "INCONNU")
				+ line("Simon", "Karim", "double." + this.u + "@test.fr", f, "")
				+ line("Simon", "Karima", "DOUBLE." + this.u + "@test.fr", f, "") + line("Girard", "Hugo", "", f, "")
				+ line("Leroy", "Anne", "anne." + this.u + "@test.fr", "123", "");
		long before = this.people.count();

		JsonNode job = this.imports.previewOf(this.admin, "people", csv);

		assertThat(job.get("totalLines").asInt()).isEqualTo(9);
		assertThat(job.get("validLines").asInt()).isEqualTo(2);
		assertThat(job.get("errorLines").asInt()).isEqualTo(7);
		Map<Integer, String> errors = ImportClient.errorsByLine(job);
		assertThat(errors).containsOnlyKeys(3, 4, 5, 6, 7, 8, 10);
		assertThat(errors.get(3)).isEqualTo("lastName: Valeur obligatoire.");
		assertThat(errors.get(4)).isEqualTo("email: Adresse e-mail invalide : « pas-une-adresse ».");
		assertThat(errors.get(5)).startsWith("finess: FINESS ").endsWith("inconnu ou hors de votre périmètre.");
		assertThat(errors.get(6))
			.isEqualTo("departmentCode: Aucune structure active de code INCONNU dans cet établissement.");
		assertThat(errors.get(7)).isEqualTo("email: Cette adresse e-mail figure aussi ligne 8.");
		assertThat(errors.get(8)).isEqualTo("email: Cette adresse e-mail figure aussi ligne 7.");
		assertThat(errors.get(10)).isEqualTo("finess: Numéro FINESS invalide : « 123 ».");
		assertThat(job.get("errors").get(0).get("header").asString()).isEqualTo("nom");
		assertThat(job.get("firstRows")).extracting(r -> r.get("line").asInt()).containsExactly(2, 9);
		assertThat(job.get("firstRows").get(0).get("values").get("lastName").asString()).isEqualTo("Durand");
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void confirmingWritesOnlyTheValidLinesAndUpdatesAPersonFoundByEmail() throws Exception {
		Department uf = this.data.department(this.establishment, null, DepartmentLevel.POLE, "UF" + this.u);
		Person person = this.fixtures.person(this.establishment);
		person.setEmail("Anne." + this.u + "@Test.fr");
		Person existing = this.people.saveAndFlush(person);
		String f = this.establishment.getLegalFiness();
		String csv = "last_name,first_name,email,job_title,department_code,finess\n" + "Leroy,Anne,anne." + this.u
				+ "@test.fr,Cadre de santé," + uf.getCode() + "," + f + "\n" + "Nouveau,Jean,jean." + this.u
				+ "@test.fr,Infirmier,," + f + "\n" + "Sansprenom,,x." + this.u + "@test.fr,,," + f + "\n";
		long before = this.people.count();
		String jobId = this.imports.start(this.admin, "people", csv);
		this.imports.awaitPhase(this.admin, jobId, "READY");

		JsonNode done = this.imports.confirm(this.admin, jobId);

		assertThat(done.get("created").asInt()).isEqualTo(1);
		assertThat(done.get("updated").asInt()).isEqualTo(1);
		assertThat(done.get("skipped").asInt()).isEqualTo(1);
		assertThat(ImportClient.errorsByLine(done)).containsOnlyKeys(4);
		assertThat(this.people.count()).isEqualTo(before + 1);
		Person updated = this.people.findById(existing.getId()).orElseThrow();
		assertThat(updated.getLastName()).isEqualTo("Leroy");
		assertThat(updated.getFirstName()).isEqualTo("Anne");
		assertThat(updated.getJobTitle()).isEqualTo("Cadre de santé");
		assertThat(updated.getVersion()).isEqualTo(existing.getVersion() + 1);
		assertThat(this.people.count((root, query, cb) -> cb.equal(root.get("department").get("id"), uf.getId())))
			.isEqualTo(1);
		Person created = byEmail("jean." + this.u + "@test.fr");
		assertThat(created.getJobTitle()).isEqualTo("Infirmier");
		assertThat(created.getCreatedBy()).isEqualTo(this.admin.getLogin());
	}

	@Test
	void aLineTargetingAnEstablishmentOutsideTheUsersScopeIsAnErrorLine() throws Exception {
		Establishment outside = this.fixtures.establishment();
		Establishment seenOnly = this.fixtures.establishment();
		this.data.grant(this.admin, Role.STAFF, seenOnly);
		Person elsewhere = this.fixtures.person(outside);
		elsewhere.setEmail("ailleurs." + this.u + "@test.fr");
		this.people.saveAndFlush(elsewhere);
		String csv = HEADER + line("Durand", "Paul", "", this.establishment.getGeographicFiness(), "")
				+ line("Hors", "Périmètre", "", outside.getGeographicFiness(), "")
				+ line("Vue", "Seulement", "", seenOnly.getGeographicFiness(), "")
				+ line("Autre", "Établissement", elsewhere.getEmail(), this.establishment.getGeographicFiness(), "");
		long before = this.people.count();

		JsonNode job = this.imports.previewOf(this.admin, "people", csv);

		Map<Integer, String> errors = ImportClient.errorsByLine(job);
		assertThat(errors).containsOnlyKeys(3, 4, 5);
		assertThat(errors.get(3))
			.isEqualTo("finess: FINESS " + outside.getGeographicFiness() + " inconnu ou hors de votre périmètre.");
		assertThat(errors.get(4))
			.isEqualTo("finess: Vous n’êtes pas administrateur de l’établissement " + seenOnly.getName() + ".");
		assertThat(errors.get(5)).isEqualTo(
				"email: Cette adresse e-mail est celle d’une personne d’un établissement que vous n’administrez pas.");
		assertThat(job.get("validLines").asInt()).isEqualTo(1);
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void aWindows1252FileFromExcelKeepsItsAccents() throws Exception {
		String csv = "Nom;Prénom;Fonction;FINESS\r\nLefèvre;Hélène;Aide-soignante de nuit;"
				+ this.establishment.getGeographicFiness() + "\r\n";
		String jobId = this.imports.start(this.admin, "people", csv.getBytes(CsvReader.WINDOWS_1252));

		JsonNode preview = this.imports.awaitPhase(this.admin, jobId, "READY");
		assertThat(preview.get("encoding").asString()).isEqualTo("windows-1252");
		this.imports.confirm(this.admin, jobId);

		assertThat(this.people.findAll((root, query, cb) -> cb.equal(root.get("establishment"), this.establishment)))
			.extracting(Person::getLastName, Person::getFirstName)
			.contains(org.assertj.core.groups.Tuple.tuple("Lefèvre", "Hélène"));
	}

	@Test
	void aTwentyThousandLineFileCompletesWithProgressReachingOneHundredPercent() throws Exception {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < 20_000; i++) {
			csv.append(line("Nom" + i, "Prénom" + i, "p" + i + "." + this.u + "@test.fr",
					this.establishment.getGeographicFiness(), ""));
		}
		String jobId = this.imports.start(this.admin, "people", csv.toString());

		JsonNode ready = this.imports.awaitPhase(this.admin, jobId, "READY");
		assertThat(ready.get("processed").asInt()).isEqualTo(20_000);
		assertThat(ready.get("total").asInt()).isEqualTo(20_000);
		assertThat(ready.get("percent").asInt()).isEqualTo(100);
		assertThat(ready.get("validLines").asInt()).isEqualTo(20_000);
		assertThat(ready.get("firstRows").size()).isEqualTo(20);
		JsonNode done = this.imports.confirm(this.admin, jobId);

		assertThat(done.get("processed").asInt()).isEqualTo(20_000);
		assertThat(done.get("percent").asInt()).isEqualTo(100);
		assertThat(done.get("created").asInt()).isEqualTo(20_000);
		assertThat(peopleOf(this.establishment)).isEqualTo(20_000 + 1);
	}

	@Test
	void anotherAccountCannotSeeConfirmOrDiscardTheJob() throws Exception {
		String jobId = this.imports.start(this.admin, "people",
				HEADER + line("Durand", "Paul", "", this.establishment.getGeographicFiness(), ""));
		UserAccount colleague = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.establishment);
		long before = this.people.count();

		this.mvc.perform(this.imports.as(colleague, get("/api/v1/imports/" + jobId)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/not-found"));
		this.mvc.perform(this.imports.as(colleague, post("/api/v1/imports/" + jobId + "/confirm")))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.imports.as(colleague, delete("/api/v1/imports/" + jobId)))
			.andExpect(status().isNotFound());

		this.imports.awaitPhase(this.admin, jobId, "READY");
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void anAnonymousCallIsA401() throws Exception {
		this.mvc.perform(multipart("/api/v1/imports/people").file(ImportClient.file(HEADER)).with(csrf()))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/imports/any")).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/imports/any/confirm").with(csrf())).andExpect(status().isUnauthorized());
		this.mvc.perform(delete("/api/v1/imports/any").with(csrf())).andExpect(status().isUnauthorized());
	}

	@Test
	void anAccountWithoutAnAdministratorRoleCannotUpload() throws Exception {
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, this.establishment);

		this.imports
			.upload(staff, "people",
					(HEADER + line("A", "B", "", this.establishment.getGeographicFiness(), "")).getBytes())
			.andExpect(status().isForbidden());
	}

	@Test
	void aFileWithoutARequiredColumnIsA400NamingTheFileAndTheColumn() throws Exception {
		this.imports.upload(this.admin, "people", "nom;prénom;email\nDurand;Paul;\n".getBytes())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].rule").value("ImportMissingColumns"))
			.andExpect(jsonPath("$.errors[0].message").value("Colonne(s) obligatoire(s) absente(s) : finess."));
	}

	@Test
	void anUploadWithoutAFileIsA400() throws Exception {
		this.mvc.perform(this.imports.as(this.admin, multipart("/api/v1/imports/people")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].rule").value("ImportNoFile"));
	}

	@Test
	void anUnknownKindIsA404() throws Exception {
		this.imports.upload(this.admin, "assets", HEADER.getBytes()).andExpect(status().isNotFound());
	}

	@Test
	void aJobIsConfirmedOnlyOnce() throws Exception {
		String jobId = this.imports.start(this.admin, "people",
				HEADER + line("Durand", "Paul", "", this.establishment.getGeographicFiness(), ""));
		this.imports.awaitPhase(this.admin, jobId, "READY");
		this.imports.confirm(this.admin, jobId);
		long before = this.people.count();

		this.mvc.perform(this.imports.as(this.admin, post("/api/v1/imports/" + jobId + "/confirm")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/import-notReady"))
			.andExpect(jsonPath("$.title").value("Import refusé"))
			.andExpect(jsonPath("$.detail").value(startsWith("Cet import n’attend pas")));
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void aDiscardedJobIsGoneAndNothingIsWritten() throws Exception {
		String jobId = this.imports.start(this.admin, "people",
				HEADER + line("Durand", "Paul", "", this.establishment.getGeographicFiness(), ""));
		long before = this.people.count();

		this.mvc.perform(this.imports.as(this.admin, delete("/api/v1/imports/" + jobId)))
			.andExpect(status().isNoContent());

		this.mvc.perform(this.imports.as(this.admin, get("/api/v1/imports/" + jobId))).andExpect(status().isNotFound());
		assertThat(this.people.count()).isEqualTo(before);
	}

}
