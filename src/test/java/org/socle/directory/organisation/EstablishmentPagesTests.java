package org.socle.directory.organisation;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class EstablishmentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EstablishmentRepository establishments;

	private UserAccount groupAdmin() {
		return this.fixtures.groupAccount(Role.ADMINISTRATOR, this.fixtures.establishment());
	}

	@Test
	void aWrongFinessIsShownBesideTheFieldAndNothingIsWritten() throws Exception {
		UserAccount admin = groupAdmin();
		long before = this.establishments.count();
		this.mvc
			.perform(post("/directory/establishments").with(user(this.fixtures.principal(admin)))
				.with(csrf())
				.param("name", "CH faux")
				.param("kind", "HEALTH")
				.param("legalFiness", "330781197")
				.param("geographicFiness", Fixtures.finess()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"legalFiness-error\"")))
			.andExpect(content().string(containsString("clé de contrôle")))
			.andExpect(content().string(containsString("value=\"CH faux\"")));
		assertThat(this.establishments.count()).isEqualTo(before);
	}

	@Test
	void aDuplicateGeographicFinessIsShownBesideTheField() throws Exception {
		Establishment existing = this.fixtures.establishment();
		this.mvc
			.perform(post("/directory/establishments").with(user(this.fixtures.principal(groupAdmin())))
				.with(csrf())
				.param("name", "Doublon")
				.param("kind", "HEALTH")
				.param("legalFiness", Fixtures.finess())
				.param("geographicFiness", existing.getGeographicFiness()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"geographicFiness-error\"")))
			.andExpect(content().string(containsString("déjà utilisée")));
	}

	@Test
	void aValidFormCreatesAndRedirectsToTheNewEstablishment() throws Exception {
		this.mvc
			.perform(post("/directory/establishments").with(user(this.fixtures.principal(groupAdmin())))
				.with(csrf())
				.param("name", "CH de la Vallée " + Fixtures.unique())
				.param("kind", "MEDICO_SOCIAL")
				.param("legalFiness", Fixtures.finess())
				.param("geographicFiness", Fixtures.finess()))
			.andExpect(redirectedUrlPattern("/directory/establishments/*"));
	}

	@Test
	void aStaleEditIsRefusedAboveTheFormAndChangesNothing() throws Exception {
		Establishment existing = this.fixtures.establishment();
		this.mvc
			.perform(post("/directory/establishments/" + existing.getId())
				.with(user(this.fixtures.principal(groupAdmin())))
				.with(csrf())
				.param("name", "Autre nom")
				.param("kind", "HEALTH")
				.param("legalFiness", existing.getLegalFiness())
				.param("geographicFiness", existing.getGeographicFiness())
				.param("version", String.valueOf(existing.getVersion() + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("modifié cette fiche entre-temps")));
		assertThat(this.establishments.findById(existing.getId()).orElseThrow().getName())
			.isEqualTo(existing.getName());
	}

	@Test
	void theHistoryTabShowsWhoChangedWhat() throws Exception {
		UserAccount admin = groupAdmin();
		Establishment existing = this.fixtures.establishment();
		this.mvc
			.perform(post("/directory/establishments/" + existing.getId()).with(user(this.fixtures.principal(admin)))
				.with(csrf())
				.param("name", "Nom après modification")
				.param("kind", "HEALTH")
				.param("legalFiness", existing.getLegalFiness())
				.param("geographicFiness", existing.getGeographicFiness())
				.param("version", String.valueOf(existing.getVersion())))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/directory/establishments/" + existing.getId() + "/history")
				.with(user(this.fixtures.principal(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nom après modification")))
			.andExpect(content().string(containsString(existing.getName())))
			.andExpect(content().string(containsString(admin.getLogin())))
			.andExpect(content().string(containsString("Modification")));
	}

	@Test
	void theListFiltersInPlaceForHtmxAndShowsOnlyTheScope() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc
			.perform(get("/directory/establishments").header("HX-Request", "true")
				.with(user(this.fixtures.principal(staff))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mine.getName())))
			.andExpect(content().string(not(containsString(other.getName()))))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theCsvExportHoldsTheVisibleRows() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(get("/directory/establishments/export.csv").with(user(this.fixtures.principal(staff))))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString(mine.getGeographicFiness())))
			.andExpect(content().string(not(containsString(other.getGeographicFiness()))));
	}

}
