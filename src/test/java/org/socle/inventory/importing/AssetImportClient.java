package org.socle.inventory.importing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.socle.directory.account.UserAccount;
import org.socle.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Drives the asset imports API as a given account and waits for its jobs. */
final class AssetImportClient {

	static final String API = "/api/v1/asset-imports";

	private final MockMvc mvc;

	private final JsonMapper json;

	private final Fixtures fixtures;

	AssetImportClient(MockMvc mvc, JsonMapper json, Fixtures fixtures) {
		this.mvc = mvc;
		this.json = json;
		this.fixtures = fixtures;
	}

	static MockMultipartFile csv(String text) {
		return new MockMultipartFile("file", "inventaire.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	static MockMultipartFile xlsx(byte[] content) {
		return new MockMultipartFile("file", "inventaire.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
	}

	ResultActions upload(UserAccount account, MockMultipartFile file, Map<String, String> mapping) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart(API).file(file);
		mapping.forEach((field, header) -> request.param("mapping." + field, header));
		return this.mvc.perform(request.with(user(this.fixtures.principal(account))).with(csrf()));
	}

	/** Uploads, waits for the preview and returns it. */
	JsonNode preview(UserAccount account, MockMultipartFile file, Map<String, String> mapping) throws Exception {
		String body = upload(account, file, mapping).andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return awaitPhase(account, this.json.readTree(body).get("id").asString(), "READY");
	}

	JsonNode job(UserAccount account, String jobId) throws Exception {
		String body = this.mvc.perform(get(API + "/" + jobId).with(user(this.fixtures.principal(account))).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return this.json.readTree(body);
	}

	JsonNode awaitPhase(UserAccount account, String jobId, String phase) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(100)).until(() -> {
			last[0] = job(account, jobId);
			return !last[0].get("running").asBoolean();
		});
		assertThat(last[0].get("status").asString()).as("phase of job %s: %s", jobId, last[0]).isEqualTo(phase);
		return last[0];
	}

	JsonNode confirm(UserAccount account, String jobId) throws Exception {
		this.mvc.perform(post(API + "/" + jobId + "/confirm").with(user(this.fixtures.principal(account))).with(csrf()))
			.andExpect(status().isAccepted());
		return awaitPhase(account, jobId, "DONE");
	}

	/** The errors of a preview: "header: message" by line. */
	static Map<Integer, String> errorsByLine(JsonNode job) {
		Map<Integer, String> errors = new HashMap<>();
		job.get("errors")
			.forEach(e -> errors.merge(e.get("line").asInt(),
					e.get("header").asString() + ": " + e.get("message").asString(), (a, b) -> a + " | " + b));
		return errors;
	}

}
