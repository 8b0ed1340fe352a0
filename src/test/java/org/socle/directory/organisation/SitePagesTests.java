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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class SitePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SiteRepository sites;

	@Test
	void theListShowsTheSitesInScopeOnly() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Site mySite = this.fixtures.site(mine);
		Site otherSite = this.fixtures.site(this.fixtures.establishment());
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(staff, get("/directory/sites")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mySite.getName())))
			.andExpect(content().string(not(containsString(otherSite.getName()))))
			.andExpect(content().string(not(containsString("id=\"new-site\""))));
		this.mvc.perform(this.fixtures.as(staff, get("/directory/sites").param("sort", "establishment.name,desc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mySite.getName())))
			.andExpect(content().string(containsString("aria-sort=\"descending\"")));
	}

	@Test
	void anHtmxFilterReturnsOnlyTheResultsFragment() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Site wanted = this.fixtures.site(mine);
		Site other = this.fixtures.site(mine);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc
			.perform(this.fixtures.as(admin,
					get("/directory/sites").param("q", wanted.getCity()).header("HX-Request", "true")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(containsString(wanted.getName())))
			.andExpect(content().string(not(containsString(other.getName()))))
			.andExpect(content().string(not(containsString("<nav"))));
	}

	@Test
	void theCsvExportHoldsTheVisibleRowsOnly() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Site mySite = this.fixtures.site(mine);
		Site archived = this.fixtures.site(mine);
		archived.archive("Fermé");
		this.sites.saveAndFlush(archived);
		Site otherSite = this.fixtures.site(this.fixtures.establishment());
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		String csv = this.mvc.perform(this.fixtures.as(staff, get("/directory/sites/export.csv")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(2);
		assertThat(csv).startsWith("\uFEFFid;establishment;name")
			.contains(mySite.getId() + ";" + mine.getName() + ";" + mySite.getName())
			.doesNotContain(otherSite.getName())
			.doesNotContain(archived.getName());
	}

	@Test
	void aStaffAccountCannotOpenTheFormNorCreate() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		long before = this.sites.count();
		this.mvc.perform(this.fixtures.as(staff, get("/directory/sites/new"))).andExpect(status().isForbidden());
		this.mvc
			.perform(this.fixtures.as(staff, post("/directory/sites"))
				.param("establishmentId", mine.getId().toString())
				.param("name", "Site interdit")
				.param("country", "FR"))
			.andExpect(status().isForbidden());
		assertThat(this.sites.count()).isEqualTo(before);
	}

	@Test
	void theFormShowsAMissingNameBesideTheFieldAndWritesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		String form = this.mvc.perform(this.fixtures.as(admin, get("/directory/sites/new")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains(mine.getName());
		assertThat(occurrences(form, "name=\"name\"")).as("one name field").isOne();
		assertThat(occurrences(form, "name=\"version\"")).as("one version field").isOne();
		assertThat(occurrences(form, "name=\"establishmentId\"")).as("one establishment field").isOne();
		long before = this.sites.count();
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/sites"))
				.param("establishmentId", mine.getId().toString())
				.param("name", "")
				.param("country", "FR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<div class=\"invalid-feedback\" id=\"name-error\">Ce champ est obligatoire.</div>")));
		assertThat(this.sites.count()).isEqualTo(before);
	}

	@Test
	void theFormShowsAnUnknownEstablishmentBesideTheField() throws Exception {
		UserAccount admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, this.fixtures.establishment());
		long before = this.sites.count();
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/sites"))
				.param("establishmentId", "999999999")
				.param("name", "Site perdu")
				.param("country", "FR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"establishmentId-error\"")))
			.andExpect(content().string(containsString("Établissement inconnu ou hors de votre périmètre.")));
		assertThat(this.sites.count()).isEqualTo(before);
	}

	@Test
	void aCreatedSiteOpensOnItsPage() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		long before = this.sites.count();
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/sites"))
				.param("establishmentId", mine.getId().toString())
				.param("name", "Site des Tilleuls")
				.param("city", "Cholet")
				.param("country", "FR"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/directory/sites/*"));
		assertThat(this.sites.count()).isEqualTo(before + 1);
	}

	@Test
	void theHistoryTabListsAChangeAfterAnEdit() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Site site = this.fixtures.site(mine);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc.perform(this.fixtures.as(admin, get("/directory/sites/" + site.getId() + "/edit")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(site.getName())));
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/sites/" + site.getId()))
				.param("establishmentId", mine.getId().toString())
				.param("name", "Site Renommé")
				.param("city", site.getCity())
				.param("country", "FR")
				.param("version", "0"))
			.andExpect(redirectedUrl("/directory/sites/" + site.getId()));
		this.mvc.perform(this.fixtures.as(admin, get("/directory/sites/" + site.getId() + "/history")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Modification")))
			.andExpect(content().string(containsString("<del>" + site.getName() + "</del>")))
			.andExpect(content().string(containsString("<ins>Site Renommé</ins>")))
			.andExpect(content().string(containsString(admin.getLogin())));
	}

	@Test
	void aStaleEditShowsAWarningAboveTheForm() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Site site = this.fixtures.site(mine);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/sites/" + site.getId()))
				.param("establishmentId", mine.getId().toString())
				.param("name", "Trop tard")
				.param("country", "FR")
				.param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("a modifié cette fiche entre-temps")));
		assertThat(this.sites.findById(site.getId()).orElseThrow().getName()).isEqualTo(site.getName());
	}

	@Test
	void anotherEstablishmentsSiteIsANotFoundPage() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Site otherSite = this.fixtures.site(this.fixtures.establishment());
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc.perform(this.fixtures.as(admin, get("/directory/sites/" + otherSite.getId())))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(admin, get("/directory/sites/" + otherSite.getId() + "/edit")))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(admin, get("/directory/sites/" + otherSite.getId() + "/history")))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(admin, get("/directory/sites/999999999"))).andExpect(status().isNotFound());
	}

	@Test
	void archivingFromThePageNeedsAReason() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Site site = this.fixtures.site(mine);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		String url = "/directory/sites/" + site.getId() + "/archive";
		this.mvc.perform(this.fixtures.as(admin, post(url)).param("version", "0").param("reason", ""))
			.andExpect(flash().attribute("actionError", "rule.NotBlank"));
		assertThat(this.sites.findById(site.getId()).orElseThrow().isArchived()).isFalse();
		this.mvc.perform(this.fixtures.as(admin, post(url)).param("version", "0").param("reason", "Cession"))
			.andExpect(flash().attribute("saved", true));
		this.mvc.perform(this.fixtures.as(admin, get("/directory/sites/" + site.getId())))
			.andExpect(content().string(containsString("Archivé : Cession")));
	}

	static int occurrences(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

}
