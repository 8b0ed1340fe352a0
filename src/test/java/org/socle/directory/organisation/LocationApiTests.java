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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class LocationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	LocationRepository locations;

	@Autowired
	JsonMapper json;

	private final Establishment establishment;

	private final Site site;

	private final UserAccount admin;

	@Autowired
	LocationApiTests(Fixtures fixtures) {
		this.establishment = fixtures.establishment();
		this.site = fixtures.site(this.establishment);
		this.admin = fixtures.establishmentAccount(Role.ADMINISTRATOR, this.establishment);
	}

	private ResultActions create(UserAccount account, Site site, Long parentId, String kind, String name)
			throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("parentId", parentId);
		body.put("kind", kind);
		body.put("name", name);
		body.put("code", "C-" + Fixtures.unique());
		return this.mvc.perform(this.fixtures.as(account, post("/api/v1/sites/" + site.getId() + "/locations"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private ResultActions postJson(UserAccount account, String url, Object body) throws Exception {
		return this.mvc.perform(this.fixtures.as(account, post(url))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private long idOf(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
	}

	@Test
	void anAdministratorBuildsTheTreeAndReadsItDepthFirst() throws Exception {
		long buildingB = idOf(
				create(this.admin, this.site, null, "BUILDING", "Bâtiment B").andExpect(status().isCreated()));
		long buildingA = idOf(
				create(this.admin, this.site, null, "BUILDING", "Bâtiment A").andExpect(status().isCreated())
					.andExpect(jsonPath("$.parentId").value(nullValue()))
					.andExpect(jsonPath("$.depth").value(0))
					.andExpect(jsonPath("$.createdBy").value(this.admin.getLogin())));
		long floor = idOf(create(this.admin, this.site, buildingA, "FLOOR", "Niveau 1").andExpect(status().isCreated())
			.andExpect(jsonPath("$.parentId").value(buildingA))
			.andExpect(jsonPath("$.depth").value(1)));
		long room = idOf(create(this.admin, this.site, floor, "ROOM", "Salle 101").andExpect(status().isCreated())
			.andExpect(jsonPath("$.siteId").value(this.site.getId()))
			.andExpect(jsonPath("$.kind").value("ROOM"))
			.andExpect(jsonPath("$.depth").value(2))
			.andExpect(jsonPath("$.version").value(0)));
		this.mvc.perform(this.fixtures.as(this.admin, get("/api/v1/sites/" + this.site.getId() + "/locations")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(contains((int) buildingA, (int) floor, (int) room, (int) buildingB)))
			.andExpect(jsonPath("$[*].depth").value(contains(0, 1, 2, 0)))
			.andExpect(jsonPath("$[2].parentId").value(floor))
			.andExpect(jsonPath("$[3].parentId").value(nullValue()));
		this.mvc.perform(this.fixtures.as(this.admin, get("/api/v1/locations/" + room)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Salle 101"))
			.andExpect(jsonPath("$.depth").value(2));
	}

	@Test
	void aFloorAtTheRootIsA400NamingKindAndWritesNothing() throws Exception {
		long before = this.locations.count();
		create(this.admin, this.site, null, "FLOOR", "Étage orphelin").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].rule").value("LocationRootMustBeBuilding"));
		assertThat(this.locations.count()).isEqualTo(before);
	}

	@Test
	void aWrongKindUnderAParentIsA400NamingKindAndWritesNothing() throws Exception {
		Location building = this.fixtures.location(this.site, null, LocationKind.BUILDING);
		long before = this.locations.count();
		create(this.admin, this.site, building.getId(), "ROOM", "Salle sans étage").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].rule").value("LocationKindUnderParent"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Sous un emplacement de type « Bâtiment », le type doit être « Étage »."));
		create(this.admin, this.site, building.getId(), "BUILDING", "Bâtiment dans un bâtiment")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("LocationKindUnderParent"));
		assertThat(this.locations.count()).isEqualTo(before);
	}

	@Test
	void aRoomUnderARoomIsA400NamingParentAndWritesNothing() throws Exception {
		Location building = this.fixtures.location(this.site, null, LocationKind.BUILDING);
		Location floor = this.fixtures.location(this.site, building, LocationKind.FLOOR);
		Location room = this.fixtures.location(this.site, floor, LocationKind.ROOM);
		long before = this.locations.count();
		create(this.admin, this.site, room.getId(), "ROOM", "Placard").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.errors[0].rule").value("LocationRoomHasNoChildren"));
		assertThat(this.locations.count()).isEqualTo(before);
	}

	@Test
	void aParentOfAnotherSiteIsA400NamingParentAndWritesNothing() throws Exception {
		Site otherSite = this.fixtures.site(this.establishment);
		Location otherBuilding = this.fixtures.location(otherSite, null, LocationKind.BUILDING);
		long before = this.locations.count();
		create(this.admin, this.site, otherBuilding.getId(), "FLOOR", "Étage égaré").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.errors[0].rule").value("LocationParentNotInSite"));
		create(this.admin, this.site, 999_999_999L, "FLOOR", "Étage inconnu").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("LocationParentNotInSite"));
		assertThat(this.locations.count()).isEqualTo(before);
	}

	@Test
	void anArchivedParentTakesNoNewChild() throws Exception {
		Location building = this.fixtures.location(this.site, null, LocationKind.BUILDING);
		building.archive("Démoli");
		this.locations.saveAndFlush(building);
		long before = this.locations.count();
		create(this.admin, this.site, building.getId(), "FLOOR", "Étage fantôme").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.errors[0].rule").value("LocationParentArchived"));
		assertThat(this.locations.count()).isEqualTo(before);
	}

	@Test
	void aMissingNameOrKindIsA400AndWritesNothing() throws Exception {
		long before = this.locations.count();
		create(this.admin, this.site, null, "BUILDING", " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].rule", hasItem("NotBlank")));
		create(this.admin, this.site, null, null, "Sans type").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotNull"));
		create(this.admin, this.site, null, "CELLAR", "Type inconnu").andExpect(status().isBadRequest());
		assertThat(this.locations.count()).isEqualTo(before);
	}

	@Test
	void aStaffAccountCannotCreateEditOrArchiveALocation() throws Exception {
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, this.establishment);
		Location building = this.fixtures.location(this.site, null, LocationKind.BUILDING);
		long before = this.locations.count();
		create(staff, this.site, null, "BUILDING", "Bâtiment interdit").andExpect(status().isForbidden());
		this.mvc
			.perform(this.fixtures.as(staff, put("/api/v1/locations/" + building.getId()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Renommé\",\"version\":0}"))
			.andExpect(status().isForbidden());
		postJson(staff, "/api/v1/locations/" + building.getId() + "/archive", Map.of("version", 0, "reason", "X"))
			.andExpect(status().isForbidden());
		assertThat(this.locations.count()).isEqualTo(before);
		Location unchanged = this.locations.findById(building.getId()).orElseThrow();
		assertThat(unchanged.getName()).isEqualTo(building.getName());
		assertThat(unchanged.isArchived()).isFalse();
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/sites/" + this.site.getId() + "/locations")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(building.getId().intValue())));
	}

	@Test
	void anEditChangesNameAndCodeOfTheCurrentVersionOnly() throws Exception {
		Location building = this.fixtures.location(this.site, null, LocationKind.BUILDING);
		String url = "/api/v1/locations/" + building.getId();
		this.mvc
			.perform(this.fixtures.as(this.admin, put(url))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Bâtiment Pasteur\",\"code\":\"PAS\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Bâtiment Pasteur"))
			.andExpect(jsonPath("$.code").value("PAS"))
			.andExpect(jsonPath("$.kind").value("BUILDING"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(this.fixtures.as(this.admin, put(url))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Bâtiment Curie\",\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/stale-version"));
		this.mvc
			.perform(this.fixtures.as(this.admin, put(url))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"version\":1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		assertThat(this.locations.findById(building.getId()).orElseThrow().getName()).isEqualTo("Bâtiment Pasteur");
	}

	@Test
	void archivingALocationWithActiveChildrenIsRefusedUntilTheyAreArchived() throws Exception {
		Location building = this.fixtures.location(this.site, null, LocationKind.BUILDING);
		Location floor = this.fixtures.location(this.site, building, LocationKind.FLOOR);
		String archiveBuilding = "/api/v1/locations/" + building.getId() + "/archive";
		postJson(this.admin, archiveBuilding, Map.of("version", 0, "reason", "Démolition"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("children"))
			.andExpect(jsonPath("$.errors[0].rule").value("LocationHasActiveChildren"));
		assertThat(this.locations.findById(building.getId()).orElseThrow().isArchived()).isFalse();
		postJson(this.admin, "/api/v1/locations/" + floor.getId() + "/archive", Map.of("version", 0, "reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		postJson(this.admin, "/api/v1/locations/" + floor.getId() + "/archive",
				Map.of("version", 0, "reason", "Démolition"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archived").value(true));
		postJson(this.admin, archiveBuilding, Map.of("version", 5, "reason", "Démolition"))
			.andExpect(status().isConflict());
		postJson(this.admin, archiveBuilding, Map.of("version", 0, "reason", "Démolition")).andExpect(status().isOk())
			.andExpect(jsonPath("$.archiveReason").value("Démolition"));
		String tree = "/api/v1/sites/" + this.site.getId() + "/locations";
		this.mvc.perform(this.fixtures.as(this.admin, get(tree))).andExpect(jsonPath("$.length()").value(0));
		this.mvc.perform(this.fixtures.as(this.admin, get(tree + "?archived=true")))
			.andExpect(jsonPath("$[*].id").value(contains(building.getId().intValue(), floor.getId().intValue())));
	}

	@Test
	void anUnknownIdIsA404() throws Exception {
		this.mvc.perform(this.fixtures.as(this.admin, get("/api/v1/locations/999999999")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/not-found"));
		this.mvc
			.perform(this.fixtures.as(this.admin, put("/api/v1/locations/999999999"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"X\",\"version\":0}"))
			.andExpect(status().isNotFound());
		postJson(this.admin, "/api/v1/locations/999999999/archive", Map.of("version", 0, "reason", "X"))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(this.admin, get("/api/v1/sites/999999999/locations")))
			.andExpect(status().isNotFound());
		long before = this.locations.count();
		this.mvc
			.perform(this.fixtures.as(this.admin, post("/api/v1/sites/999999999/locations"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"BUILDING\",\"name\":\"X\"}"))
			.andExpect(status().isNotFound());
		assertThat(this.locations.count()).isEqualTo(before);
	}

	@Test
	void anotherEstablishmentsLocationsAreInvisibleToAnEstablishmentScopedAccount() throws Exception {
		Site otherSite = this.fixtures.site(this.fixtures.establishment());
		Location otherBuilding = this.fixtures.location(otherSite, null, LocationKind.BUILDING);
		long before = this.locations.count();
		this.mvc.perform(this.fixtures.as(this.admin, get("/api/v1/sites/" + otherSite.getId() + "/locations")))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(this.admin, get("/api/v1/locations/" + otherBuilding.getId())))
			.andExpect(status().isNotFound());
		create(this.admin, otherSite, otherBuilding.getId(), "FLOOR", "Intrus").andExpect(status().isNotFound());
		this.mvc
			.perform(this.fixtures.as(this.admin, put("/api/v1/locations/" + otherBuilding.getId()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Pris\",\"version\":0}"))
			.andExpect(status().isNotFound());
		postJson(this.admin, "/api/v1/locations/" + otherBuilding.getId() + "/archive",
				Map.of("version", 0, "reason", "X"))
			.andExpect(status().isNotFound());
		assertThat(this.locations.count()).isEqualTo(before);
		assertThat(this.locations.findById(otherBuilding.getId()).orElseThrow().getName())
			.isEqualTo(otherBuilding.getName());
	}

	@Test
	void anAnonymousCallIsA401() throws Exception {
		this.mvc.perform(get("/api/v1/sites/" + this.site.getId() + "/locations")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/locations/1")).andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/sites/" + this.site.getId() + "/locations").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"BUILDING\",\"name\":\"X\"}"))
			.andExpect(status().isUnauthorized());
	}

}
