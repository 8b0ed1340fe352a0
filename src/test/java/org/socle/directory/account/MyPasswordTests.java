package org.socle.directory.account;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing one's own password: the current one is required, the new one follows the
 * rules.
 */
@SocleIntegrationTest
class MyPasswordTests {

	private static final String NEW_PASSWORD = "a-brand-new-passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	SecurityEventRepository events;

	@Autowired
	JsonMapper json;

	private UserAccount me() {
		return this.fixtures.establishmentAccount(Role.STAFF, this.fixtures.establishment());
	}

	private String hashOf(UserAccount account) {
		return this.accounts.findById(account.getId()).orElseThrow().getPasswordHash();
	}

	@Test
	void theRightCurrentPasswordChangesItAndWritesTheLog() throws Exception {
		UserAccount me = me();
		this.mvc.perform(this.fixtures.as(me, get("/me/password"))).andExpect(status().isOk());
		this.mvc
			.perform(this.fixtures.as(me, post("/me/password"))
				.param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/me/password"));
		this.mvc.perform(formLogin("/login").user(me.getLogin()).password(NEW_PASSWORD)).andExpect(authenticated());
		this.mvc.perform(formLogin("/login").user(me.getLogin()).password(Fixtures.PASSWORD))
			.andExpect(unauthenticated());
		assertThat(this.events.findAll())
			.anyMatch(e -> me.getLogin().equals(e.getLogin()) && e.getType() == SecurityEvent.Type.PASSWORD_CHANGED);
	}

	@Test
	void aWrongCurrentPasswordShowsTheErrorBesideItAndChangesNothing() throws Exception {
		UserAccount me = me();
		this.mvc
			.perform(this.fixtures.as(me, post("/me/password"))
				.param("currentPassword", "not-my-password")
				.param("newPassword", NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"currentPassword-error\"")))
			.andExpect(content().string(containsString("Le mot de passe actuel est incorrect.")));
		assertThat(hashOf(me)).isEqualTo(me.getPasswordHash());
	}

	@Test
	void aShortOrLoginLikeNewPasswordShowsTheErrorBesideIt() throws Exception {
		UserAccount me = me();
		this.mvc
			.perform(this.fixtures.as(me, post("/me/password"))
				.param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"newPassword-error\"")));
		this.mvc
			.perform(this.fixtures.as(me, post("/me/password"))
				.param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", me.getLogin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"newPassword-error\"")))
			.andExpect(content().string(containsString("ne doit pas être l&#39;identifiant")));
		assertThat(hashOf(me)).isEqualTo(me.getPasswordHash());
	}

	@Test
	void theApiChangesMyPasswordAndNamesTheFieldOnError() throws Exception {
		UserAccount me = me();
		this.mvc
			.perform(this.fixtures.as(me, post("/api/v1/me/password"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("currentPassword", "wrong", "newPassword", NEW_PASSWORD))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"))
			.andExpect(jsonPath("$.errors[0].rule").value("AccountWrongPassword"));
		assertThat(hashOf(me)).isEqualTo(me.getPasswordHash());
		this.mvc
			.perform(this.fixtures.as(me, post("/api/v1/me/password"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json
					.writeValueAsString(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", NEW_PASSWORD))))
			.andExpect(status().isNoContent());
		assertThat(hashOf(me)).isNotEqualTo(me.getPasswordHash());
	}

	@Test
	void anAnonymousCallIsA401() throws Exception {
		this.mvc.perform(post("/api/v1/me/password").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

}
