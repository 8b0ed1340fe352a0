package org.socle.directory.account;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.organisation.Establishment;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The security log: for group administrators only, newest first, filtered. */
@SocleIntegrationTest
class SecurityLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	private UserAccount groupAdmin() {
		return this.fixtures.groupAccount(Role.ADMINISTRATOR, this.fixtures.establishment());
	}

	/** Signs in once with a wrong password, then once with the right one. */
	private UserAccount accountWithSignIns() throws Exception {
		UserAccount account = this.fixtures.account(this.fixtures.establishment());
		this.mvc.perform(formLogin("/login").user(account.getLogin()).password("wrong-password"));
		this.mvc.perform(formLogin("/login").user(account.getLogin()).password(Fixtures.PASSWORD));
		return account;
	}

	@Test
	void aGroupAdministratorReadsTheLogNewestFirstFilteredByLoginAndType() throws Exception {
		UserAccount account = accountWithSignIns();
		UserAccount admin = groupAdmin();
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/security-events").param("login", account.getLogin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.content[0].type").value("SIGN_IN"))
			.andExpect(jsonPath("$.content[1].type").value("SIGN_IN_FAILED"));
		this.mvc
			.perform(this.fixtures.as(admin,
					get("/api/v1/security-events").param("login", account.getLogin()).param("type", "SIGN_IN_FAILED")))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].login").value(account.getLogin()));
	}

	@Test
	void theDateRangeIncludesBothDays() throws Exception {
		UserAccount account = accountWithSignIns();
		UserAccount admin = groupAdmin();
		LocalDate today = LocalDate.now(ZoneId.systemDefault());
		this.mvc.perform(this.fixtures.as(admin,
				get("/api/v1/security-events").param("login", account.getLogin())
					.param("from", today.toString())
					.param("to", today.toString())))
			.andExpect(jsonPath("$.totalElements").value(2));
		this.mvc
			.perform(
					this.fixtures.as(admin,
							get("/api/v1/security-events").param("login", account.getLogin())
								.param("from", today.plusDays(1).toString())))
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc
			.perform(
					this.fixtures.as(admin,
							get("/api/v1/security-events").param("login", account.getLogin())
								.param("to", today.minusDays(1).toString())))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void aBadDateIsA400() throws Exception {
		this.mvc.perform(this.fixtures.as(groupAdmin(), get("/api/v1/security-events").param("from", "31/12/2026")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theLogIsForbiddenToAnyoneButAGroupAdministrator() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount localAdmin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount groupStaff = this.fixtures.groupAccount(Role.STAFF, home);
		for (UserAccount account : new UserAccount[] { localAdmin, groupStaff }) {
			this.mvc.perform(this.fixtures.as(account, get("/api/v1/security-events")))
				.andExpect(status().isForbidden());
			this.mvc.perform(this.fixtures.as(account, get("/directory/security-log")))
				.andExpect(status().isForbidden());
			this.mvc.perform(this.fixtures.as(account, get("/directory/security-log/export.csv")))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void thePageListsAndExportsTheLog() throws Exception {
		UserAccount account = accountWithSignIns();
		UserAccount admin = groupAdmin();
		this.mvc.perform(this.fixtures.as(admin, get("/directory/security-log").param("login", account.getLogin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(account.getLogin())))
			.andExpect(content().string(containsString("Échec de connexion")));
		this.mvc
			.perform(this.fixtures.as(admin,
					get("/directory/security-log").header("HX-Request", "true").param("login", account.getLogin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(not(containsString("<nav"))));
		this.mvc
			.perform(this.fixtures.as(admin,
					get("/directory/security-log/export.csv").param("login", account.getLogin())
						.param("type", "SIGN_IN")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString(";SIGN_IN;" + account.getLogin() + ";")))
			.andExpect(content().string(not(containsString("SIGN_IN_FAILED"))));
	}

	@Test
	void anAnonymousCallIsA401() throws Exception {
		this.mvc.perform(get("/api/v1/security-events")).andExpect(status().isUnauthorized());
	}

}
