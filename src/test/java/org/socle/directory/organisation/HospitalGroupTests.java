package org.socle.directory.organisation;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hospital group: seen by every account with a role, edited by a group administrator.
 */
@SocleIntegrationTest
class HospitalGroupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	HospitalGroupRepository groups;

	@Autowired
	JsonMapper json;

	private HospitalGroup group() {
		return this.groups.findAll(Sort.by("id")).get(0);
	}

	private UserAccount groupAdmin() {
		return this.fixtures.groupAccount(Role.ADMINISTRATOR, this.fixtures.establishment());
	}

	private MockHttpServletRequestBuilder edit(UserAccount account, Map<String, Object> body) {
		return this.fixtures.as(account, put("/api/v1/group"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body));
	}

	@Test
	void anyAccountWithARoleSeesTheGroup() throws Exception {
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, this.fixtures.establishment());
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/group")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(group().getId()))
			.andExpect(jsonPath("$.country").isString());
		this.mvc.perform(this.fixtures.as(staff, get("/directory/group")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(group().getName())));
	}

	@Test
	void anAccountWithoutARoleDoesNotSeeTheGroup() throws Exception {
		UserAccount nobody = this.fixtures.account(this.fixtures.establishment());
		this.mvc.perform(this.fixtures.as(nobody, get("/api/v1/group"))).andExpect(status().isNotFound());
	}

	@Test
	void aGroupAdministratorEditsTheGroupAndTheHistoryShowsIt() throws Exception {
		HospitalGroup before = group();
		UserAccount admin = groupAdmin();
		String name = "GHT édité " + Fixtures.unique();
		this.mvc
			.perform(edit(admin,
					Map.of("name", name, "shortName", "GHT-E", "country", "fr", "version", before.getVersion())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.country").value("FR"))
			.andExpect(jsonPath("$.version").value(before.getVersion() + 1))
			.andExpect(jsonPath("$.lastModifiedBy").value(admin.getLogin()));
		this.mvc.perform(this.fixtures.as(admin, get("/directory/group/history")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void onlyAGroupAdministratorEdits() throws Exception {
		HospitalGroup before = group();
		Establishment home = this.fixtures.establishment();
		UserAccount localAdmin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		this.mvc
			.perform(edit(localAdmin,
					Map.of("name", "Interdit", "shortName", "X", "country", "FR", "version", before.getVersion())))
			.andExpect(status().isForbidden());
		this.mvc.perform(this.fixtures.as(localAdmin, get("/directory/group/edit"))).andExpect(status().isForbidden());
		assertThat(group().getName()).isEqualTo(before.getName());
	}

	@Test
	void aStaleVersionIsA409AndChangesNothing() throws Exception {
		HospitalGroup before = group();
		this.mvc
			.perform(edit(groupAdmin(),
					Map.of("name", "Périmé", "shortName", "X", "country", "FR", "version", before.getVersion() + 1)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/stale-version"));
		assertThat(group().getName()).isEqualTo(before.getName());
	}

	@Test
	void aBadCountryAndABlankNameAreA400AndChangeNothing() throws Exception {
		HospitalGroup before = group();
		this.mvc
			.perform(edit(groupAdmin(),
					Map.of("name", " ", "shortName", "X", "country", "France", "version", before.getVersion())))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[?(@.field == 'country')].rule").value(org.hamcrest.Matchers.hasItem("Pattern")))
			.andExpect(
					jsonPath("$.errors[?(@.field == 'name')].rule").value(org.hamcrest.Matchers.hasItem("NotBlank")));
		assertThat(group().getVersion()).isEqualTo(before.getVersion());
	}

	@Test
	void theEditPageShowsErrorsBesideTheFieldAndSavesGoodInput() throws Exception {
		HospitalGroup before = group();
		UserAccount admin = groupAdmin();
		this.mvc.perform(this.fixtures.as(admin, get("/directory/group/edit")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"shortName\"")));
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/group"))
				.param("name", before.getName())
				.param("shortName", "")
				.param("country", "FR")
				.param("version", String.valueOf(before.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"shortName-error\"")));
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/group"))
				.param("name", before.getName())
				.param("shortName", "GHT-P")
				.param("country", "CA")
				.param("version", String.valueOf(before.getVersion())))
			.andExpect(redirectedUrl("/directory/group"));
		assertThat(group().getCountry()).isEqualTo("CA");
		this.mvc.perform(this.fixtures.as(admin, get("/directory/group")))
			.andExpect(content().string(containsString("Canada (CA)")));
	}

	@Test
	void anAnonymousCallIsA401() throws Exception {
		this.mvc.perform(get("/api/v1/group")).andExpect(status().isUnauthorized());
	}

}
