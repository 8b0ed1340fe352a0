package org.socle.servicedesk.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketActivity;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Attachments through the API: the size and type rules, who attaches and who reads, how
 * files are served, and files and rows kept one for one.
 */
@SocleIntegrationTest
class AttachmentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AttachmentRepository attachments;

	@Autowired
	AttachmentService service;

	@Autowired
	AttachmentStore store;

	@Autowired
	AttachmentProperties properties;

	@Autowired
	TicketActivity activity;

	@Autowired
	TransactionTemplate transactions;

	Establishment a;

	UserAccount agent;

	UserAccount requester;

	UserAccount colleague;

	Ticket ticket;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		Team team = this.fixtures.team(this.a, TeamKind.IT);
		this.agent = this.fixtures.teamAccount(Role.AGENT, team);
		this.requester = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		this.colleague = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		this.ticket = this.fixtures.ticket(this.a, team, this.requester.getPerson());
	}

	private String base() {
		return "/api/v1/tickets/" + this.ticket.getId() + "/attachments";
	}

	private ResultActions as(UserAccount account, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(
				request.with(user(this.fixtures.principal(account))).with(csrf()).accept(MediaType.APPLICATION_JSON));
	}

	private ResultActions upload(UserAccount account, MockMultipartFile file) throws Exception {
		return as(account, multipart(base()).file(file));
	}

	private long filesOnDisk() throws IOException {
		Path dir = this.properties.dir();
		if (!Files.exists(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void attachmentOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
		long before = filesOnDisk();
		byte[] big = new byte[(int) this.properties.maxSize().toBytes() + 1];
		System.arraycopy(TestFiles.jpeg(), 0, big, 0, 3);
		upload(this.agent, TestFiles.part("grosse-photo.jpg", "image/jpeg", big)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].rule").value("AttachmentTooLarge"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("10 Mo")));
		assertThat(this.attachments.findByTicketIdOrderByCreatedAtAscIdAsc(this.ticket.getId())).isEmpty();
		assertThat(filesOnDisk()).isEqualTo(before);
	}

	@Test
	void aProgramOrAPageDisguisedAsAPhotoIsRefused() throws Exception {
		long before = filesOnDisk();
		for (MockMultipartFile file : new MockMultipartFile[] {
				TestFiles.part("setup.exe", "application/octet-stream", TestFiles.program()),
				TestFiles.part("photo.png", "image/png", TestFiles.html()),
				TestFiles.part("photo.jpg", "image/jpeg", TestFiles.program()) }) {
			upload(this.agent, file).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("file"))
				.andExpect(jsonPath("$.errors[0].rule").value("AttachmentTypeNotAllowed"));
		}
		assertThat(this.attachments.findByTicketIdOrderByCreatedAtAscIdAsc(this.ticket.getId())).isEmpty();
		assertThat(filesOnDisk()).isEqualTo(before);
	}

	@Test
	void aPhotoIsStoredUnderAKeyAndServedWithSafeHeaders() throws Exception {
		byte[] photo = TestFiles.jpeg();
		MvcResult created = upload(this.requester, TestFiles.part("C:\\Users\\léa\\écran noir.jpg", "text/html", photo))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.filename").value("écran noir.jpg"))
			.andExpect(jsonPath("$.contentType").value("image/jpeg"))
			.andExpect(jsonPath("$.size").value(photo.length))
			.andExpect(jsonPath("$.sha256")
				.value(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo))))
			.andExpect(jsonPath("$.internal").value(false))
			.andExpect(jsonPath("$.uploadedById").value(this.requester.getPerson().getId()))
			.andReturn();
		Attachment stored = this.attachments.findByTicketIdOrderByCreatedAtAscIdAsc(this.ticket.getId()).get(0);
		assertThat(stored.getStorageKey()).matches("[0-9a-f]{32}");
		assertThat(this.store.open(stored.getStorageKey()).getContentAsByteArray()).isEqualTo(photo);

		MvcResult served = as(this.colleague, get(base() + "/{id}/content", stored.getId())).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", "sandbox; default-src 'none'"))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("private")))
			.andReturn();
		assertThat(served.getResponse().getHeader("Content-Disposition")).startsWith("inline")
			.contains("filename*=UTF-8''%C3%A9cran%20noir.jpg");
		assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(photo);
		assertThat(created.getResponse().getContentAsString()).contains("/content");
		as(this.requester, get("/api/v1/tickets/{id}/timeline", this.ticket.getId()))
			.andExpect(jsonPath("$[?(@.kind == 'ATTACHED')].detail").value("écran noir.jpg"));
	}

	@Test
	void aDocumentIsADownloadNeverShownInThePage() throws Exception {
		Long id = id(upload(this.agent, TestFiles.part("procédure.docx", "application/octet-stream", TestFiles.docx()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value(ContentSniffer.DOCX)));
		as(this.agent, get(base() + "/{id}/content", id)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", ContentSniffer.DOCX))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
	}

	@Test
	void filesOfInternalNotesAreForAgentsOnly() throws Exception {
		Long note = id(as(this.agent,
				post("/api/v1/tickets/{id}/comments", this.ticket.getId()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"body\":\"journal du serveur\",\"internal\":true}"))
			.andExpect(status().isCreated()));
		Long hidden = id(as(this.agent,
				multipart(base()).file(TestFiles.part("serveur.log", "text/plain", "erreur 500\n".getBytes()))
					.param("commentId", String.valueOf(note)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.internal").value(true)));
		Long shown = id(upload(this.requester, TestFiles.part("photo.jpg", "image/jpeg", TestFiles.jpeg()))
			.andExpect(status().isCreated()));

		as(this.requester, get(base())).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(shown.intValue())));
		as(this.requester, get(base() + "/{id}/content", hidden)).andExpect(status().isNotFound());
		as(this.agent, get(base())).andExpect(jsonPath("$.length()").value(2));
		as(this.agent, get(base() + "/{id}/content", hidden)).andExpect(status().isOk());
		as(this.requester, get("/api/v1/tickets/{id}/timeline", this.ticket.getId())).andExpect(
				jsonPath("$[?(@.kind == 'ATTACHED')].detail").value(org.hamcrest.Matchers.contains("photo.jpg")));
		as(this.requester,
				multipart(base()).file(TestFiles.part("a.txt", "text/plain", "x".getBytes()))
					.param("commentId", String.valueOf(note)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("commentId"));
	}

	@Test
	void whoSeesButNeitherWorksNorRaisedTheTicketMayNotAttach() throws Exception {
		upload(this.colleague, TestFiles.part("photo.jpg", "image/jpeg", TestFiles.jpeg()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTicketOutOfScopeIsNotFound() throws Exception {
		Long id = id(upload(this.agent, TestFiles.part("photo.jpg", "image/jpeg", TestFiles.jpeg())));
		UserAccount elsewhere = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.fixtures.establishment());
		as(elsewhere, get(base())).andExpect(status().isNotFound());
		as(elsewhere, get(base() + "/{id}/content", id)).andExpect(status().isNotFound());
		upload(elsewhere, TestFiles.part("photo.jpg", "image/jpeg", TestFiles.jpeg())).andExpect(status().isNotFound());
		Ticket other = this.fixtures.ticket(this.a, this.fixtures.team(this.a, TeamKind.IT),
				this.requester.getPerson());
		as(this.agent, get("/api/v1/tickets/{t}/attachments/{id}/content", other.getId(), id))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRolledBackAttachmentLeavesNoFile() {
		Attachment[] kept = new Attachment[1];
		this.transactions.executeWithoutResult(status -> {
			kept[0] = this.service.attachFromMail(this.ticket.getId(), null, "photo.jpg",
					new ByteArrayInputStream(TestFiles.jpeg()), null, "lea@example.org");
			assertThat(this.store.exists(kept[0].getStorageKey())).isTrue();
			status.setRollbackOnly();
		});
		assertThat(this.store.exists(kept[0].getStorageKey())).isFalse();
		assertThat(this.attachments.findById(kept[0].getId())).isEmpty();
	}

	@Test
	void filesFromMailFollowTheSameRules() {
		Attachment kept = this.service.attachFromMail(this.ticket.getId(), null, "photo.jpg",
				new ByteArrayInputStream(TestFiles.jpeg()), null, "lea@example.org");
		assertThat(this.store.exists(kept.getStorageKey())).isTrue();
		assertThat(kept.getUploadedByName()).isEqualTo("lea@example.org");
		assertThatThrownBy(() -> this.service.attachFromMail(this.ticket.getId(), null, "facture.pdf",
				new ByteArrayInputStream(TestFiles.program()), null, "x@example.org"))
			.hasMessageContaining("AttachmentTypeNotAllowed");
	}

	@Test
	void anAgentRemovesAFileWithAReasonAndOnlyTheTraceRemains() throws Exception {
		Long id = id(upload(this.requester, TestFiles.part("visage.jpg", "image/jpeg", TestFiles.jpeg())));
		String key = this.attachments.findById(id).orElseThrow().getStorageKey();
		as(this.agent,
				post(base() + "/{id}/removal", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"reason\": \"Le visage d'un patient est visible\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.removalReason").value("Le visage d'un patient est visible"))
			.andExpect(jsonPath("$.content").doesNotExist());
		assertThat(this.store.exists(key)).isFalse();
		as(this.requester, get(base() + "/{id}/content", id)).andExpect(status().isNotFound());
		as(this.requester, get(base())).andExpect(jsonPath("$[0].filename").value("visage.jpg"))
			.andExpect(jsonPath("$[0].removedAt").isNotEmpty());
		as(this.requester, get("/api/v1/tickets/{id}/timeline", this.ticket.getId()))
			.andExpect(jsonPath("$[?(@.kind == 'ATTACHMENT_REMOVED')].detail").value("visage.jpg"));
		as(this.agent, post(base() + "/{id}/removal", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"encore\"}")).andExpect(status().isNotFound());
	}

	@Test
	void aRemovalNeedsAReasonAndAnAgentAndChangesNothingOtherwise() throws Exception {
		Long id = id(upload(this.requester, TestFiles.part("photo.jpg", "image/jpeg", TestFiles.jpeg())));
		as(this.agent,
				post(base() + "/{id}/removal", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"reason\": \"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotBlank"));
		as(this.agent,
				post(base() + "/{id}/removal", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"reason\": \"" + "x".repeat(201) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("Size"));
		as(this.requester, post(base() + "/{id}/removal", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Je me suis trompée\"}")).andExpect(status().isForbidden());
		Attachment kept = this.attachments.findById(id).orElseThrow();
		assertThat(kept.isRemoved()).isFalse();
		assertThat(this.store.exists(kept.getStorageKey())).isTrue();
	}

	private static Long id(ResultActions created) throws Exception {
		return ((Number) com.jayway.jsonpath.JsonPath.read(created.andReturn().getResponse().getContentAsString(),
				"$.id"))
			.longValue();
	}

}
