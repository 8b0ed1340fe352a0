package org.socle.directory.organisation;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class DepartmentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DepartmentRepository departments;

	@Test
	void theListShowsTheDepartmentsInScopeAndHtmxGetsOnlyTheResults() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department otherPole = this.fixtures.department(other, null, DepartmentLevel.POLE);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(staff, get("/directory/departments")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"filters\""), containsString(pole.getCode()),
					not(containsString(otherPole.getCode())), not(containsString("id=\"new-department\"")))));
		this.mvc
			.perform(this.fixtures.as(staff, get("/directory/departments?q=" + pole.getCode()))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"results\""), containsString(pole.getCode()),
					not(containsString("id=\"filters\"")), not(containsString("<html")))));
	}

	@Test
	void theCsvExportHoldsOnlyTheDepartmentsInScope() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department otherPole = this.fixtures.department(other, null, DepartmentLevel.POLE);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(staff, get("/directory/departments/export.csv")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(allOf(containsString("id;establishment;level;code;name"),
					containsString(pole.getCode()), not(containsString(otherPole.getCode())))));
		this.mvc
			.perform(this.fixtures.as(staff, get("/directory/departments/export.csv?establishment=" + other.getId())))
			.andExpect(content().string(not(containsString(otherPole.getCode()))));
	}

	@Test
	void theTreeNestsServicesUnderPolesAndUnitsUnderServices() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department service = this.fixtures.department(mine, pole, DepartmentLevel.SERVICE);
		Department unit = this.fixtures.department(mine, service, DepartmentLevel.FUNCTIONAL_UNIT);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		String html = this.mvc
			.perform(this.fixtures.as(staff, get("/directory/departments/tree?establishment=" + mine.getId())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int poleAt = html.indexOf("/directory/departments/" + pole.getId() + "\"");
		int serviceAt = html.indexOf("/directory/departments/" + service.getId() + "\"");
		int unitAt = html.indexOf("/directory/departments/" + unit.getId() + "\"");
		assertThat(poleAt).isPositive().isLessThan(serviceAt);
		assertThat(serviceAt).isLessThan(unitAt);
		// each level opens one more nested list
		assertThat(countOf(html.substring(poleAt, serviceAt), "<ul")).isEqualTo(1);
		assertThat(countOf(html.substring(serviceAt, unitAt), "<ul")).isEqualTo(1);
	}

	@Test
	void anotherEstablishmentsTreeIsInvisible() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(staff, get("/directory/departments/tree?establishment=" + other.getId())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aNewChildFormIsPrefilledFromItsParent() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		String html = this.mvc
			.perform(this.fixtures.as(admin, get("/directory/departments/new?parent=" + pole.getId())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<option value=\"" + mine.getId() + "\" selected=\"selected\">"),
						containsString("<option value=\"" + pole.getId() + "\" selected=\"selected\">"),
						containsString("<option value=\"SERVICE\" selected=\"selected\">"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// each field once: no stray selects or inputs pulled in by the shared form
		// fragments
		assertThat(html.split("name=\"level\"", -1)).hasSize(2);
		assertThat(html.split("name=\"code\"", -1)).hasSize(2);
		assertThat(html).doesNotContain("type=\"checkbox\"");
	}

	@Test
	void theEditFormKeepsTheEstablishmentAndOffersNoSelfAsParent() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department service = this.fixtures.department(mine, pole, DepartmentLevel.SERVICE);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc.perform(this.fixtures.as(admin, get("/directory/departments/" + service.getId() + "/edit")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + service.getCode() + "\""),
					containsString("form-control-plaintext"), containsString(mine.getName()),
					containsString("<option value=\"" + pole.getId() + "\" selected=\"selected\">"),
					not(containsString("<option value=\"" + service.getId() + "\"")))));
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(staff, get("/directory/departments/" + service.getId() + "/edit")))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffCannotOpenTheNewForm() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(staff, get("/directory/departments/new"))).andExpect(status().isForbidden());
	}

	@Test
	void theParentOptionsFollowTheChosenEstablishment() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department service = this.fixtures.department(mine, pole, DepartmentLevel.SERVICE);
		Department unit = this.fixtures.department(mine, service, DepartmentLevel.FUNCTIONAL_UNIT);
		Department otherPole = this.fixtures.department(other, null, DepartmentLevel.POLE);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc
			.perform(this.fixtures
				.as(admin, get("/directory/departments/parent-options?establishmentId=" + mine.getId()))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + pole.getId() + "\""),
					containsString("value=\"" + service.getId() + "\""),
					not(containsString("value=\"" + unit.getId() + "\"")), not(containsString("<html")))));
		this.mvc
			.perform(this.fixtures
				.as(admin, get("/directory/departments/parent-options?establishmentId=" + other.getId()))
				.header("HX-Request", "true"))
			.andExpect(content().string(not(containsString(otherPole.getCode()))));
	}

	@Test
	void aServiceAtTheRootIsShownBesideTheLevelAndNothingIsWritten() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		long before = this.departments.count();
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/departments"))
				.param("establishmentId", mine.getId().toString())
				.param("level", "SERVICE")
				.param("code", "S-PAGE")
				.param("name", "Service sans pôle"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"level-error\""),
					containsString("Une structure sans parent doit être un pôle."))));
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/departments"))
				.param("establishmentId", mine.getId().toString())
				.param("level", "POLE")
				.param("code", "")
				.param("name", "Pôle sans code"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"code-error\"")));
		assertThat(this.departments.count()).isEqualTo(before);
	}

	@Test
	void aPageCreationRedirectsToTheNewDepartment() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		String code = "P-" + Fixtures.unique();
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/departments"))
				.param("establishmentId", mine.getId().toString())
				.param("level", "POLE")
				.param("code", code)
				.param("name", "Pôle créé"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/directory/departments/*"));
		assertThat(this.departments.findAll()).anyMatch(d -> code.equals(d.getCode()));
	}

	@Test
	void theDetailShowsChildrenAndTheAuditLine() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department service = this.fixtures.department(mine, pole, DepartmentLevel.SERVICE);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc.perform(this.fixtures.as(admin, get("/directory/departments/" + pole.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"children\""), containsString(service.getCode()),
					containsString("class=\"audit-line\""), containsString("id=\"new-child\""),
					containsString("/directory/departments/new?parent=" + pole.getId()))));
	}

	@Test
	void archivingAPoleWithActiveServicesIsRefusedOnThePage() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		this.fixtures.department(mine, pole, DepartmentLevel.SERVICE);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/departments/" + pole.getId() + "/archive"))
				.param("version", String.valueOf(pole.getVersion()))
				.param("reason", "Réorganisation"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("actionError", "rule.DepartmentHasActiveChildren"));
		assertThat(this.departments.findById(pole.getId()).orElseThrow().isArchived()).isFalse();
	}

	@Test
	void theHistoryTabShowsAnEdit() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/departments/" + pole.getId()))
				.param("establishmentId", mine.getId().toString())
				.param("level", "POLE")
				.param("code", pole.getCode())
				.param("name", "Pôle renommé")
				.param("version", String.valueOf(pole.getVersion())))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(this.fixtures.as(admin, get("/directory/departments/" + pole.getId() + "/history")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Libellé"), containsString("Pôle renommé"), containsString(pole.getName()))));
	}

	@Test
	void anotherEstablishmentsDepartmentPageIsA404() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Department otherPole = this.fixtures.department(other, null, DepartmentLevel.POLE);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc.perform(this.fixtures.as(admin, get("/directory/departments/" + otherPole.getId())))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(admin, get("/directory/departments/" + otherPole.getId() + "/history")))
			.andExpect(status().isNotFound());
	}

	private static int countOf(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

}
