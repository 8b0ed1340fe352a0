package org.socle.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.socle.directory.organisation.Establishment;
import org.socle.testing.Fixtures;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every endpoint of Socle and the access rule it follows. A new endpoint must be added
 * here.
 */
final class MatrixRules {

	private final List<MatrixRule> rules = new ArrayList<>();

	private MatrixRules() {
	}

	static List<MatrixRule> all() {
		MatrixRules m = new MatrixRules();
		m.general();
		m.establishments();
		return m.rules;
	}

	private void general() {
		add("GET", "/login", Access.PUBLIC, (w, s) -> get("/login"));
		add("GET", "/", Access.SIGNED_IN, (w, s) -> get("/"));
	}

	private void establishments() {
		add("GET", "/directory/establishments", Access.SCOPED_LIST, (w, s) -> get("/directory/establishments"));
		add("GET", "/directory/establishments/export.csv", Access.SCOPED_LIST,
				(w, s) -> get("/directory/establishments/export.csv"));
		add("GET", "/directory/establishments/new", Access.SIGNED_IN, (w, s) -> get("/directory/establishments/new"));
		add("GET", "/directory/establishments/{id}", Access.SCOPED_READ,
				(w, s) -> get("/directory/establishments/{id}", w.establishment(s).getId()));
		add("GET", "/directory/establishments/{id}/history", Access.SCOPED_READ,
				(w, s) -> get("/directory/establishments/{id}/history", w.establishment(s).getId()));
		add("GET", "/directory/establishments/{id}/edit", Access.SCOPED_READ,
				(w, s) -> get("/directory/establishments/{id}/edit", w.establishment(s).getId()));
		add("POST", "/directory/establishments", Access.GROUP_ADMIN,
				(w, s) -> post("/directory/establishments").params(form(newEstablishment())));
		add("POST", "/directory/establishments/{id}", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/directory/establishments/{id}", w.establishment(s).getId())
					.params(form(sameEstablishment(w.establishment(s)))));
		add("GET", "/api/v1/establishments", Access.SCOPED_LIST, (w, s) -> get("/api/v1/establishments?size=200"));
		add("GET", "/api/v1/establishments/{id}", Access.SCOPED_READ,
				(w, s) -> get("/api/v1/establishments/{id}", w.establishment(s).getId()));
		add("POST", "/api/v1/establishments", Access.GROUP_ADMIN,
				(w, s) -> json(post("/api/v1/establishments"), newEstablishment()));
		add("PUT", "/api/v1/establishments/{id}", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> json(put("/api/v1/establishments/{id}", w.establishment(s).getId()),
						sameEstablishment(w.establishment(s))));
	}

	/** Rules whose requests change what later rules rely on run last. */
	static List<MatrixRule> lastRules() {
		return List.of(
				new MatrixRule("POST", "/directory/establishments/{id}/archive", Access.ESTABLISHMENT_ADMIN,
						(w, s) -> post("/directory/establishments/{id}/archive", w.establishment(s).getId())
							.param("version", String.valueOf(w.establishment(s).getVersion()))
							.param("reason", "Matrice")),
				new MatrixRule("POST", "/api/v1/establishments/{id}/archive", Access.ESTABLISHMENT_ADMIN,
						(w, s) -> json(post("/api/v1/establishments/{id}/archive", w.establishment(s).getId()),
								Map.of("version", w.establishment(s).getVersion(), "reason", "Matrice"))));
	}

	private static Map<String, Object> newEstablishment() {
		return Map.of("name", "Matrice " + Fixtures.unique(), "kind", "HEALTH", "legalFiness", Fixtures.finess(),
				"geographicFiness", Fixtures.finess());
	}

	private static Map<String, Object> sameEstablishment(Establishment e) {
		return Map.of("name", e.getName(), "kind", e.getKind().name(), "legalFiness", e.getLegalFiness(),
				"geographicFiness", e.getGeographicFiness(), "version", e.getVersion());
	}

	private void add(String method, String pattern, Access access,
			java.util.function.BiFunction<World, Side, MockHttpServletRequestBuilder> request) {
		this.rules.add(new MatrixRule(method, pattern, access, request));
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Map<String, ?> body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(Json.write(body));
	}

	static org.springframework.util.MultiValueMap<String, String> form(Map<String, ?> fields) {
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		fields.forEach((k, v) -> params.add(k, String.valueOf(v)));
		return params;
	}

}
