package org.socle.directory.account;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens: created once, kept as a digest, accepted until revoked or expired.
 */
@SocleIntegrationTest
class ApiTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiTokenRepository tokens;

	private static MockHttpServletRequestBuilder bearer(String secret, MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
	}

	private UserAccount staff() {
		return this.fixtures.establishmentAccount(Role.STAFF, this.fixtures.establishment());
	}

	private JsonNode create(UserAccount account, Map<String, Object> body) throws Exception {
		MvcResult result = this.mvc
			.perform(this.fixtures.as(account, post("/api/v1/me/tokens"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn();
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	@Test
	void aTokenCreatedThroughTheApiAuthenticatesABearerRequestWithoutASession() throws Exception {
		UserAccount account = staff();
		JsonNode created = create(account, Map.of("name", "Script d'inventaire", "validityDays", 30));
		String secret = created.get("secret").asString();
		assertThat(secret).startsWith("socle_");
		assertThat(created.get("token").get("expiresAt").isNull()).isFalse();

		MvcResult result = this.mvc.perform(bearer(secret, get("/api/v1/me/tokens")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Script d'inventaire"))
			.andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty())
			.andExpect(content().string(not(containsString(secret))))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
	}

	@Test
	void theDatabaseKeepsOnlyTheSha256DigestOfTheSecret() throws Exception {
		JsonNode created = create(staff(), Map.of("name", "Digest"));
		String secret = created.get("secret").asString();
		long id = created.get("token").get("id").asLong();
		List<String> rows = this.jdbc.queryForList("select t::text from dir_api_token t", String.class);
		assertThat(rows).isNotEmpty().noneMatch(row -> row.contains(secret));
		assertThat(rows).noneMatch(row -> row.contains(secret.substring(10)));
		assertThat(this.jdbc.queryForObject("select token_digest from dir_api_token where id = ?", String.class, id))
			.isEqualTo(ApiTokenService.digest(secret))
			.hasSize(64);
	}

	@Test
	void aRevokedTokenGetsA401() throws Exception {
		UserAccount account = staff();
		JsonNode created = create(account, Map.of("name", "Révoqué"));
		String secret = created.get("secret").asString();
		this.mvc.perform(bearer(secret, get("/api/v1/me/tokens"))).andExpect(status().isOk());
		this.mvc.perform(bearer(secret, delete("/api/v1/me/tokens/" + created.get("token").get("id").asLong())))
			.andExpect(status().isNoContent());
		this.mvc.perform(bearer(secret, get("/api/v1/me/tokens"))).andExpect(status().isUnauthorized());
	}

	@Test
	void anExpiredTokenGetsA401() throws Exception {
		JsonNode created = create(staff(), Map.of("name", "Expiré", "validityDays", 1));
		String secret = created.get("secret").asString();
		this.mvc.perform(bearer(secret, get("/api/v1/me/tokens"))).andExpect(status().isOk());
		this.jdbc.update("update dir_api_token set expires_at = now() - interval '1 minute' where id = ?",
				created.get("token").get("id").asLong());
		this.mvc.perform(bearer(secret, get("/api/v1/me/tokens"))).andExpect(status().isUnauthorized());
	}

	@Test
	void anUnknownTokenGetsA401() throws Exception {
		this.mvc.perform(bearer("socle_unknown-secret", get("/api/v1/me/tokens"))).andExpect(status().isUnauthorized());
	}

	@Test
	void anotherAccountsTokenIsNotFoundAndStaysLive() throws Exception {
		JsonNode theirs = create(staff(), Map.of("name", "Le sien"));
		long id = theirs.get("token").get("id").asLong();
		this.mvc.perform(this.fixtures.as(staff(), delete("/api/v1/me/tokens/" + id))).andExpect(status().isNotFound());
		assertThat(this.tokens.findById(id).orElseThrow().getRevokedAt()).isNull();
		this.mvc.perform(bearer(theirs.get("secret").asString(), get("/api/v1/me/tokens"))).andExpect(status().isOk());
	}

	@Test
	void aValidityOutside1To365DaysIsA400AndWritesNothing() throws Exception {
		UserAccount account = staff();
		long before = this.tokens.count();
		for (int days : new int[] { 0, 366 }) {
			this.mvc
				.perform(this.fixtures.as(account, post("/api/v1/me/tokens"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(Map.of("name", "Trop long", "validityDays", days))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("validityDays"));
		}
		this.mvc
			.perform(this.fixtures.as(account, post("/api/v1/me/tokens"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		assertThat(this.tokens.count()).isEqualTo(before);
	}

	@Test
	void creatingAndRevokingATokenWritesTheSecurityLog(@Autowired SecurityEventRepository events) throws Exception {
		UserAccount account = staff();
		JsonNode created = create(account, Map.of("name", "Journal"));
		this.mvc
			.perform(this.fixtures.as(account, delete("/api/v1/me/tokens/" + created.get("token").get("id").asLong())))
			.andExpect(status().isNoContent());
		assertThat(events.findAll().stream().filter(e -> account.getLogin().equals(e.getLogin())))
			.extracting(SecurityEvent::getType)
			.containsExactly(SecurityEvent.Type.TOKEN_CREATED, SecurityEvent.Type.TOKEN_REVOKED);
	}

	@Test
	void theTokensPageShowsTheSecretOnceThenNever() throws Exception {
		UserAccount account = staff();
		MvcResult result = this.mvc
			.perform(this.fixtures.as(account, post("/me/tokens"))
				.param("name", "Depuis la page")
				.param("validityDays", "90"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("token-secret")))
			.andReturn();
		String page = result.getResponse().getContentAsString();
		String secret = page.replaceAll("(?s).*value=\"(socle_[^\"]+)\".*", "$1");
		assertThat(secret).startsWith("socle_").hasSizeGreaterThan(20);
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		this.mvc.perform(this.fixtures.as(account, get("/me/tokens")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Depuis la page")))
			.andExpect(content().string(not(containsString(secret))));
		this.mvc.perform(bearer(secret, get("/api/v1/me/tokens"))).andExpect(status().isOk());
	}

	@Test
	void theTokensPageShowsAnErrorBesideTheName() throws Exception {
		this.mvc.perform(this.fixtures.as(staff(), post("/me/tokens")).param("name", "").param("validityDays", "400"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("id=\"validityDays-error\"")));
	}

	@Test
	void anAnonymousCallIsA401() throws Exception {
		this.mvc.perform(get("/api/v1/me/tokens")).andExpect(status().isUnauthorized());
	}

}
