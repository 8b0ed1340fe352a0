package org.socle.directory.people;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.DepartmentLevel;
import org.socle.directory.organisation.Establishment;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class PersonApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PersonRepository people;

	@Autowired
	JsonMapper json;

	private UserAccount admin(Establishment establishment) {
		return this.fixtures.establishmentAccount(Role.ADMINISTRATOR, establishment);
	}

	private static Map<String, Object> body(Establishment establishment, Department department, String email) {
		Map<String, Object> body = new HashMap<>();
		body.put("firstName", "Claire");
		body.put("lastName", "Morel");
		body.put("email", email);
		body.put("jobTitle", "Infirmière");
		body.put("phone", "05 56 00 00 00");
		body.put("establishmentId", establishment.getId());
		body.put("departmentId", (department != null) ? department.getId() : null);
		return body;
	}

	private static Map<String, Object> edit(Person person, Map<String, Object> body) {
		body.put("version", person.getVersion());
		return body;
	}

	private ResultActions create(UserAccount account, Map<String, Object> body) throws Exception {
		return this.mvc.perform(this.fixtures.as(account, post("/api/v1/people"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private ResultActions update(UserAccount account, Person person, Map<String, Object> body) throws Exception {
		return this.mvc.perform(this.fixtures.as(account, put("/api/v1/people/" + person.getId()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private static String email() {
		return "claire.morel." + Fixtures.unique() + "@chu-test.fr";
	}

	@Test
	void anAdministratorCreatesAPersonInADepartment() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		String email = email();
		create(admin(mine), body(mine, pole, email)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.lastName").value("Morel"))
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.establishmentId").value(mine.getId()))
			.andExpect(jsonPath("$.departmentId").value(pole.getId()))
			.andExpect(jsonPath("$.createdBy").isString());
	}

	@Test
	void aMissingLastNameIsA400NamingTheFieldAndRuleAndWritesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = admin(mine);
		Map<String, Object> body = body(mine, null, email());
		body.put("lastName", " ");
		long before = this.people.count();
		create(admin, body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/validation"))
			.andExpect(jsonPath("$.errors[0].field").value("lastName"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotBlank"));
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void aTooLongFirstNameOrAMissingEstablishmentIsA400AndWritesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = admin(mine);
		long before = this.people.count();
		Map<String, Object> longName = body(mine, null, email());
		longName.put("firstName", "x".repeat(101));
		create(admin, longName).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("firstName"))
			.andExpect(jsonPath("$.errors[0].rule").value("Size"));
		Map<String, Object> noEstablishment = body(mine, null, email());
		noEstablishment.put("establishmentId", null);
		create(admin, noEstablishment).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("establishmentId"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotNull"));
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void anInvalidEmailIsA400AndWritesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = admin(mine);
		long before = this.people.count();
		create(admin, body(mine, null, "claire.morel-at-chu")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.errors[0].rule").value("Email"));
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void aDuplicateEmailIgnoringCaseIsA409EvenInAnotherEstablishment() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Person existing = this.fixtures.person(other, null);
		UserAccount admin = admin(mine);
		long before = this.people.count();
		create(admin, body(mine, null, existing.getEmail().toUpperCase())).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/duplicate"))
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.errors[0].rule").value("Duplicate"));
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void changingOnesEmailToAnothersIsA409ButKeepingOnesOwnIsFine() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Person first = this.fixtures.person(mine, null);
		Person second = this.fixtures.person(mine, null);
		UserAccount admin = admin(mine);
		update(admin, second, edit(second, body(mine, null, first.getEmail()))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		update(admin, second, edit(second, body(mine, null, second.getEmail().toUpperCase())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.firstName").value("Claire"));
	}

	@Test
	void aDepartmentOfAnotherEstablishmentIsRefused() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Department otherPole = this.fixtures.department(other, null, DepartmentLevel.POLE);
		UserAccount groupAdmin = this.fixtures.groupAccount(Role.ADMINISTRATOR, mine);
		long before = this.people.count();
		create(groupAdmin, body(mine, otherPole, email())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("departmentId"))
			.andExpect(jsonPath("$.errors[0].rule").value("PersonDepartmentEstablishment"));
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void movingAPersonToAnotherEstablishmentNeedsADepartmentThere() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Department minePole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department otherPole = this.fixtures.department(other, null, DepartmentLevel.POLE);
		Person person = this.fixtures.person(mine, minePole);
		UserAccount groupAdmin = this.fixtures.groupAccount(Role.ADMINISTRATOR, mine);
		update(groupAdmin, person, edit(person, body(other, minePole, person.getEmail())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("departmentId"));
		assertThat(this.people.findById(person.getId()).orElseThrow().getVersion()).isEqualTo(person.getVersion());
		update(groupAdmin, person, edit(person, body(other, otherPole, person.getEmail()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.establishmentId").value(other.getId()))
			.andExpect(jsonPath("$.departmentId").value(otherPole.getId()));
	}

	@Test
	void anEditOfAStaleVersionIsA409AndChangesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Person person = this.fixtures.person(mine, null);
		Map<String, Object> body = body(mine, null, person.getEmail());
		body.put("version", person.getVersion() + 1);
		update(admin(mine), person, body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/stale-version"));
		assertThat(this.people.findById(person.getId()).orElseThrow().getLastName()).isEqualTo(person.getLastName());
	}

	@Test
	void anUnknownIdIsA404() throws Exception {
		UserAccount admin = admin(this.fixtures.establishment());
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/people/999999999")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/not-found"));
	}

	@Test
	void anotherEstablishmentsPersonIsInvisibleToAnEstablishmentScopedAccount() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Person colleague = this.fixtures.person(mine, null);
		Person stranger = this.fixtures.person(other, null);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/people/" + stranger.getId())))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/people/" + colleague.getId())))
			.andExpect(status().isOk());
		// the staff account's own person and the colleague
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/people?size=200")))
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.content[*].establishmentId", hasItem(mine.getId().intValue())));
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/people").param("q", stranger.getLastName())))
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/people?establishment=" + other.getId())))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void staffCannotCreateNorEdit() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Person person = this.fixtures.person(mine, null);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		long before = this.people.count();
		create(staff, body(mine, null, email())).andExpect(status().isForbidden());
		update(staff, person, edit(person, body(mine, null, person.getEmail()))).andExpect(status().isForbidden());
		assertThat(this.people.count()).isEqualTo(before);
		assertThat(this.people.findById(person.getId()).orElseThrow().getVersion()).isEqualTo(person.getVersion());
	}

	@Test
	void anAdministratorCannotCreateInAnEstablishmentOutsideTheirScope() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		UserAccount admin = admin(mine);
		long before = this.people.count();
		create(admin, body(other, null, email())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("establishmentId"))
			.andExpect(jsonPath("$.errors[0].rule").value("DirectoryEstablishmentUnknown"));
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void theDepartmentFilterIncludesThePeopleOfTheUnitsBelow() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department service = this.fixtures.department(mine, pole, DepartmentLevel.SERVICE);
		Department unit = this.fixtures.department(mine, service, DepartmentLevel.FUNCTIONAL_UNIT);
		Department otherPole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Person inUnit = this.fixtures.person(mine, unit);
		Person inPole = this.fixtures.person(mine, pole);
		this.fixtures.person(mine, otherPole);
		UserAccount admin = admin(mine);
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/people?department=" + pole.getId())))
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.content[*].id", hasItem(inUnit.getId().intValue())))
			.andExpect(jsonPath("$.content[*].id", hasItem(inPole.getId().intValue())));
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/people?department=" + unit.getId())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(inUnit.getId()));
	}

	@Test
	void archivingNeedsAReasonAndHidesThePersonFromTheDefaultList() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Person person = this.fixtures.person(mine, null);
		UserAccount admin = admin(mine);
		String path = "/api/v1/people/" + person.getId() + "/archive";
		this.mvc
			.perform(this.fixtures.as(admin, post(path))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + person.getVersion() + ",\"reason\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotBlank"));
		this.mvc
			.perform(this.fixtures.as(admin, post(path))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + person.getVersion() + ",\"reason\":\"Départ en retraite\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archived").value(true));
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/people").param("q", person.getLastName())))
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/people?archived=true").param("q", person.getLastName())))
			.andExpect(jsonPath("$.totalElements").value(1));
	}

	@Test
	void anAnonymousCallIsA401() throws Exception {
		this.mvc.perform(get("/api/v1/people")).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/people").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

}
