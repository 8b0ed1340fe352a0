package org.socle.directory.setup;

import org.junit.jupiter.api.Test;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.HospitalGroupRepository;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

@SocleIntegrationTest
class FirstRunSetupTests {

	@Autowired
	FirstRunSetup setup;

	@Autowired
	HospitalGroupRepository groups;

	@Autowired
	MockMvc mvc;

	private static FirstRunSettings settings(String login, String password, String legalFiness) {
		return new FirstRunSettings("GHT Test", "GHT-T", "CHU support " + Fixtures.unique(), legalFiness,
				Fixtures.finess(), login, password, "Ada", "Admin", null);
	}

	@Test
	void theFirstAdministratorCanSignInAndIsGroupWide() throws Exception {
		long groupsBefore = this.groups.count();
		String login = "first-" + Fixtures.unique();
		UserAccount admin = this.setup.create(settings(login, "un-mot-de-passe-solide", Fixtures.finess()));
		assertThat(admin.getId()).isNotNull();
		assertThat(this.groups.count()).isEqualTo(groupsBefore);
		this.mvc.perform(formLogin("/login").user(login).password("un-mot-de-passe-solide"))
			.andExpect(authenticated().withUsername(login));
	}

	@Test
	void badSettingsStopTheStartNamingEachOne() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.setup.create(settings("first-" + Fixtures.unique(), "court", "330781197")))
			.withMessageContaining("socle.setup.admin-password")
			.withMessageContaining("socle.setup.legal-finess");
	}

}
