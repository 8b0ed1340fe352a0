package org.socle.directory.account;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class AccountApiTests {

	private static final String GOOD_PASSWORD = "correct-horse-battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JsonMapper json;

	private MockHttpServletRequestBuilder jsonBody(MockHttpServletRequestBuilder request, Object body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	private static Map<String, Object> newAccount(Person person, String login, String password) {
		Map<String, Object> body = new HashMap<>();
		body.put("personId", person.getId());
		body.put("login", login);
		body.put("password", password);
		body.put("locale", "en");
		return body;
	}

	@Test
	void anEstablishmentAdministratorOpensAnAccountWhoseHashIsNeverShown() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		Person person = this.fixtures.person(home);
		String login = "new-" + Fixtures.unique();
		this.mvc
			.perform(jsonBody(this.fixtures.as(admin, post("/api/v1/accounts")),
					newAccount(person, login, GOOD_PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.login").value(login))
			.andExpect(jsonPath("$.personId").value(person.getId()))
			.andExpect(jsonPath("$.establishmentId").value(home.getId()))
			.andExpect(jsonPath("$.locale").value("en"))
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.passwordHash").doesNotExist())
			.andExpect(content().string(not(containsString("bcrypt"))));
		UserAccount saved = this.accounts.findByLogin(login).orElseThrow();
		assertThat(saved.getPasswordHash()).startsWith("{bcrypt}");
		assertThat(this.passwords.matches(GOOD_PASSWORD, saved.getPasswordHash())).isTrue();
		this.mvc.perform(formLogin("/login").user(login).password(GOOD_PASSWORD)).andExpect(authenticated());
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/accounts/" + saved.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("bcrypt"))));
	}

	@Test
	void aLoginAlreadyTakenWhateverItsCaseIsA409OnLogin() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount existing = this.fixtures.account(home);
		long before = this.accounts.count();
		this.mvc
			.perform(jsonBody(this.fixtures.as(admin, post("/api/v1/accounts")),
					newAccount(this.fixtures.person(home), existing.getLogin().toUpperCase(), GOOD_PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("login"))
			.andExpect(jsonPath("$.errors[0].rule").value("Duplicate"));
		assertThat(this.accounts.count()).isEqualTo(before);
	}

	@Test
	void aShortPasswordIsA400NamingTheFieldAndRuleAndWritesNothing() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		Person person = this.fixtures.person(home);
		long before = this.accounts.count();
		this.mvc
			.perform(jsonBody(this.fixtures.as(admin, post("/api/v1/accounts")),
					newAccount(person, "short-" + Fixtures.unique(), "elevenchars")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].rule").value("Size"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("12")));
		assertThat(this.accounts.count()).isEqualTo(before);
		assertThat(this.accounts.findByPersonId(person.getId())).isEmpty();
	}

	@Test
	void aPasswordEqualToTheLoginIsA400() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		Person person = this.fixtures.person(home);
		String login = "samesame-" + Fixtures.unique();
		this.mvc
			.perform(jsonBody(this.fixtures.as(admin, post("/api/v1/accounts")),
					newAccount(person, login, login.toUpperCase())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].rule").value("AccountPasswordIsLogin"));
		assertThat(this.accounts.findByPersonId(person.getId())).isEmpty();
	}

	@Test
	void aMissingLoginAndAnUnknownLocaleAreA400() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		Map<String, Object> body = newAccount(this.fixtures.person(home), " ", GOOD_PASSWORD);
		body.put("locale", "de");
		this.mvc.perform(jsonBody(this.fixtures.as(admin, post("/api/v1/accounts")), body))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[?(@.field == 'login')].rule").value(org.hamcrest.Matchers.hasItem("NotBlank")))
			.andExpect(
					jsonPath("$.errors[?(@.field == 'locale')].rule").value(org.hamcrest.Matchers.hasItem("Pattern")));
	}

	@Test
	void aPersonWhoAlreadyHasAnAccountIsA409() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount existing = this.fixtures.account(home);
		this.mvc
			.perform(jsonBody(this.fixtures.as(admin, post("/api/v1/accounts")),
					newAccount(existing.getPerson(), "second-" + Fixtures.unique(), GOOD_PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("personId"));
	}

	@Test
	void anotherEstablishmentsAccountIsInvisibleToAnEstablishmentAdministrator() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		UserAccount theirs = this.fixtures.account(other);
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/accounts/" + theirs.getId())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(jsonBody(this.fixtures.as(admin, put("/api/v1/accounts/" + theirs.getId())),
					Map.of("locale", "en", "enabled", false, "version", theirs.getVersion())))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(admin, post("/api/v1/accounts/" + theirs.getId() + "/unlock")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(jsonBody(this.fixtures.as(admin, post("/api/v1/accounts/" + theirs.getId() + "/password")),
					Map.of("password", GOOD_PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/accounts/" + theirs.getId() + "/grants")))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/accounts?size=200")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].establishmentId")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(mine.getId().intValue()))));
		UserAccount unchanged = this.accounts.findById(theirs.getId()).orElseThrow();
		assertThat(unchanged.isEnabled()).isTrue();
		assertThat(unchanged.getLocale()).isEqualTo("fr");
	}

	@Test
	void anAccountForAPersonOfAnotherEstablishmentIsRefused() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Establishment other = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.fixtures.grant(RoleGrant.forEstablishment(admin, Role.STAFF, other));
		Person outsider = this.fixtures.person(other);
		Person invisible = this.fixtures.person(this.fixtures.establishment());
		this.mvc
			.perform(jsonBody(this.fixtures.as(admin, post("/api/v1/accounts")),
					newAccount(outsider, "out-" + Fixtures.unique(), GOOD_PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(jsonBody(this.fixtures.as(admin, post("/api/v1/accounts")),
					newAccount(invisible, "inv-" + Fixtures.unique(), GOOD_PASSWORD)))
			.andExpect(status().isNotFound());
		assertThat(this.accounts.findByPersonId(outsider.getId())).isEmpty();
		assertThat(this.accounts.findByPersonId(invisible.getId())).isEmpty();
	}

	@Test
	void aNonAdministratorCannotOpenAccountsAndSeesNone() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, home);
		UserAccount colleague = this.fixtures.account(home);
		this.mvc
			.perform(jsonBody(this.fixtures.as(staff, post("/api/v1/accounts")),
					newAccount(this.fixtures.person(home), "nope-" + Fixtures.unique(), GOOD_PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/accounts")))
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/accounts/" + colleague.getId())))
			.andExpect(status().isNotFound());
	}

	@Test
	void anEditOfAStaleVersionIsA409AndChangesNothing() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount account = this.fixtures.account(home);
		this.mvc
			.perform(jsonBody(this.fixtures.as(admin, put("/api/v1/accounts/" + account.getId())),
					Map.of("locale", "en", "enabled", false, "version", account.getVersion() + 1)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/stale-version"));
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getLocale()).isEqualTo("fr");
		this.mvc
			.perform(jsonBody(this.fixtures.as(admin, put("/api/v1/accounts/" + account.getId())),
					Map.of("locale", "en", "enabled", false, "version", account.getVersion())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locale").value("en"))
			.andExpect(jsonPath("$.enabled").value(false))
			.andExpect(jsonPath("$.version").value(account.getVersion() + 1));
	}

	@Test
	void aDisabledAccountLosesItsScopeAtTheNextRequest() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, home);
		MockHttpServletRequestBuilder seeHome = this.fixtures.as(staff, get("/api/v1/establishments/" + home.getId()));
		this.mvc.perform(seeHome).andExpect(status().isOk());
		this.mvc
			.perform(jsonBody(this.fixtures.as(admin, put("/api/v1/accounts/" + staff.getId())),
					Map.of("locale", "fr", "enabled", false, "version", staff.getVersion())))
			.andExpect(status().isOk());
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/establishments/" + home.getId())))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/me/tokens"))).andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorCannotDisableTheirOwnAccount() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		this.mvc
			.perform(jsonBody(this.fixtures.as(admin, put("/api/v1/accounts/" + admin.getId())),
					Map.of("locale", "fr", "enabled", false, "version", admin.getVersion())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("AccountCannotDisableSelf"));
		assertThat(this.accounts.findById(admin.getId()).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void anAdministratorResetsAPasswordWhichThenSignsIn(@Autowired SecurityEventRepository events) throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, home);
		UserAccount account = this.fixtures.account(this.fixtures.establishment());
		String hashBefore = account.getPasswordHash();
		this.mvc
			.perform(jsonBody(this.fixtures.as(admin, post("/api/v1/accounts/" + account.getId() + "/password")),
					Map.of("password", "short")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getPasswordHash()).isEqualTo(hashBefore);
		this.mvc
			.perform(jsonBody(this.fixtures.as(admin, post("/api/v1/accounts/" + account.getId() + "/password")),
					Map.of("password", GOOD_PASSWORD)))
			.andExpect(status().isNoContent());
		this.mvc.perform(formLogin("/login").user(account.getLogin()).password(GOOD_PASSWORD))
			.andExpect(authenticated());
		assertThat(events.findAll()).anyMatch(e -> account.getLogin().equals(e.getLogin())
				&& e.getType() == SecurityEvent.Type.PASSWORD_CHANGED && admin.getLogin().equals(e.getActor()));
	}

	@Test
	void theListFiltersByTextEstablishmentEnabledAndLocked() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount target = this.fixtures.account(home);
		UserAccount disabled = this.fixtures.account(home);
		disabled.setEnabled(false);
		this.accounts.saveAndFlush(disabled);
		String lastName = target.getPerson().getLastName();
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/accounts").param("q", lastName.toUpperCase())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(target.getId()));
		this.mvc
			.perform(this.fixtures.as(admin,
					get("/api/v1/accounts").param("establishment", home.getId().toString()).param("enabled", "false")))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(disabled.getId()));
		this.mvc
			.perform(this.fixtures.as(admin,
					get("/api/v1/accounts").param("establishment", home.getId().toString()).param("locked", "true")))
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc.perform(this.fixtures.as(admin,
				get("/api/v1/accounts").param("establishment", home.getId().toString())
					.param("locked", "false")
					.param("sort", "login,desc")))
			.andExpect(jsonPath("$.totalElements").value(3));
	}

	@Test
	void anAnonymousCallIsA401() throws Exception {
		this.mvc.perform(get("/api/v1/accounts")).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/accounts").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

}
