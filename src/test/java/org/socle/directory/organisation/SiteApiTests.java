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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class SiteApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SiteRepository sites;

	@Autowired
	JsonMapper json;

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	private static Map<String, Object> site(Establishment establishment, String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("establishmentId", establishment.getId());
		body.put("name", name);
		body.put("street", "3 place du Marché");
		body.put("postalCode", "49000");
		body.put("city", "Angers");
		return body;
	}

	private static Map<String, Object> edit(Site site, String name, long version) {
		Map<String, Object> body = site(site.getEstablishment(), name);
		body.put("version", version);
		return body;
	}

	@Test
	void anAdministratorOfTheEstablishmentCreatesASite() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		long before = this.sites.count();
		this.mvc.perform(json(this.fixtures.as(admin, post("/api/v1/sites")), site(mine, "Site Saint-Jean")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.establishmentId").value(mine.getId()))
			.andExpect(jsonPath("$.name").value("Site Saint-Jean"))
			.andExpect(jsonPath("$.postalCode").value("49000"))
			.andExpect(jsonPath("$.country").value("FR"))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.createdBy").value(admin.getLogin()))
			.andExpect(jsonPath("$.lastModifiedAt").isString());
		assertThat(this.sites.count()).isEqualTo(before + 1);
	}

	@Test
	void theCountryIsATwoLetterCodeStoredInUpperCase() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		Map<String, Object> body = site(mine, "Site belge");
		body.put("country", "be");
		this.mvc.perform(json(this.fixtures.as(admin, post("/api/v1/sites")), body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.country").value("BE"));
		long before = this.sites.count();
		body.put("country", "FRA");
		this.mvc.perform(json(this.fixtures.as(admin, post("/api/v1/sites")), body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("country"))
			.andExpect(jsonPath("$.errors[0].rule").value("Pattern"));
		assertThat(this.sites.count()).isEqualTo(before);
	}

	@Test
	void aMissingNameIsA400NamingTheFieldAndWritesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		long before = this.sites.count();
		this.mvc.perform(json(this.fixtures.as(admin, post("/api/v1/sites")), site(mine, " ")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].rule", hasItem("NotBlank")));
		assertThat(this.sites.count()).isEqualTo(before);
	}

	@Test
	void aTooLongPostalCodeIsA400AndWritesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		Map<String, Object> body = site(mine, "Site au long code");
		body.put("postalCode", "12345678901");
		long before = this.sites.count();
		this.mvc.perform(json(this.fixtures.as(admin, post("/api/v1/sites")), body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("postalCode"))
			.andExpect(jsonPath("$.errors[0].rule").value("Size"));
		assertThat(this.sites.count()).isEqualTo(before);
	}

	@Test
	void aMissingEstablishmentIsA400AndWritesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		Map<String, Object> body = site(mine, "Site sans établissement");
		body.remove("establishmentId");
		long before = this.sites.count();
		this.mvc.perform(json(this.fixtures.as(admin, post("/api/v1/sites")), body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("establishmentId"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotNull"));
		assertThat(this.sites.count()).isEqualTo(before);
	}

	@Test
	void anUnknownEstablishmentIsA400NamingTheFieldAndRuleAndWritesNothing() throws Exception {
		UserAccount admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, this.fixtures.establishment());
		Map<String, Object> body = site(this.fixtures.establishment(), "Site fantôme");
		body.put("establishmentId", 999_999_999L);
		long before = this.sites.count();
		this.mvc.perform(json(this.fixtures.as(admin, post("/api/v1/sites")), body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("establishmentId"))
			.andExpect(jsonPath("$.errors[0].rule").value("SiteEstablishmentUnknown"))
			.andExpect(jsonPath("$.errors[0].message").value("Établissement inconnu ou hors de votre périmètre."));
		assertThat(this.sites.count()).isEqualTo(before);
	}

	@Test
	void anEstablishmentOutOfScopeIsRefusedLikeAnUnknownOne() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		long before = this.sites.count();
		this.mvc.perform(json(this.fixtures.as(admin, post("/api/v1/sites")), site(other, "Site d'à côté")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("establishmentId"))
			.andExpect(jsonPath("$.errors[0].rule").value("SiteEstablishmentUnknown"));
		assertThat(this.sites.count()).isEqualTo(before);
	}

	@Test
	void aStaffAccountCannotCreateASite() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		long before = this.sites.count();
		this.mvc.perform(json(this.fixtures.as(staff, post("/api/v1/sites")), site(mine, "Site interdit")))
			.andExpect(status().isForbidden());
		assertThat(this.sites.count()).isEqualTo(before);
	}

	@Test
	void aStaffAccountCannotEditOrArchiveASite() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Site site = this.fixtures.site(mine);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(json(this.fixtures.as(staff, put("/api/v1/sites/" + site.getId())), edit(site, "Renommé", 0)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(this.fixtures.as(staff, post("/api/v1/sites/" + site.getId() + "/archive")),
					Map.of("version", 0, "reason", "Fermeture")))
			.andExpect(status().isForbidden());
		Site unchanged = this.sites.findById(site.getId()).orElseThrow();
		assertThat(unchanged.getName()).isEqualTo(site.getName());
		assertThat(unchanged.isArchived()).isFalse();
	}

	@Test
	void anEditOfTheCurrentVersionIsSaved() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Site site = this.fixtures.site(mine);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc
			.perform(json(this.fixtures.as(admin, put("/api/v1/sites/" + site.getId())), edit(site, "Site rénové", 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Site rénové"))
			.andExpect(jsonPath("$.city").value("Angers"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.lastModifiedBy").value(admin.getLogin()));
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/sites/" + site.getId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Site rénové"));
	}

	@Test
	void anEditOfAStaleVersionIsA409AndChangesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Site site = this.fixtures.site(mine);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc
			.perform(json(this.fixtures.as(admin, put("/api/v1/sites/" + site.getId())), edit(site, "Trop tard", 7)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/stale-version"));
		this.mvc
			.perform(json(this.fixtures.as(admin, post("/api/v1/sites/" + site.getId() + "/archive")),
					Map.of("version", 7, "reason", "Fermeture")))
			.andExpect(status().isConflict());
		Site unchanged = this.sites.findById(site.getId()).orElseThrow();
		assertThat(unchanged.getName()).isEqualTo(site.getName());
		assertThat(unchanged.isArchived()).isFalse();
	}

	@Test
	void anEditWithAMissingNameIsA400AndChangesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Site site = this.fixtures.site(mine);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc.perform(json(this.fixtures.as(admin, put("/api/v1/sites/" + site.getId())), edit(site, "", 0)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")));
		assertThat(this.sites.findById(site.getId()).orElseThrow().getVersion()).isZero();
	}

	@Test
	void anUnknownIdIsA404() throws Exception {
		UserAccount admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, this.fixtures.establishment());
		Site template = this.fixtures.site(this.fixtures.establishment());
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/sites/999999999")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/not-found"));
		this.mvc.perform(json(this.fixtures.as(admin, put("/api/v1/sites/999999999")), edit(template, "X", 0)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(json(this.fixtures.as(admin, post("/api/v1/sites/999999999/archive")),
					Map.of("version", 0, "reason", "X")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anotherEstablishmentsSiteIsInvisibleToAnEstablishmentScopedAccount() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		Site mySite = this.fixtures.site(mine);
		Site otherSite = this.fixtures.site(other);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/sites/" + otherSite.getId())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(json(this.fixtures.as(admin, put("/api/v1/sites/" + otherSite.getId())),
					edit(otherSite, "Pris", 0)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(json(this.fixtures.as(admin, post("/api/v1/sites/" + otherSite.getId() + "/archive")),
					Map.of("version", 0, "reason", "X")))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/sites/" + mySite.getId()))).andExpect(status().isOk());
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/sites?size=200")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(mySite.getId()));
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/sites?size=200&establishmentId=" + other.getId())))
			.andExpect(jsonPath("$.totalElements").value(0));
		assertThat(this.sites.findById(otherSite.getId()).orElseThrow().getName()).isEqualTo(otherSite.getName());
	}

	@Test
	void theListFiltersByTextEstablishmentAndArchivedAndPages() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Site first = this.fixtures.site(mine);
		Site second = this.fixtures.site(mine);
		Site archived = this.fixtures.site(mine);
		archived.archive("Fermé");
		this.sites.saveAndFlush(archived);
		UserAccount admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, mine);
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/sites").param("q", second.getCity().toUpperCase())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(second.getId()));
		this.mvc
			.perform(this.fixtures.as(admin,
					get("/api/v1/sites").param("establishmentId", mine.getId().toString())
						.param("sort", "name,desc")
						.param("size", "1")))
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.content[0].id")
				.value((first.getName().compareTo(second.getName()) > 0) ? first.getId() : second.getId()));
		this.mvc
			.perform(this.fixtures.as(admin,
					get("/api/v1/sites").param("establishmentId", mine.getId().toString()).param("archived", "true")))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(archived.getId()));
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/sites?size=200")))
			.andExpect(jsonPath("$.content[*].archived", everyItem(is(false))))
			.andExpect(jsonPath("$.content[*].id", not(hasItem(archived.getId().intValue()))));
	}

	@Test
	void archivingNeedsAReasonThenArchives() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Site site = this.fixtures.site(mine);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc
			.perform(json(this.fixtures.as(admin, post("/api/v1/sites/" + site.getId() + "/archive")),
					Map.of("version", 0, "reason", " ")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotBlank"));
		assertThat(this.sites.findById(site.getId()).orElseThrow().isArchived()).isFalse();
		this.mvc
			.perform(json(this.fixtures.as(admin, post("/api/v1/sites/" + site.getId() + "/archive")),
					Map.of("version", 0, "reason", "Site vendu")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archived").value(true))
			.andExpect(jsonPath("$.archiveReason").value("Site vendu"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void anAnonymousCallIsA401() throws Exception {
		this.mvc.perform(get("/api/v1/sites")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/sites/1")).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/sites").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

}
