package org.socle.directory.organisation;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class LocationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	LocationRepository locations;

	private final Establishment establishment;

	private final Site site;

	private final UserAccount admin;

	@Autowired
	LocationPagesTests(Fixtures fixtures) {
		this.establishment = fixtures.establishment();
		this.site = fixtures.site(this.establishment);
		this.admin = fixtures.establishmentAccount(Role.ADMINISTRATOR, this.establishment);
	}

	@Test
	void theSitePageShowsTheTreeIndentedWithAddLinks() throws Exception {
		Location building = this.fixtures.location(this.site, null, LocationKind.BUILDING);
		Location floor = this.fixtures.location(this.site, building, LocationKind.FLOOR);
		Location room = this.fixtures.location(this.site, floor, LocationKind.ROOM);
		this.mvc.perform(this.fixtures.as(this.admin, get("/directory/sites/" + this.site.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("data-depth=\"0\"", building.getName(),
					"data-depth=\"1\"", floor.getName(), "data-depth=\"2\"", room.getName())))
			.andExpect(content().string(containsString("id=\"add-building\"")))
			.andExpect(content().string(containsString("locations/new?parentId=" + building.getId())))
			.andExpect(content().string(containsString("locations/new?parentId=" + floor.getId())))
			.andExpect(content().string(not(containsString("locations/new?parentId=" + room.getId()))));
	}

	@Test
	void aStaffAccountSeesTheTreeButCannotAdd() throws Exception {
		Location building = this.fixtures.location(this.site, null, LocationKind.BUILDING);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, this.establishment);
		this.mvc.perform(this.fixtures.as(staff, get("/directory/sites/" + this.site.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(building.getName())))
			.andExpect(content().string(not(containsString("id=\"add-building\""))));
		this.mvc.perform(this.fixtures.as(staff, get("/directory/sites/" + this.site.getId() + "/locations/new")))
			.andExpect(status().isForbidden());
		long before = this.locations.count();
		this.mvc
			.perform(this.fixtures.as(staff, post("/directory/sites/" + this.site.getId() + "/locations"))
				.param("kind", "BUILDING")
				.param("name", "Bâtiment interdit"))
			.andExpect(status().isForbidden());
		assertThat(this.locations.count()).isEqualTo(before);
	}

	@Test
	void anAdministratorAddsAFloorUnderABuildingFromTheForm() throws Exception {
		Location building = this.fixtures.location(this.site, null, LocationKind.BUILDING);
		String form = this.mvc
			.perform(this.fixtures.as(this.admin,
					get("/directory/sites/" + this.site.getId() + "/locations/new").param("parentId",
							building.getId().toString())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains(building.getName())
			.contains("<option value=\"FLOOR\" selected=\"selected\">Étage</option>");
		assertThat(SitePagesTests.occurrences(form, "name=\"kind\"")).as("one kind field").isOne();
		assertThat(SitePagesTests.occurrences(form, "name=\"name\"")).as("one name field").isOne();
		long before = this.locations.count();
		this.mvc
			.perform(this.fixtures.as(this.admin, post("/directory/sites/" + this.site.getId() + "/locations"))
				.param("parentId", building.getId().toString())
				.param("kind", "FLOOR")
				.param("name", "Rez-de-chaussée"))
			.andExpect(redirectedUrl("/directory/sites/" + this.site.getId()));
		assertThat(this.locations.count()).isEqualTo(before + 1);
		this.mvc.perform(this.fixtures.as(this.admin, get("/directory/locations/" + building.getId())))
			.andExpect(content().string(containsString("Rez-de-chaussée")));
	}

	@Test
	void theFormShowsARoomUnderARoomBesideTheParentAndWritesNothing() throws Exception {
		Location building = this.fixtures.location(this.site, null, LocationKind.BUILDING);
		Location floor = this.fixtures.location(this.site, building, LocationKind.FLOOR);
		Location room = this.fixtures.location(this.site, floor, LocationKind.ROOM);
		long before = this.locations.count();
		this.mvc
			.perform(this.fixtures.as(this.admin, post("/directory/sites/" + this.site.getId() + "/locations"))
				.param("parentId", room.getId().toString())
				.param("kind", "ROOM")
				.param("name", "Placard"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<div class=\"invalid-feedback d-block\" id=\"parentId-error\">"
					+ "Un local est le dernier niveau : on ne peut rien créer dessous.</div>")));
		assertThat(this.locations.count()).isEqualTo(before);
	}

	@Test
	void theFormShowsAWrongKindBesideTheKind() throws Exception {
		Location building = this.fixtures.location(this.site, null, LocationKind.BUILDING);
		long before = this.locations.count();
		this.mvc
			.perform(this.fixtures.as(this.admin, post("/directory/sites/" + this.site.getId() + "/locations"))
				.param("parentId", building.getId().toString())
				.param("kind", "ROOM")
				.param("name", "Salle"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<div class=\"invalid-feedback\" id=\"kind-error\">"
					+ "Sous un emplacement de type « Bâtiment », le type doit être « Étage ».</div>")));
		assertThat(this.locations.count()).isEqualTo(before);
	}

	@Test
	void theHistoryTabListsARenaming() throws Exception {
		Location building = this.fixtures.location(this.site, null, LocationKind.BUILDING);
		String url = "/directory/locations/" + building.getId();
		this.mvc.perform(this.fixtures.as(this.admin, get(url + "/edit")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(building.getName())));
		this.mvc
			.perform(this.fixtures.as(this.admin, post(url))
				.param("name", "Bâtiment Laennec")
				.param("code", "LAE")
				.param("version", "0"))
			.andExpect(redirectedUrl(url));
		this.mvc.perform(this.fixtures.as(this.admin, get(url + "/history")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<ins>Bâtiment Laennec</ins>")))
			.andExpect(content().string(containsString("<ins>LAE</ins>")));
	}

	@Test
	void theEditFormShowsAMissingNameBesideTheField() throws Exception {
		Location building = this.fixtures.location(this.site, null, LocationKind.BUILDING);
		this.mvc
			.perform(this.fixtures.as(this.admin, post("/directory/locations/" + building.getId()))
				.param("name", " ")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<div class=\"invalid-feedback\" id=\"name-error\">Ce champ est obligatoire.</div>")));
		assertThat(this.locations.findById(building.getId()).orElseThrow().getVersion()).isZero();
	}

	@Test
	void archivingABuildingWithFloorsIsRefusedWithTheRule() throws Exception {
		Location building = this.fixtures.location(this.site, null, LocationKind.BUILDING);
		this.fixtures.location(this.site, building, LocationKind.FLOOR);
		this.mvc
			.perform(this.fixtures.as(this.admin, post("/directory/locations/" + building.getId() + "/archive"))
				.param("version", "0")
				.param("reason", "Démolition"))
			.andExpect(flash().attribute("actionError", "rule.LocationHasActiveChildren"));
		assertThat(this.locations.findById(building.getId()).orElseThrow().isArchived()).isFalse();
	}

	@Test
	void anotherEstablishmentsLocationIsANotFoundPage() throws Exception {
		Site otherSite = this.fixtures.site(this.fixtures.establishment());
		Location otherBuilding = this.fixtures.location(otherSite, null, LocationKind.BUILDING);
		this.mvc.perform(this.fixtures.as(this.admin, get("/directory/locations/" + otherBuilding.getId())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(this.fixtures.as(this.admin, get("/directory/locations/" + otherBuilding.getId() + "/history")))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(this.admin, get("/directory/locations/" + otherBuilding.getId() + "/edit")))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(this.admin, get("/directory/sites/" + otherSite.getId() + "/locations/new")))
			.andExpect(status().isNotFound());
	}

}
