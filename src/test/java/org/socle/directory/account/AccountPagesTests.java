package org.socle.directory.account;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The account pages: list, creation, details and actions, roles, history. */
@SocleIntegrationTest
class AccountPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	RoleGrantRepository grants;

	private MockHttpServletRequestBuilder newAccount(UserAccount admin, Person person, String login, String password) {
		return this.fixtures.as(admin, post("/directory/accounts"))
			.param("personId", person.getId().toString())
			.param("login", login)
			.param("password", password)
			.param("locale", "fr")
			.param("enabled", "true");
	}

	@Test
	void theListShowsTheAccountsInScopeWithFiltersAndExport() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount mine = this.fixtures.account(home);
		UserAccount theirs = this.fixtures.account(this.fixtures.establishment());
		this.mvc.perform(this.fixtures.as(admin, get("/directory/accounts")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mine.getLogin())))
			.andExpect(content().string(not(containsString(theirs.getLogin()))))
			.andExpect(content().string(containsString("id=\"new-account\"")));
		this.mvc
			.perform(this.fixtures.as(admin, get("/directory/accounts"))
				.header("HX-Request", "true")
				.param("q", mine.getLogin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mine.getLogin())))
			.andExpect(content().string(not(containsString(admin.getLogin()))))
			.andExpect(content().string(not(containsString("<nav"))));
		this.mvc.perform(this.fixtures.as(admin, get("/directory/accounts/export.csv").param("enabled", "true")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString(";" + mine.getLogin() + ";")))
			.andExpect(content().string(not(containsString(theirs.getLogin()))))
			.andExpect(content().string(not(containsString("bcrypt"))));
	}

	@Test
	void aNonAdministratorSeesNoAccountAndCannotOpenOne() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, home);
		UserAccount colleague = this.fixtures.account(home);
		this.mvc.perform(this.fixtures.as(staff, get("/directory/accounts")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(colleague.getLogin()))))
			.andExpect(content().string(not(containsString("id=\"new-account\""))));
		this.mvc.perform(this.fixtures.as(staff, get("/directory/accounts/new"))).andExpect(status().isForbidden());
		this.mvc.perform(this.fixtures.as(staff, get("/directory/accounts/" + colleague.getId())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theNewFormOffersOnlyPeopleWithoutAnAccountAndSearchesThem() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		Person free = this.fixtures.person(home);
		UserAccount taken = this.fixtures.account(home);
		Person outsider = this.fixtures.person(this.fixtures.establishment());
		this.mvc
			.perform(this.fixtures.as(admin, get("/directory/accounts/new").param("personId", free.getId().toString())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + free.getId() + "\" selected")))
			.andExpect(content().string(not(containsString(taken.getPerson().getLastName()))));
		this.mvc
			.perform(this.fixtures.as(admin, get("/directory/accounts/new/people"))
				.header("HX-Request", "true")
				.param("q", free.getLastName().toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(free.getLastName())))
			.andExpect(content().string(not(containsString(outsider.getLastName()))))
			.andExpect(content().string(not(containsString("<form"))));
	}

	@Test
	void aShortPasswordShowsTheErrorBesideTheFieldAndWritesNothing() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		Person person = this.fixtures.person(home);
		long before = this.accounts.count();
		this.mvc.perform(newAccount(admin, person, "page-" + Fixtures.unique(), "too-short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\"")))
			.andExpect(content().string(containsString("Doit contenir entre 12 et 200 caractères")))
			.andExpect(content().string(not(containsString("too-short"))));
		assertThat(this.accounts.count()).isEqualTo(before);
	}

	@Test
	void aDuplicateLoginShowsTheErrorBesideTheLogin() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount existing = this.fixtures.account(home);
		Person person = this.fixtures.person(home);
		this.mvc.perform(newAccount(admin, person, existing.getLogin(), "a-long-enough-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"login-error\"")))
			.andExpect(content().string(containsString("est déjà utilisée")));
		assertThat(this.accounts.findByPersonId(person.getId())).isEmpty();
	}

	@Test
	void aValidFormOpensTheAccountAndShowsItsPage() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		Person person = this.fixtures.person(home);
		String login = "page-" + Fixtures.unique();
		this.mvc.perform(newAccount(admin, person, login, "a-long-enough-password"))
			.andExpect(redirectedUrlPattern("/directory/accounts/*"));
		UserAccount created = this.accounts.findByLogin(login).orElseThrow();
		this.mvc.perform(this.fixtures.as(admin, get("/directory/accounts/" + created.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(login)))
			.andExpect(content().string(containsString(person.getLastName())))
			.andExpect(content().string(containsString("Jamais")));
	}

	@Test
	void aLockedAccountShowsUntilWhenAndIsUnlockedFromItsPage() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount account = this.fixtures.account(home);
		this.accounts.lock(account.getLogin(), Instant.now().plus(Duration.ofMinutes(15)));
		this.mvc.perform(this.fixtures.as(admin, get("/directory/accounts/" + account.getId())))
			.andExpect(content().string(containsString("id=\"unlock\"")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"locked-until\">\\d\\d/\\d\\d/\\d{4} .*")));
		this.mvc.perform(this.fixtures.as(admin, post("/directory/accounts/" + account.getId() + "/unlock")))
			.andExpect(redirectedUrl("/directory/accounts/" + account.getId()));
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getLockedUntil()).isNull();
	}

	@Test
	void disablingFromAStalePageIsRefusedWithAMessage() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount account = this.fixtures.account(home);
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/accounts/" + account.getId() + "/enabled"))
				.param("enabled", "false")
				.param("version", String.valueOf(account.getVersion() + 1)))
			.andExpect(flash().attribute("actionError", "rule.StaleVersion"));
		assertThat(this.accounts.findById(account.getId()).orElseThrow().isEnabled()).isTrue();
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/accounts/" + account.getId() + "/enabled"))
				.param("enabled", "false")
				.param("version", String.valueOf(account.getVersion())))
			.andExpect(flash().attribute("saved", true));
		assertThat(this.accounts.findById(account.getId()).orElseThrow().isEnabled()).isFalse();
	}

	@Test
	void theEditFormReportsAStaleVersionAboveTheForm() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount account = this.fixtures.account(home);
		this.mvc.perform(this.fixtures.as(admin, get("/directory/accounts/" + account.getId() + "/edit")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"locale\"")));
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/accounts/" + account.getId()))
				.param("locale", "en")
				.param("enabled", "true")
				.param("version", String.valueOf(account.getVersion() + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quelqu&#39;un d&#39;autre a modifié cette fiche")));
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getLocale()).isEqualTo("fr");
	}

	@Test
	void aShortResetPasswordShowsTheErrorBesideTheField() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount account = this.fixtures.account(home);
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/accounts/" + account.getId() + "/password"))
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\"")));
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getPasswordHash())
			.isEqualTo(account.getPasswordHash());
	}

	@Test
	void theRolesTabGrantsAndRevokesAndTheHistoryTabShowsBoth() throws Exception {
		Establishment home = this.fixtures.establishment();
		Team team = this.fixtures.team(home, TeamKind.IT);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount account = this.fixtures.account(home);
		String roles = "/directory/accounts/" + account.getId() + "/roles";
		this.mvc.perform(this.fixtures.as(admin, get(roles)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(team.getName())))
			.andExpect(content().string(not(containsString("value=\"GROUP\""))));
		this.mvc
			.perform(this.fixtures.as(admin, post(roles))
				.param("role", "AGENT")
				.param("scopeKind", "TEAM")
				.param("teamId", team.getId().toString()))
			.andExpect(redirectedUrl(roles));
		this.mvc
			.perform(this.fixtures.as(admin, post(roles))
				.param("role", "AGENT")
				.param("scopeKind", "TEAM")
				.param("teamId", team.getId().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"role-error\"")));
		this.mvc
			.perform(this.fixtures.as(admin, post(roles)).param("role", "AGENT").param("scopeKind", "ESTABLISHMENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"establishmentId-error\"")));
		this.mvc.perform(this.fixtures.as(admin, post(roles)).param("role", "STAFF").param("scopeKind", "GROUP"))
			.andExpect(status().isForbidden());
		RoleGrant granted = this.grants.findByAccountId(account.getId()).get(0);
		this.mvc.perform(this.fixtures.as(admin, post(roles + "/" + granted.getId() + "/revoke")))
			.andExpect(redirectedUrl(roles));
		assertThat(this.grants.findByAccountId(account.getId())).isEmpty();
		this.mvc.perform(this.fixtures.as(admin, get("/directory/accounts/" + account.getId() + "/history")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Attribution")))
			.andExpect(content().string(containsString("Retrait")))
			.andExpect(content().string(containsString("AGENT @ " + team.getName())));
	}

	@Test
	void revokingMyLastAdministratorRoleFromThePageShowsTheRule() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		RoleGrant only = this.grants.findByAccountId(admin.getId()).get(0);
		this.mvc
			.perform(this.fixtures.as(admin,
					post("/directory/accounts/" + admin.getId() + "/roles/" + only.getId() + "/revoke")))
			.andExpect(flash().attribute("actionError", "rule.AccountLastAdministratorGrant"));
		assertThat(this.grants.findById(only.getId())).isPresent();
	}

	@Test
	void anotherEstablishmentsAccountPagesAreNotFound() throws Exception {
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.fixtures.establishment());
		UserAccount theirs = this.fixtures.account(this.fixtures.establishment());
		for (String page : new String[] { "", "/roles", "/history", "/edit" }) {
			this.mvc.perform(this.fixtures.as(admin, get("/directory/accounts/" + theirs.getId() + page)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(this.fixtures.as(admin, post("/directory/accounts/" + theirs.getId() + "/unlock")))
			.andExpect(status().isNotFound());
	}

}
