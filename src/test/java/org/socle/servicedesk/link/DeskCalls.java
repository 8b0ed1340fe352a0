package org.socle.servicedesk.link;

import java.util.Map;
import java.util.function.Supplier;

import org.socle.directory.account.UserAccount;
import org.socle.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Calls of the tests of this package: signed in as an account, with JSON bodies. */
final class DeskCalls {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JsonMapper json;

	DeskCalls(MockMvc mvc, Fixtures fixtures, JsonMapper json) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.json = json;
	}

	ResultActions as(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.fixtures.principal(account))).with(csrf()));
	}

	/** The request as htmx sends it from the ticket page. */
	ResultActions htmx(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return as(account, request.header("HX-Request", "true"));
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Map<String, ?> body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	/** Expects a 400 problem naming the field and the rule. */
	void expectRefused(ResultActions result, String field, String rule) throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].rule").value(rule))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
	}

	/**
	 * Runs service code signed in as the account, outside any request (the test's mock
	 * request would keep the first account's scope for the whole test).
	 */
	<T> T signedIn(UserAccount account, Supplier<T> work) {
		UserDetails principal = this.fixtures.principal(account);
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
			RequestContextHolder.setRequestAttributes(request);
		}
	}

}
