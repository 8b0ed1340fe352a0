package org.socle.inventory.notice;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.socle.directory.account.UserAccount;
import org.socle.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Drives the notices' API for tests, as one account, and builds the register rows they
 * match, with values no other test uses (matching reads the whole register).
 */
final class NoticeTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcClient jdbc;

	NoticeTestSupport(MockMvc mvc, Fixtures fixtures, JdbcClient jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	/** Capital letters no other test uses: a serial shape or lot of its own. */
	static String token() {
		StringBuilder letters = new StringBuilder("Q");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 7; i++) {
			letters.append((char) ('A' + random.nextInt(26)));
		}
		return letters.toString();
	}

	/** A GTIN-14 with a right check digit that no other test uses. */
	static String gtin() {
		String body = "0" + (100_000_000_000L + ThreadLocalRandom.current().nextLong(899_999_999_999L));
		for (int digit = 0; digit <= 9; digit++) {
			if (Gs1Parser.validCheckDigit(body + digit)) {
				return body + digit;
			}
		}
		throw new IllegalStateException();
	}

	/** A new model of the manufacturer, in the category. */
	long model(long manufacturerId, long categoryId, String name) {
		return this.jdbc.sql("""
				insert into inv_model (manufacturer_id, category_id, commercial_name, created_at, created_by,
				 last_modified_at, last_modified_by) values (:m, :c, :n, now(), 'test', now(), 'test') returning id""")
			.param("m", manufacturerId)
			.param("c", categoryId)
			.param("n", name)
			.query(Long.class)
			.single();
	}

	long manufacturerOf(long modelId) {
		return this.jdbc.sql("select manufacturer_id from inv_model where id = :id")
			.param("id", modelId)
			.query(Long.class)
			.single();
	}

	void set(long assetId, String column, Object value) {
		this.jdbc.sql("update inv_asset set " + column + " = :v where id = :id")
			.param("v", value)
			.param("id", assetId)
			.update();
	}

	/** A new notice of the establishment, as the account; its id. */
	long notice(UserAccount account, Long establishmentId, Long manufacturerId) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("source", "MANUFACTURER_FSN", "reference", "FSN-" + Fixtures.unique(), "title",
						"Pompe : risque d'occlusion", "receivedOn", "2026-11-20", "requiredAction", "Vérifier le clamp",
						"actionDueOn", "2026-12-31", "groupWide", establishmentId == null, "establishmentIds",
						(establishmentId == null) ? List.of() : List.of(establishmentId)));
		if (manufacturerId != null) {
			body.put("manufacturerId", manufacturerId);
		}
		return call(account, json(post("/api/v1/safety-notices"), body), 201).get("id").asLong();
	}

	void criteria(UserAccount account, long noticeId, List<Map<String, Object>> criteria) throws Exception {
		call(account, json(post("/api/v1/safety-notices/{id}/criteria", noticeId), criteria), 201);
	}

	JsonNode match(UserAccount account, long noticeId) throws Exception {
		return call(account, post("/api/v1/safety-notices/{id}/match", noticeId), 200);
	}

	/** The affected assets the account reads, by asset id. */
	Map<Long, JsonNode> affected(UserAccount account, long noticeId) throws Exception {
		Map<Long, JsonNode> rows = new java.util.HashMap<>();
		call(account, get("/api/v1/safety-notices/{id}/affected-assets", noticeId), 200)
			.forEach(row -> rows.put(row.get("assetId").asLong(), row));
		return rows;
	}

	JsonNode call(UserAccount account, MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = this.mvc.perform(this.fixtures.as(account, request.accept(MediaType.APPLICATION_JSON)))
			.andReturn();
		String content = result.getResponse().getContentAsString();
		if (result.getResponse().getStatus() != status) {
			throw new AssertionError(
					"expected " + status + ", got " + result.getResponse().getStatus() + " " + content);
		}
		return content.isEmpty() ? null : JSON.readTree(content);
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
	}

	static Map<String, Object> criterion(String kind, String value) {
		return Map.of("kind", kind, "value", value);
	}

	static Map<String, Object> range(String from, String to) {
		return Map.of("kind", "SERIAL_RANGE", "value", from, "valueTo", to);
	}

	static Map<String, Object> model(long modelId) {
		return Map.of("kind", "MODEL", "modelId", modelId);
	}

}
