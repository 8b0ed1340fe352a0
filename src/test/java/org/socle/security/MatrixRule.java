package org.socle.security;

import java.util.function.BiFunction;

import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * One row of the matrix: an endpoint, the rule it follows, and how to build a request
 * that targets a record of side A or B.
 */
record MatrixRule(String method, String pattern, Access access,
		BiFunction<World, Side, AbstractMockHttpServletRequestBuilder<?>> request) {

	boolean api() {
		return this.pattern.startsWith("/api/");
	}

	String endpoint() {
		return this.method + " " + this.pattern;
	}

}
