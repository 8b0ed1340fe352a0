package org.socle.servicedesk.mail.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.directory.team.TeamRole;
import org.socle.servicedesk.mail.MailFixtures;
import org.socle.servicedesk.mail.MailIntegrationTest;
import org.socle.servicedesk.mail.MailServer;
import org.socle.servicedesk.ticket.TicketRepository;
import org.socle.testing.Fixtures;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who hears of what, in which language: real mails through the in-process SMTP server.
 */
class OutgoingMailTests extends MailIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MailFixtures mail;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	JsonMapper json;

	@Autowired
	TicketRepository tickets;

	Establishment a;

	Team team;

	UserAccount agent;

	UserAccount french;

	UserAccount english;

	@BeforeEach
	void world() {
		MailServer.start();
		this.a = this.fixtures.establishment();
		this.team = this.mail.withEmail(this.fixtures.team(this.a, TeamKind.IT));
		this.agent = this.mail.teamAccount(Role.AGENT, this.team, "fr");
		this.fixtures.member(this.team, this.agent.getPerson(), TeamRole.AGENT);
		this.french = this.mail.establishmentAccount(Role.STAFF, this.a, "fr");
		this.english = this.mail.establishmentAccount(Role.STAFF, this.a, "en");
	}

	@Test
	void creationTellsTheRequesterAndTheOnBehalfPersonInTheirLanguageAndTheTeam() throws Exception {
		Long id = open(this.agent, "requesterId", this.french.getPerson().getId(), "onBehalfOfId",
				this.english.getPerson().getId());
		send();
		String number = number(id);
		MimeMessage toFrench = only(this.french);
		assertThat(toFrench.getSubject()).isEqualTo("[" + number + "] Imprimante en panne");
		assertThat(body(toFrench)).contains("Votre demande " + number).contains("/servicedesk/tickets/" + id);
		assertThat(body(only(this.english))).contains("Your request " + number);
		List<MimeMessage> toTeam = MailServer.mailsTo(this.team.getEmail());
		assertThat(toTeam).hasSize(1);
		assertThat(toTeam.get(0).getSubject()).isEqualTo("[" + number + "] Nouveau ticket : Imprimante en panne");
		assertThat(toFrench.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
		assertThat(toFrench.getHeader(MailHeaders.OURS, null)).isEqualTo(String.valueOf(id));
		assertThat(toFrench.getHeader("In-Reply-To", null)).startsWith("<sd.ticket." + id + "@");
		assertThat(this.outbox.findByTicketIdOrderById(id)).extracting(OutboxMail::getMessageId)
			.contains(toFrench.getMessageID());
	}

	@Test
	void aPublicCommentGoesToTheRequesterButAnInternalNoteSendsNothing() throws Exception {
		Long id = open(this.english, "title", "Screen broken");
		send();
		int before = MailServer.mailsTo(email(this.english)).size();
		comment(this.agent, id, "Note pour l'équipe seulement", true);
		send();
		assertThat(MailServer.mailsTo(email(this.english))).hasSize(before);
		comment(this.agent, id, "We are on our way", false);
		send();
		List<MimeMessage> mails = MailServer.mailsTo(email(this.english));
		assertThat(mails).hasSize(before + 1);
		MimeMessage last = mails.get(mails.size() - 1);
		assertThat(last.getSubject()).isEqualTo("[" + number(id) + "] New message: Screen broken");
		assertThat(body(last)).contains("We are on our way").doesNotContain("Note pour");
	}

	@Test
	void theRequestersOwnCommentIsNotMailedBackToThem() throws Exception {
		Long id = open(this.french);
		send();
		int before = MailServer.mailsTo(email(this.french)).size();
		comment(this.french, id, "J'ajoute une précision", false);
		send();
		assertThat(MailServer.mailsTo(email(this.french))).hasSize(before);
	}

	@Test
	void resolutionTellsTheNoteAndHowToReopenInTheRequestersLanguage() throws Exception {
		Long id = open(this.english, "title", "Printer jammed");
		assign(this.agent, id, this.agent.getPerson().getId(), 0);
		transition(this.agent, id, Map.of("to", "RESOLVED", "resolutionCode", "FIXED", "resolutionNote",
				"Paper removed from the tray", "version", 1));
		send();
		MimeMessage resolved = MailServer.mailsTo(email(this.english))
			.stream()
			.filter(m -> subject(m).contains("Resolved"))
			.findFirst()
			.orElseThrow();
		assertThat(resolved.getSubject()).isEqualTo("[" + number(id) + "] Resolved: Printer jammed");
		assertThat(body(resolved)).contains("Paper removed from the tray")
			.contains("within 7 days")
			.contains("/servicedesk/tickets/" + id);
	}

	@Test
	void anAssigneeHearsOfAnAssignmentBySomeoneElseNotOfTakingATicketThemselves() throws Exception {
		UserAccount colleague = this.mail.teamAccount(Role.AGENT, this.team, "en");
		this.fixtures.member(this.team, colleague.getPerson(), TeamRole.AGENT);
		Long byLead = open(this.french);
		assign(this.agent, byLead, colleague.getPerson().getId(), 0);
		Long taken = open(this.french);
		assign(colleague, taken, colleague.getPerson().getId(), 0);
		send();
		List<MimeMessage> toColleague = MailServer.mailsTo(email(colleague));
		assertThat(toColleague).extracting(MailServer::subjectOf)
			.containsExactly("[" + number(byLead) + "] Assigned to you: Imprimante en panne");
	}

	@Test
	void aTeamWithoutAddressHearsThroughItsMembers() throws Exception {
		Team bare = this.fixtures.team(this.a, TeamKind.TECHNICAL);
		UserAccount member = this.mail.teamAccount(Role.AGENT, bare, "en");
		this.fixtures.member(bare, member.getPerson(), TeamRole.AGENT);
		Long id = open(this.french, "teamId", bare.getId());
		send();
		assertThat(MailServer.mailsTo(email(member))).extracting(MailServer::subjectOf)
			.containsExactly("[" + number(id) + "] New ticket: Imprimante en panne");
	}

	/**
	 * Sends every due mail: other tests of the run leave mails queued (they have no mail
	 * server), more than one batch of the job.
	 */
	private void send() {
		while (this.sender.sendDue(Instant.now()) > 0) {
			// next batch
		}
	}

	private MimeMessage only(UserAccount account) {
		List<MimeMessage> mails = MailServer.mailsTo(email(account));
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	static String email(UserAccount account) {
		return account.getPerson().getEmail();
	}

	static String body(MimeMessage message) throws Exception {
		return message.getContent().toString();
	}

	static String subject(MimeMessage message) {
		return MailServer.subjectOf(message);
	}

	private String number(Long id) {
		return this.tickets.findById(id).orElseThrow().getNumber();
	}

	private Long open(UserAccount account, Object... extra) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("type", "INCIDENT", "title", "Imprimante en panne",
				"teamId", this.team.getId(), "impact", 2, "urgency", 2));
		for (int i = 0; i < extra.length; i += 2) {
			body.put((String) extra[i], extra[i + 1]);
		}
		String answer = this.mvc.perform(json(this.fixtures.as(account, post("/api/v1/tickets")), body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(answer).get("id").asLong();
	}

	private void comment(UserAccount account, Long id, String text, boolean internal) throws Exception {
		this.mvc
			.perform(json(this.fixtures.as(account, post("/api/v1/tickets/{id}/comments", id)),
					Map.of("body", text, "internal", internal)))
			.andExpect(status().is2xxSuccessful());
	}

	private void assign(UserAccount account, Long id, Long assigneeId, long version) throws Exception {
		this.mvc
			.perform(json(this.fixtures.as(account, post("/api/v1/tickets/{id}/assignment", id)),
					Map.of("assigneeId", assigneeId, "version", version)))
			.andExpect(status().is2xxSuccessful());
	}

	private void transition(UserAccount account, Long id, Map<String, Object> command) throws Exception {
		this.mvc.perform(json(this.fixtures.as(account, post("/api/v1/tickets/{id}/transitions", id)), command))
			.andExpect(status().is2xxSuccessful());
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Map<String, ?> body)
			throws Exception {
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

}
