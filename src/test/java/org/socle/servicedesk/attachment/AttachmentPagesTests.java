package org.socle.servicedesk.attachment;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The attachments section of the ticket page. */
@SocleIntegrationTest
class AttachmentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AttachmentRepository attachments;

	private AbstractMockHttpServletRequestBuilder<?> as(UserAccount account,
			AbstractMockHttpServletRequestBuilder<?> request) {
		return request.with(user(this.fixtures.principal(account))).with(csrf());
	}

	@Test
	void theRequesterAttachesAPhotoFromTheTicketPageAndSeesItsThumbnail() throws Exception {
		Establishment a = this.fixtures.establishment();
		Team team = this.fixtures.team(a, TeamKind.IT);
		UserAccount requester = this.fixtures.establishmentAccount(Role.STAFF, a);
		Ticket ticket = this.fixtures.ticket(a, team, requester.getPerson());
		String base = "/servicedesk/tickets/" + ticket.getId();

		Document page = Jsoup.parse(this.mvc.perform(this.fixtures.as(requester, get(base)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#attachment-form").attr("hx-encoding")).isEqualTo("multipart/form-data");
		assertThat(page.select("#attachment-file").attr("accept")).contains("image/*", ".pdf", ".docx");
		assertThat(page.select("#attachment-photo").attr("capture")).isEqualTo("environment");

		String work = this.mvc
			.perform(as(requester,
					multipart(base + "/attachments").file(TestFiles.part("", "application/octet-stream", new byte[0]))
						.file(TestFiles.part("poste.jpg", "image/jpeg", TestFiles.jpeg())))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document fragment = Jsoup.parse(work);
		assertThat(fragment.select("#action-message")).isEmpty();
		assertThat(fragment.select("#attachment-list .attachment-name").text()).isEqualTo("poste.jpg");
		String thumbnail = fragment.select("#attachment-list img.attachment-thumb").attr("src");
		assertThat(fragment.select("#timeline").text()).contains("poste.jpg");

		this.mvc.perform(this.fixtures.as(requester, get(thumbnail)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", "sandbox; default-src 'none'"));
	}

	@Test
	void aRefusedFileIsToldInTheWorkArea() throws Exception {
		Establishment a = this.fixtures.establishment();
		Team team = this.fixtures.team(a, TeamKind.IT);
		UserAccount agent = this.fixtures.teamAccount(Role.AGENT, team);
		Ticket ticket = this.fixtures.ticket(a, team, this.fixtures.person(a));

		String work = this.mvc
			.perform(as(agent,
					multipart("/servicedesk/tickets/{id}/attachments", ticket.getId())
						.file(TestFiles.part("photo.png", "image/png", TestFiles.html())))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(work).select("#action-message").text()).contains("photo.png")
			.contains("n'est pas d'un type accepté");
		assertThat(this.attachments.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())).isEmpty();
	}

	@Test
	void anAgentRemovesAFileFromTheWorkAreaAndTheListKeepsWhoAndWhy() throws Exception {
		Establishment a = this.fixtures.establishment();
		Team team = this.fixtures.team(a, TeamKind.IT);
		UserAccount agent = this.fixtures.teamAccount(Role.AGENT, team);
		Ticket ticket = this.fixtures.ticket(a, team, this.fixtures.person(a));
		String base = "/servicedesk/tickets/" + ticket.getId() + "/attachments";
		this.mvc
			.perform(as(agent, multipart(base).file(TestFiles.part("patient.jpg", "image/jpeg", TestFiles.jpeg()))));
		Long id = this.attachments.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId()).get(0).getId();

		String refused = this.mvc
			.perform(as(agent, post(base + "/{aid}/removal", id).param("reason", "")).header("HX-Request", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(refused).select("#action-message").text()).isNotBlank();
		assertThat(this.attachments.findById(id).orElseThrow().isRemoved()).isFalse();

		String work = this.mvc
			.perform(as(agent, post(base + "/{aid}/removal", id).param("reason", "Visage d'un patient"))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document fragment = Jsoup.parse(work);
		assertThat(fragment.select("#attachment-" + id + ".attachment-removed").text()).contains("patient.jpg")
			.contains("Visage d'un patient");
		assertThat(fragment.select("#attachment-list img")).isEmpty();
		assertThat(fragment.select("#timeline").text()).contains("Pièce jointe retirée");
	}

}
