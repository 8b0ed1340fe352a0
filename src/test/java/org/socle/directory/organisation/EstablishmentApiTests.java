package org.socle.directory.organisation;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class EstablishmentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EstablishmentRepository establishments;

	@Autowired
	JsonMapper json;

	private UserAccount groupAdmin() {
		return this.fixtures.groupAccount(Role.ADMINISTRATOR, this.fixtures.establishment());
	}

	private String body(String name, String legal, String geographic) throws Exception {
		return this.json.writeValueAsString(
				Map.of("name", name, "kind", "HEALTH", "legalFiness", legal, "geographicFiness", geographic));
	}

	@Test
	void groupAdministratorCreatesAnEstablishment() throws Exception {
		String geographic = Fixtures.finess();
		this.mvc
			.perform(this.fixtures.as(groupAdmin(), post("/api/v1/establishments"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("CH de Test", Fixtures.finess(), geographic)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.geographicFiness").value(geographic))
			.andExpect(jsonPath("$.createdBy").isString());
	}

	@Test
	void aWrongCheckDigitIsA400NamingTheFieldAndRuleAndWritesNothing() throws Exception {
		long before = this.establishments.count();
		this.mvc
			.perform(this.fixtures.as(groupAdmin(), post("/api/v1/establishments"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("CH faux", "330781197", Fixtures.finess())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/validation"))
			.andExpect(jsonPath("$.errors[0].field").value("legalFiness"))
			.andExpect(jsonPath("$.errors[0].rule").value("ValidFiness"));
		assertThat(this.establishments.count()).isEqualTo(before + 1); // only the admin's
																		// own fixture
	}

	@Test
	void aMissingNameIsA400() throws Exception {
		this.mvc
			.perform(this.fixtures.as(groupAdmin(), post("/api/v1/establishments"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(" ", Fixtures.finess(), Fixtures.finess())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].rule", hasItem("NotBlank")));
	}

	@Test
	void aDuplicateGeographicFinessIsA409() throws Exception {
		Establishment existing = this.fixtures.establishment();
		long before = this.establishments.count();
		this.mvc
			.perform(this.fixtures.as(groupAdmin(), post("/api/v1/establishments"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("Doublon", Fixtures.finess(), existing.getGeographicFiness())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("geographicFiness"))
			.andExpect(jsonPath("$.errors[0].rule").value("Duplicate"));
		assertThat(this.establishments.count()).isEqualTo(before + 1);
	}

	@Test
	void anEditOfAStaleVersionIsA409AndChangesNothing() throws Exception {
		Establishment existing = this.fixtures.establishment();
		Map<String, Object> edit = Map.of("name", "Nouveau nom", "kind", "HEALTH", "legalFiness",
				existing.getLegalFiness(), "geographicFiness", existing.getGeographicFiness(), "version",
				existing.getVersion() + 1);
		this.mvc
			.perform(this.fixtures.as(groupAdmin(), put("/api/v1/establishments/" + existing.getId()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(edit)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/stale-version"));
		assertThat(this.establishments.findById(existing.getId()).orElseThrow().getName())
			.isEqualTo(existing.getName());
	}

	@Test
	void anEditOfTheCurrentVersionIsSaved() throws Exception {
		Establishment existing = this.fixtures.establishment();
		Map<String, Object> edit = Map.of("name", "Nom modifié", "kind", "MEDICO_SOCIAL", "legalFiness",
				existing.getLegalFiness(), "geographicFiness", existing.getGeographicFiness(), "version",
				existing.getVersion());
		this.mvc
			.perform(this.fixtures.as(groupAdmin(), put("/api/v1/establishments/" + existing.getId()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(edit)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Nom modifié"))
			.andExpect(jsonPath("$.version").value(existing.getVersion() + 1));
	}

	@Test
	void anUnknownIdIsA404() throws Exception {
		this.mvc.perform(this.fixtures.as(groupAdmin(), get("/api/v1/establishments/999999999")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/not-found"));
	}

	@Test
	void anotherEstablishmentIsInvisibleToAnEstablishmentScopedAccount() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/establishments/" + other.getId())))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/establishments/" + mine.getId())))
			.andExpect(status().isOk());
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/establishments?size=200")))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(mine.getId()));
	}

	@Test
	void onlyAGroupAdministratorCreates() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount localAdmin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc
			.perform(this.fixtures.as(localAdmin, post("/api/v1/establishments"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("Interdit", Fixtures.finess(), Fixtures.finess())))
			.andExpect(status().isForbidden());
	}

	@Test
	void archivingNeedsAReason() throws Exception {
		Establishment existing = this.fixtures.establishment();
		this.mvc
			.perform(this.fixtures.as(groupAdmin(), post("/api/v1/establishments/" + existing.getId() + "/archive"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + existing.getVersion() + ",\"reason\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc
			.perform(this.fixtures.as(groupAdmin(), post("/api/v1/establishments/" + existing.getId() + "/archive"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + existing.getVersion() + ",\"reason\":\"Fusion\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archived").value(true));
	}

	@Test
	void anAnonymousCallIsA401() throws Exception {
		this.mvc.perform(get("/api/v1/establishments")).andExpect(status().isUnauthorized());
	}

}
