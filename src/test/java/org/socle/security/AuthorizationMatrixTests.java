package org.socle.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.socle.directory.account.ApiTokenService;
import org.socle.directory.organisation.EstablishmentRepository;
import org.socle.directory.organisation.HospitalGroupRepository;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may do what, profile by profile, for every endpoint that exists: a person of
 * establishment A who is not group-wide sees nothing of establishment B, in pages and in
 * the API.
 */
@SocleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	/** Endpoints of the libraries we use, not ours. */
	private static final Set<String> FOREIGN = Set.of("/error", "/v3/api-docs", "/v3/api-docs.yaml",
			"/v3/api-docs/swagger-config", "/swagger-ui.html");

	/** How Thymeleaf shows a message key missing from the bundles. */
	private static final String MISSING_MESSAGE = "\\?\\?[\\w.-]+_(fr|en)\\?\\?";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EstablishmentRepository establishments;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	HospitalGroupRepository groups;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private World world;

	private World world() {
		if (this.world == null) {
			this.world = new World(this.fixtures, this.establishments, this.tokens, this.groups, this.jdbc);
		}
		return this.world;
	}

	@Test
	void everyEndpointHasARowInTheMatrix() {
		Set<String> covered = new TreeSet<>();
		Stream.concat(MatrixRules.all().stream(), MatrixRules.lastRules().stream())
			.forEach(r -> covered.add(r.endpoint()));
		List<String> missing = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (FOREIGN.contains(pattern)) {
					continue;
				}
				for (var method : info.getMethodsCondition().getMethods()) {
					if (!covered.contains(method.name() + " " + pattern)) {
						missing.add(method.name() + " " + pattern);
					}
				}
				if (info.getMethodsCondition().getMethods().isEmpty()) {
					missing.add("(any method) " + pattern);
				}
			}
		}
		assertThat(missing).as("endpoints without a row in MatrixRules").isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> everyProfileGetsWhatItsScopeAllows() {
		return Stream.concat(MatrixRules.all().stream(), MatrixRules.lastRules().stream())
			.flatMap(rule -> Stream.of(Profile.values())
				.flatMap(profile -> Stream.of(Side.values())
					.map(side -> DynamicTest.dynamicTest(rule.endpoint() + " as " + profile + " on " + side,
							() -> check(rule, profile, side)))));
	}

	private void check(MatrixRule rule, Profile profile, Side side) throws Exception {
		World w = world();
		AbstractMockHttpServletRequestBuilder<?> request = rule.request().apply(w, side).with(csrf());
		UserDetails principal = w.principal(profile);
		if (principal != null) {
			request = request.with(user(principal));
		}
		if (rule.api()) {
			request = request.accept("application/json");
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		Outcome expected = Outcome.expected(rule.access(), profile, side);
		assertThat(expected.matches(result, rule.api(), rule.method()))
			.as("%s as %s on %s: expected %s, got %d %s", rule.endpoint(), profile, side, expected,
					result.getResponse().getStatus(), result.getResponse().getContentAsString())
			.isTrue();
		if (result.getResponse().getStatus() < 300) {
			assertThat(result.getResponse().getContentAsString())
				.as("%s as %s: every text is in the bundles", rule.endpoint(), profile)
				.doesNotContainPattern(MISSING_MESSAGE);
		}
		if (!profile.sees(Side.B) && result.getResponse().getStatus() < 300) {
			assertThat(result.getResponse().getContentAsString())
				.as("%s as %s must show nothing of establishment B", rule.endpoint(), profile)
				.doesNotContain(w.markerOfB());
		}
	}

}
