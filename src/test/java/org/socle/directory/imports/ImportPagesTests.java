package org.socle.directory.imports;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.PersonRepository;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class ImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	PersonRepository people;

	ImportClient imports;

	Establishment establishment;

	UserAccount admin;

	@BeforeEach
	void setUp() {
		this.imports = new ImportClient(this.mvc, this.json, this.fixtures);
		this.establishment = this.fixtures.establishment();
		this.admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.establishment);
	}

	private String csv() {
		String f = this.establishment.getGeographicFiness();
		return "nom;prénom;finess\nDurand;Paul;" + f + "\n;Sans nom;" + f + "\n";
	}

	/** Uploads through the page and returns the job id it redirects to. */
	private String uploadPage(String kind, String csv) throws Exception {
		String location = this.mvc
			.perform(this.imports.as(this.admin,
					multipart("/directory/imports").file(ImportClient.file(csv)).param("kind", kind)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/directory/imports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring("/directory/imports/".length());
	}

	@Test
	void theUploadPageOffersBothKindsAndTheirTemplates() throws Exception {
		this.mvc.perform(this.imports.as(this.admin, get("/directory/imports")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"upload-form\"")))
			.andExpect(content().string(containsString("/directory/imports/templates/people.csv")))
			.andExpect(content().string(containsString("/directory/imports/templates/departments.csv")));
	}

	@Test
	void aTemplateIsACsvWithTheColumnsAsSpreadsheetsOpenIt() throws Exception {
		byte[] body = this.mvc.perform(this.imports.as(this.admin, get("/directory/imports/templates/people.csv")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(new String(body, StandardCharsets.UTF_8))
			.startsWith("\uFEFFnom;prénom;email;fonction;téléphone;finess;code_uf\r\n");
	}

	@Test
	void anUploadedFileIsPreviewedThenConfirmedFromThePages() throws Exception {
		long before = this.people.count();
		String jobId = uploadPage("people", csv());
		this.imports.awaitPhase(this.admin, jobId, "READY");

		this.mvc.perform(this.imports.as(this.admin, get("/directory/imports/" + jobId)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm\"")))
			.andExpect(content().string(containsString("Valeur obligatoire.")))
			.andExpect(content().string(containsString("id=\"preview\"")))
			.andExpect(content().string(containsString("<th scope=\"col\">prénom</th>")))
			.andExpect(content().string(containsString("<td>Durand</td>")))
			.andExpect(content().string(not(containsString("every 1s"))));
		this.mvc.perform(this.imports.as(this.admin, get("/directory/imports/" + jobId)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<section id=\"job\"")))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(this.people.count()).isEqualTo(before);

		this.mvc.perform(this.imports.as(this.admin, post("/directory/imports/" + jobId + "/confirm")))
			.andExpect(redirectedUrl("/directory/imports/" + jobId));
		this.imports.awaitPhase(this.admin, jobId, "DONE");

		this.mvc.perform(this.imports.as(this.admin, get("/directory/imports/" + jobId)))
			.andExpect(content().string(containsString("id=\"summary\"")))
			.andExpect(content().string(not(containsString("id=\"confirm\""))));
		assertThat(this.people.count()).isEqualTo(before + 1);
	}

	@Test
	void cancellingDiscardsTheJob() throws Exception {
		long before = this.people.count();
		String jobId = uploadPage("people", csv());

		this.mvc.perform(this.imports.as(this.admin, post("/directory/imports/" + jobId + "/cancel")))
			.andExpect(redirectedUrl("/directory/imports"));

		this.mvc.perform(this.imports.as(this.admin, get("/directory/imports/" + jobId)))
			.andExpect(status().isNotFound());
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void aFileWithoutItsRequiredColumnsIsShownBesideTheField() throws Exception {
		this.mvc
			.perform(this.imports.as(this.admin,
					multipart("/directory/imports").file(ImportClient.file("nom\nDurand\n")).param("kind", "people")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("Colonne(s) obligatoire(s) absente(s) : prénom, finess.")));
	}

	@Test
	void anotherAccountsJobIsNotFound() throws Exception {
		String jobId = uploadPage("people", csv());
		UserAccount other = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.establishment);

		this.mvc.perform(this.imports.as(other, get("/directory/imports/" + jobId))).andExpect(status().isNotFound());
		this.mvc.perform(this.imports.as(other, post("/directory/imports/" + jobId + "/cancel")))
			.andExpect(status().isNotFound());
		this.imports.awaitPhase(this.admin, jobId, "READY");
	}

	@Test
	void anAccountWithoutAnAdministratorRoleSeesNoFormAndCannotUpload() throws Exception {
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, this.establishment);

		this.mvc.perform(this.imports.as(staff, get("/directory/imports")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"upload-form\""))));
		this.mvc
			.perform(this.imports.as(staff,
					multipart("/directory/imports").file(ImportClient.file(csv())).param("kind", "people")))
			.andExpect(status().isForbidden());
	}

}
