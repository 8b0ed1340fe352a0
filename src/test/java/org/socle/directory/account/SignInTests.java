package org.socle.directory.account;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.organisation.Establishment;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Real form sign-in through the security filter chain, its log and the lock-out. */
@SocleIntegrationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SecurityEventRepository events;

	@Autowired
	UserAccountRepository accounts;

	private List<SecurityEvent.Type> eventsOf(String login) {
		return this.events.findAll()
			.stream()
			.filter(e -> login.equals(e.getLogin()))
			.map(SecurityEvent::getType)
			.toList();
	}

	@Test
	void theRightPasswordSignsInAndWritesSignIn() throws Exception {
		UserAccount account = this.fixtures.account(this.fixtures.establishment());
		this.mvc.perform(formLogin("/login").user(account.getLogin()).password(Fixtures.PASSWORD))
			.andExpect(authenticated().withUsername(account.getLogin()))
			.andExpect(redirectedUrl("/"));
		assertThat(eventsOf(account.getLogin())).containsExactly(SecurityEvent.Type.SIGN_IN);
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getLastSignInAt()).isNotNull();
	}

	@Test
	void signingInOrFailingDoesNotChangeTheAccountsVersionSoAnEditInProgressStaysValid() throws Exception {
		UserAccount account = this.fixtures.account(this.fixtures.establishment());
		this.mvc.perform(formLogin("/login").user(account.getLogin()).password("not-the-password"));
		this.mvc.perform(formLogin("/login").user(account.getLogin()).password(Fixtures.PASSWORD))
			.andExpect(authenticated());
		UserAccount after = this.accounts.findById(account.getId()).orElseThrow();
		assertThat(after.getVersion()).isEqualTo(account.getVersion());
		// PostgreSQL keeps microseconds (rounded)
		assertThat(after.getLastModifiedAt()).isCloseTo(account.getLastModifiedAt(), within(1, ChronoUnit.MICROS));
		assertThat(after.getLastSignInAt()).isNotNull();
	}

	@Test
	void aWrongPasswordFailsAndWritesSignInFailed() throws Exception {
		UserAccount account = this.fixtures.account(this.fixtures.establishment());
		this.mvc.perform(formLogin("/login").user(account.getLogin()).password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		assertThat(eventsOf(account.getLogin())).containsExactly(SecurityEvent.Type.SIGN_IN_FAILED);
	}

	@Test
	void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilAnAdministratorUnlocksIt() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount account = this.fixtures.account(home);
		for (int i = 0; i < UserAccount.MAX_FAILED_ATTEMPTS; i++) {
			this.mvc.perform(formLogin("/login").user(account.getLogin()).password("wrong-" + i))
				.andExpect(unauthenticated());
		}
		assertThat(eventsOf(account.getLogin())).contains(SecurityEvent.Type.ACCOUNT_LOCKED);
		this.mvc.perform(formLogin("/login").user(account.getLogin()).password(Fixtures.PASSWORD))
			.andExpect(unauthenticated());

		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		this.mvc
			.perform(post("/api/v1/accounts/" + account.getId() + "/unlock").with(user(this.fixtures.principal(admin)))
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(eventsOf(account.getLogin())).contains(SecurityEvent.Type.ACCOUNT_UNLOCKED);
		this.mvc.perform(formLogin("/login").user(account.getLogin()).password(Fixtures.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		UserAccount account = this.fixtures.account(this.fixtures.establishment());
		account.setEnabled(false);
		this.accounts.saveAndFlush(account);
		this.mvc.perform(formLogin("/login").user(account.getLogin()).password(Fixtures.PASSWORD))
			.andExpect(unauthenticated());
		assertThat(eventsOf(account.getLogin())).containsExactly(SecurityEvent.Type.SIGN_IN_FAILED);
	}

}
