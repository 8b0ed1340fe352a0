package org.socle.directory.people;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.DepartmentLevel;
import org.socle.directory.organisation.Establishment;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class PersonPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PersonRepository people;

	private MockHttpServletRequestBuilder personForm(MockHttpServletRequestBuilder request, Establishment e,
			String lastName, String email) {
		return request.param("firstName", "Claire")
			.param("lastName", lastName)
			.param("email", email)
			.param("establishmentId", e.getId().toString());
	}

	@Test
	void theListShowsThePeopleInScopeAndHtmxGetsOnlyTheResults() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Person colleague = this.fixtures.person(mine, null);
		Person stranger = this.fixtures.person(other, null);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(staff, get("/directory/people")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"filters\""), containsString(colleague.getEmail()),
					not(containsString(stranger.getEmail())), not(containsString("id=\"new-person\"")))));
		this.mvc
			.perform(this.fixtures.as(staff,
					get("/directory/people").param("q", colleague.getEmail()).header("HX-Request", "true")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"results\""), containsString(colleague.getLastName()),
					not(containsString("id=\"filters\"")), not(containsString("<html")))));
	}

	@Test
	void theCsvExportHoldsOnlyThePeopleInScope() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Person colleague = this.fixtures.person(mine, pole);
		Person stranger = this.fixtures.person(other, null);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(staff, get("/directory/people/export.csv")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content()
				.string(allOf(containsString("id;lastName;firstName;email"), containsString(colleague.getEmail()),
						containsString(pole.getCode()), not(containsString(stranger.getEmail())))));
		this.mvc.perform(this.fixtures.as(staff, get("/directory/people/export.csv?establishment=" + other.getId())))
			.andExpect(content().string(not(containsString(stranger.getEmail()))));
	}

	@Test
	void theDepartmentOptionsFollowTheChosenEstablishment() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department otherPole = this.fixtures.department(other, null, DepartmentLevel.POLE);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc
			.perform(
					this.fixtures.as(admin, get("/directory/people/department-options?establishmentId=" + mine.getId()))
						.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Trigger-After-Settle", "departmentOptionsLoaded"))
			.andExpect(content().string(allOf(containsString("<option value=\"" + pole.getId() + "\""),
					containsString(pole.getCode()), not(containsString("<html")))));
		this.mvc
			.perform(this.fixtures
				.as(admin, get("/directory/people/department-options?establishmentId=" + other.getId()))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(otherPole.getCode()))));
	}

	@Test
	void theListFilterAsksForDepartmentOptionsWhoseBlankMeansAll() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc
			.perform(this.fixtures.as(admin,
					get("/directory/people/department-options?blank=all&establishment=" + mine.getId())))
			.andExpect(content().string(containsString("<option value=\"\">Tous</option>")));
		this.mvc
			.perform(this.fixtures.as(admin,
					get("/directory/people/department-options?establishmentId=" + mine.getId())))
			.andExpect(content().string(not(containsString("Tous"))));
		this.mvc.perform(this.fixtures.as(admin, get("/directory/people")))
			.andExpect(content().string(containsString("hx-vals='{\"blank\": \"all\"}'")));
	}

	@Test
	void theEditFormShowsTheCurrentValues() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Person person = this.fixtures.person(mine, pole);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc.perform(this.fixtures.as(admin, get("/directory/people/" + person.getId() + "/edit")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + person.getLastName() + "\""),
					containsString("value=\"" + person.getEmail() + "\""),
					containsString("<option value=\"" + pole.getId() + "\" selected=\"selected\">"),
					containsString("<option value=\"" + mine.getId() + "\" selected=\"selected\">"))));
	}

	@Test
	void theFormReloadsTheDepartmentsWhenTheEstablishmentChanges() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		String html = this.mvc.perform(this.fixtures.as(admin, get("/directory/people/new")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("hx-get=\"/directory/people/department-options\""),
					containsString("hx-target=\"#departmentId\""),
					containsString("<option value=\"" + mine.getId() + "\" selected=\"selected\">"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// each field once: no stray inputs pulled in by the shared form fragments
		assertThat(html.split("name=\"lastName\"", -1)).hasSize(2);
		assertThat(html.split("name=\"version\"", -1)).hasSize(2);
		assertThat(html).doesNotContain("type=\"checkbox\"");
	}

	@Test
	void formErrorsAreShownBesideTheFieldAndNothingIsWritten() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Department otherPole = this.fixtures.department(other, null, DepartmentLevel.POLE);
		Person existing = this.fixtures.person(mine, null);
		UserAccount admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, mine);
		long before = this.people.count();
		this.mvc.perform(this.fixtures.as(admin, personForm(post("/directory/people"), mine, "", "claire@example.org")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"lastName-error\""), containsString("Ce champ est obligatoire."))));
		this.mvc
			.perform(this.fixtures.as(admin, personForm(post("/directory/people"), mine, "Morel", "pas-une-adresse")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"email-error\""), containsString("Adresse e-mail invalide."))));
		this.mvc
			.perform(this.fixtures.as(admin,
					personForm(post("/directory/people"), mine, "Morel", existing.getEmail().toUpperCase())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"email-error\""), containsString("déjà utilisée"))));
		this.mvc
			.perform(this.fixtures.as(admin,
					personForm(post("/directory/people"), mine, "Morel", "").param("departmentId",
							otherPole.getId().toString())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"departmentId-error\""),
					containsString("La structure doit appartenir"))));
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void aPageCreationRedirectsToThePersonWhoseDetailShowsTheDepartmentPath() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department service = this.fixtures.department(mine, pole, DepartmentLevel.SERVICE);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		String lastName = "Morel-" + Fixtures.unique();
		String location = this.mvc
			.perform(this.fixtures.as(admin,
					personForm(post("/directory/people"), mine, lastName, "").param("departmentId",
							service.getId().toString())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/directory/people/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String html = this.mvc.perform(this.fixtures.as(admin, get(location)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(lastName), containsString("id=\"department-path\""),
					containsString("class=\"audit-line\""), containsString(mine.getName()))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf(pole.getCode())).isPositive().isLessThan(html.indexOf(service.getCode()));
	}

	@Test
	void staffCannotOpenTheNewFormNorEdit() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Person person = this.fixtures.person(mine, null);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(staff, get("/directory/people/new"))).andExpect(status().isForbidden());
		this.mvc.perform(this.fixtures.as(staff, get("/directory/people/" + person.getId() + "/edit")))
			.andExpect(status().isForbidden());
		long before = this.people.count();
		this.mvc.perform(this.fixtures.as(staff, personForm(post("/directory/people"), mine, "Morel", "")))
			.andExpect(status().isForbidden());
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void anotherEstablishmentsPersonPageIsA404() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Person stranger = this.fixtures.person(this.fixtures.establishment(), null);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc.perform(this.fixtures.as(admin, get("/directory/people/" + stranger.getId())))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(admin, get("/directory/people/" + stranger.getId() + "/history")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theHistoryTabShowsAnEdit() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Person person = this.fixtures.person(mine, null);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc.perform(this.fixtures.as(admin,
				personForm(post("/directory/people/" + person.getId()), mine, person.getLastName(), person.getEmail())
					.param("jobTitle", "Cadre de santé")
					.param("version", String.valueOf(person.getVersion()))))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(this.fixtures.as(admin, get("/directory/people/" + person.getId() + "/history")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Fonction"), containsString("Cadre de santé"),
					containsString("Prénom"), containsString("Claire"))));
	}

	@Test
	void aStaleEditIsShownAboveTheForm() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Person person = this.fixtures.person(mine, null);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc
			.perform(this.fixtures.as(admin,
					personForm(post("/directory/people/" + person.getId()), mine, "Autre", "").param("version",
							String.valueOf(person.getVersion() + 1))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alert alert-danger")));
		assertThat(this.people.findById(person.getId()).orElseThrow().getLastName()).isEqualTo(person.getLastName());
	}

}
