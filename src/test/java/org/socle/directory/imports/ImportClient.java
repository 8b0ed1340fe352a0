package org.socle.directory.imports;

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
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Drives the imports API as a given account, and waits for jobs with Awaitility. */
final class ImportClient {

	private final MockMvc mvc;

	private final JsonMapper json;

	private final Fixtures fixtures;

	ImportClient(MockMvc mvc, JsonMapper json, Fixtures fixtures) {
		this.mvc = mvc;
		this.json = json;
		this.fixtures = fixtures;
	}

	<B extends AbstractMockHttpServletRequestBuilder<B>> B as(UserAccount account, B request) {
		return request.with(user(this.fixtures.principal(account))).with(csrf());
	}

	static MockMultipartFile file(String csv) {
		return file(csv.getBytes(StandardCharsets.UTF_8));
	}

	static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "import.csv", "text/csv", content);
	}

	ResultActions upload(UserAccount account, String kind, byte[] content) throws Exception {
		return this.mvc.perform(as(account, multipart("/api/v1/imports/" + kind).file(file(content))));
	}

	/** Uploads and returns the new job's id. */
	String start(UserAccount account, String kind, String csv) throws Exception {
		return start(account, kind, csv.getBytes(StandardCharsets.UTF_8));
	}

	String start(UserAccount account, String kind, byte[] content) throws Exception {
		String body = upload(account, kind, content).andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).get("id").asString();
	}

	JsonNode job(UserAccount account, String jobId) throws Exception {
		String body = this.mvc.perform(as(account, get("/api/v1/imports/" + jobId)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return this.json.readTree(body);
	}

	/**
	 * Waits until the job leaves its running phase and checks it reached the one
	 * expected.
	 */
	JsonNode awaitPhase(UserAccount account, String jobId, String phase) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200)).until(() -> {
			last[0] = job(account, jobId);
			return !last[0].get("running").asBoolean();
		});
		assertThat(last[0].get("status").asString()).as("phase of job %s: %s", jobId, last[0]).isEqualTo(phase);
		return last[0];
	}

	JsonNode previewOf(UserAccount account, String kind, String csv) throws Exception {
		return awaitPhase(account, start(account, kind, csv), "READY");
	}

	JsonNode confirm(UserAccount account, String jobId) throws Exception {
		this.mvc.perform(as(account, post("/api/v1/imports/" + jobId + "/confirm"))).andExpect(status().isAccepted());
		return awaitPhase(account, jobId, "DONE");
	}

	/** The errors of a job's preview: "column: message" by line. */
	static Map<Integer, String> errorsByLine(JsonNode job) {
		Map<Integer, String> errors = new HashMap<>();
		job.get("errors")
			.forEach(e -> errors.merge(e.get("line").asInt(),
					e.get("column").asString() + ": " + e.get("message").asString(), (a, b) -> a + " | " + b));
		return errors;
	}

}
