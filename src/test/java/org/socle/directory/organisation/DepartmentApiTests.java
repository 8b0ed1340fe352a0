package org.socle.directory.organisation;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class DepartmentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	JsonMapper json;

	private UserAccount admin(Establishment establishment) {
		return this.fixtures.establishmentAccount(Role.ADMINISTRATOR, establishment);
	}

	private static Map<String, Object> body(Establishment establishment, Department parent, DepartmentLevel level,
			String code, String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("establishmentId", establishment.getId());
		body.put("parentId", (parent != null) ? parent.getId() : null);
		body.put("level", level);
		body.put("code", code);
		body.put("name", name);
		return body;
	}

	private ResultActions create(UserAccount account, Map<String, Object> body) throws Exception {
		return this.mvc.perform(this.fixtures.as(account, post("/api/v1/departments"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private ResultActions update(UserAccount account, Department department, Map<String, Object> body)
			throws Exception {
		return this.mvc.perform(this.fixtures.as(account, put("/api/v1/departments/" + department.getId()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private long idOf(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
	}

	@Test
	void anAdministratorBuildsAPoleAServiceAndAFunctionalUnit() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = admin(mine);
		ResultActions pole = create(admin, body(mine, null, DepartmentLevel.POLE, " P1 ", "Pôle médecine"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("P1"))
			.andExpect(jsonPath("$.level").value("POLE"))
			.andExpect(jsonPath("$.establishmentId").value(mine.getId()))
			.andExpect(jsonPath("$.createdBy").isString());
		Department poleRow = this.departments.findById(idOf(pole)).orElseThrow();
		ResultActions service = create(admin, body(mine, poleRow, DepartmentLevel.SERVICE, "S11", "Cardiologie"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.parentId").value(poleRow.getId()));
		Department serviceRow = this.departments.findById(idOf(service)).orElseThrow();
		create(admin, body(mine, serviceRow, DepartmentLevel.FUNCTIONAL_UNIT, "UF111", "Hospitalisation"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("FUNCTIONAL_UNIT"))
			.andExpect(jsonPath("$.parentId").value(serviceRow.getId()));
	}

	@Test
	void aMissingCodeIsA400NamingTheFieldAndRuleAndWritesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = admin(mine);
		long before = this.departments.count();
		create(admin, body(mine, null, DepartmentLevel.POLE, " ", "Pôle sans code")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/validation"))
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotBlank"));
		assertThat(this.departments.count()).isEqualTo(before);
	}

	@Test
	void aTooLongNameOrAMissingLevelIsA400AndWritesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = admin(mine);
		long before = this.departments.count();
		create(admin, body(mine, null, DepartmentLevel.POLE, "P-LONG", "x".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].rule").value("Size"));
		create(admin, body(mine, null, null, "P-NOLEVEL", "Sans niveau")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotNull"));
		assertThat(this.departments.count()).isEqualTo(before);
	}

	@Test
	void aServiceAtTheRootIsRefused() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = admin(mine);
		long before = this.departments.count();
		create(admin, body(mine, null, DepartmentLevel.SERVICE, "S-ROOT", "Service orphelin"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"))
			.andExpect(jsonPath("$.errors[0].rule").value("DepartmentRootMustBePole"))
			.andExpect(jsonPath("$.errors[0].message").value("Une structure sans parent doit être un pôle."));
		assertThat(this.departments.count()).isEqualTo(before);
	}

	@Test
	void aFunctionalUnitUnderAPoleIsRefused() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		UserAccount admin = admin(mine);
		long before = this.departments.count();
		create(admin, body(mine, pole, DepartmentLevel.FUNCTIONAL_UNIT, "UF-P", "Unité sous pôle"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"))
			.andExpect(jsonPath("$.errors[0].rule").value("DepartmentChildLevel"));
		create(admin, body(mine, pole, DepartmentLevel.POLE, "P-P", "Pôle sous pôle"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("DepartmentChildLevel"));
		assertThat(this.departments.count()).isEqualTo(before);
	}

	@Test
	void nothingGoesUnderAFunctionalUnit() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department service = this.fixtures.department(mine, pole, DepartmentLevel.SERVICE);
		Department unit = this.fixtures.department(mine, service, DepartmentLevel.FUNCTIONAL_UNIT);
		long before = this.departments.count();
		create(admin(mine), body(mine, unit, DepartmentLevel.FUNCTIONAL_UNIT, "UF-UF", "Sous-unité"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.errors[0].rule").value("DepartmentParentIsLeaf"));
		assertThat(this.departments.count()).isEqualTo(before);
	}

	@Test
	void aParentOfAnotherEstablishmentIsRefused() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Department otherPole = this.fixtures.department(other, null, DepartmentLevel.POLE);
		UserAccount groupAdmin = this.fixtures.groupAccount(Role.ADMINISTRATOR, mine);
		long before = this.departments.count();
		create(groupAdmin, body(mine, otherPole, DepartmentLevel.SERVICE, "S-X", "Service transfrontière"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.errors[0].rule").value("DepartmentParentEstablishment"));
		create(admin(mine), body(mine, otherPole, DepartmentLevel.SERVICE, "S-Y", "Parent invisible"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.errors[0].rule").value("DepartmentParentUnknown"));
		assertThat(this.departments.count()).isEqualTo(before);
	}

	@Test
	void aDuplicateCodeInTheEstablishmentIsA409ButAnotherEstablishmentMayReuseIt() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Department existing = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		UserAccount groupAdmin = this.fixtures.groupAccount(Role.ADMINISTRATOR, mine);
		long before = this.departments.count();
		create(groupAdmin, body(mine, null, DepartmentLevel.POLE, existing.getCode().toLowerCase(), "Doublon"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/duplicate"))
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.errors[0].rule").value("Duplicate"));
		assertThat(this.departments.count()).isEqualTo(before);
		create(groupAdmin, body(other, null, DepartmentLevel.POLE, existing.getCode(), "Même code ailleurs"))
			.andExpect(status().isCreated());
	}

	@Test
	void renamingToAnotherDepartmentsCodeIsA409() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department first = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department second = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Map<String, Object> edit = body(mine, null, DepartmentLevel.POLE, first.getCode(), "Renommé");
		edit.put("version", second.getVersion());
		update(admin(mine), second, edit).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		assertThat(this.departments.findById(second.getId()).orElseThrow().getCode()).isEqualTo(second.getCode());
	}

	@Test
	void anEditOfAStaleVersionIsA409AndChangesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Map<String, Object> edit = body(mine, null, DepartmentLevel.POLE, pole.getCode(), "Nouveau libellé");
		edit.put("version", pole.getVersion() + 1);
		update(admin(mine), pole, edit).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/stale-version"));
		assertThat(this.departments.findById(pole.getId()).orElseThrow().getName()).isEqualTo(pole.getName());
	}

	@Test
	void anEditOfTheCurrentVersionIsSaved() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department service = this.fixtures.department(mine, pole, DepartmentLevel.SERVICE);
		Department otherPole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Map<String, Object> edit = body(mine, otherPole, DepartmentLevel.SERVICE, service.getCode(), "Déplacé");
		edit.put("version", service.getVersion());
		update(admin(mine), service, edit).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Déplacé"))
			.andExpect(jsonPath("$.parentId").value(otherPole.getId()))
			.andExpect(jsonPath("$.version").value(service.getVersion() + 1));
	}

	@Test
	void theLevelOfADepartmentWithChildrenAndItsEstablishmentCannotChange() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department service = this.fixtures.department(mine, pole, DepartmentLevel.SERVICE);
		this.fixtures.department(mine, service, DepartmentLevel.FUNCTIONAL_UNIT);
		Department otherPole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		UserAccount groupAdmin = this.fixtures.groupAccount(Role.ADMINISTRATOR, mine);
		Map<String, Object> toPole = body(mine, otherPole, DepartmentLevel.SERVICE, service.getCode(), "x");
		toPole.put("parentId", null);
		toPole.put("level", DepartmentLevel.POLE);
		toPole.put("version", service.getVersion());
		update(groupAdmin, service, toPole).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"))
			.andExpect(jsonPath("$.errors[0].rule").value("DepartmentLevelFixedByChildren"));
		Map<String, Object> moved = body(other, null, DepartmentLevel.POLE, pole.getCode(), pole.getName());
		moved.put("version", pole.getVersion());
		update(groupAdmin, pole, moved).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("establishmentId"))
			.andExpect(jsonPath("$.errors[0].rule").value("DepartmentEstablishmentFixed"));
		Department unchanged = this.departments.findById(service.getId()).orElseThrow();
		assertThat(unchanged.getLevel()).isEqualTo(DepartmentLevel.SERVICE);
		assertThat(unchanged.getVersion()).isEqualTo(service.getVersion());
	}

	@Test
	void anUnknownIdIsA404() throws Exception {
		UserAccount admin = admin(this.fixtures.establishment());
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/departments/999999999")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/not-found"));
	}

	@Test
	void anotherEstablishmentsDepartmentIsInvisibleToAnEstablishmentScopedAccount() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Department minePole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department otherPole = this.fixtures.department(other, null, DepartmentLevel.POLE);
		UserAccount admin = admin(mine);
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/departments/" + otherPole.getId())))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/departments/" + minePole.getId())))
			.andExpect(status().isOk());
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/departments?size=200")))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(minePole.getId()));
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/departments?establishment=" + other.getId())))
			.andExpect(jsonPath("$.totalElements").value(0));
		Map<String, Object> edit = body(other, null, DepartmentLevel.POLE, otherPole.getCode(), "Piratage");
		edit.put("version", otherPole.getVersion());
		update(admin, otherPole, edit).andExpect(status().isNotFound());
		assertThat(this.departments.findById(otherPole.getId()).orElseThrow().getName()).isEqualTo(otherPole.getName());
	}

	@Test
	void staffCannotCreateNorEdit() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		long before = this.departments.count();
		create(staff, body(mine, null, DepartmentLevel.POLE, "P-STAFF", "Interdit")).andExpect(status().isForbidden());
		Map<String, Object> edit = body(mine, null, DepartmentLevel.POLE, pole.getCode(), "Interdit");
		edit.put("version", pole.getVersion());
		update(staff, pole, edit).andExpect(status().isForbidden());
		assertThat(this.departments.count()).isEqualTo(before);
	}

	@Test
	void anAdministratorCannotCreateInAnEstablishmentOutsideTheirScope() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		long before = this.departments.count();
		create(admin(mine), body(other, null, DepartmentLevel.POLE, "P-OUT", "Ailleurs"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("establishmentId"))
			.andExpect(jsonPath("$.errors[0].rule").value("DirectoryEstablishmentUnknown"));
		assertThat(this.departments.count()).isEqualTo(before);
	}

	@Test
	void archivingNeedsAReasonAndNoActiveChildren() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department service = this.fixtures.department(mine, pole, DepartmentLevel.SERVICE);
		UserAccount admin = admin(mine);
		String path = "/api/v1/departments/" + pole.getId() + "/archive";
		this.mvc
			.perform(this.fixtures.as(admin, post(path))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + pole.getVersion() + ",\"reason\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc
			.perform(this.fixtures.as(admin, post(path))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + pole.getVersion() + ",\"reason\":\"Réorganisation\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("children"))
			.andExpect(jsonPath("$.errors[0].rule").value("DepartmentHasActiveChildren"));
		assertThat(this.departments.findById(pole.getId()).orElseThrow().isArchived()).isFalse();
		this.mvc
			.perform(this.fixtures.as(admin, post("/api/v1/departments/" + service.getId() + "/archive"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + service.getVersion() + ",\"reason\":\"Fermé\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archived").value(true));
		this.mvc
			.perform(this.fixtures.as(admin, post(path))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + pole.getVersion() + ",\"reason\":\"Réorganisation\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archived").value(true))
			.andExpect(jsonPath("$.archiveReason").value("Réorganisation"));
	}

	@Test
	void nothingIsCreatedUnderAnArchivedParent() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		pole.archive("Fermé");
		Department archived = this.departments.saveAndFlush(pole);
		long before = this.departments.count();
		create(admin(mine), body(mine, archived, DepartmentLevel.SERVICE, "S-ARCH", "Sous un archivé"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.errors[0].rule").value("DepartmentParentArchived"));
		assertThat(this.departments.count()).isEqualTo(before);
	}

	@Test
	void theListFiltersByTextLevelAndArchived() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Department pole = this.fixtures.department(mine, null, DepartmentLevel.POLE);
		Department service = this.fixtures.department(mine, pole, DepartmentLevel.SERVICE);
		UserAccount admin = admin(mine);
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/departments?level=SERVICE")))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(service.getId()));
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/departments?q=" + pole.getCode().toLowerCase())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(pole.getId()));
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/departments?archived=true")))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void anAnonymousCallIsA401() throws Exception {
		this.mvc.perform(get("/api/v1/departments")).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/departments").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

}
