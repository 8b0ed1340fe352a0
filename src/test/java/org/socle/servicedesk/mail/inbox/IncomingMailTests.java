package org.socle.servicedesk.mail.inbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.mail.MailFixtures;
import org.socle.servicedesk.mail.MailIntegrationTest;
import org.socle.servicedesk.attachment.TestFiles;
import org.socle.servicedesk.mail.MailServer;
import org.socle.servicedesk.ticket.Channel;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketComment;
import org.socle.servicedesk.ticket.TicketCommentRepository;
import org.socle.servicedesk.ticket.TicketEventRepository;
import org.socle.servicedesk.ticket.TicketRepository;
import org.socle.testing.Fixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mail received by a team's mailbox, read over real IMAP: new tickets, replies, and what
 * must open nothing.
 */
class IncomingMailTests extends MailIntegrationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	MailFixtures mail;

	@Autowired
	MailboxPoller poller;

	@Autowired
	TeamMailboxRepository mailboxes;

	@Autowired
	TicketRepository tickets;

	@Autowired
	TicketCommentRepository comments;

	@Autowired
	TicketEventRepository events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	Establishment a;

	Team team;

	GreenMailUser desk;

	Person known;

	@BeforeEach
	void world() {
		MailServer.start();
		this.a = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		String address = "desk." + Fixtures.unique() + "@example.org";
		this.desk = MailServer.server().setUser(address, address, "secret");
		MailboxForm form = new MailboxForm();
		form.setAddress(address);
		form.setImapHost("127.0.0.1");
		form.setImapPort(MailServer.imapPort());
		form.setSsl(false);
		form.setUsername(address);
		form.setPassword("secret");
		TeamMailbox mailbox = new TeamMailbox(this.team.getId());
		mailbox.update(form);
		this.mailboxes.saveAndFlush(mailbox);
		this.known = this.mail.person(this.a);
	}

	@Test
	void aNewMailFromAKnownPersonOpensATicketForThemInTheMailboxsTeam() throws Exception {
		MimeMessage message = message(this.known.getEmail(), "Imprimante en panne au 3e", "Plus rien ne sort.");
		deliver(message);
		this.poller.pollAll();
		Ticket ticket = ticketOf(message).orElseThrow();
		assertThat(ticket.getRequesterId()).isEqualTo(this.known.getId());
		assertThat(ticket.getTeamId()).isEqualTo(this.team.getId());
		assertThat(ticket.getEstablishmentId()).isEqualTo(this.a.getId());
		assertThat(ticket.getChannel()).isEqualTo(Channel.EMAIL);
		assertThat(ticket.getTitle()).isEqualTo("Imprimante en panne au 3e");
		assertThat(ticket.getDescription()).isEqualTo("Plus rien ne sort.");
		assertThat(ticket.getImpact()).isEqualTo(InboundMail.IMPACT);
		assertThat(this.events.timelineOf(ticket.getId()).get(0).event().getActorName()).isEqualTo("mail");
		assertThat(ticket.getCreatedBy()).isEqualTo("mail");
		assertThat(inboxFlags()).allMatch(flags -> flags.contains(Flags.Flag.SEEN));
	}

	@Test
	void aMailFromAnUnknownAddressOpensATicketToTriageWithThatAddress() throws Exception {
		String stranger = "inconnu." + Fixtures.unique() + "@ailleurs.example";
		MimeMessage message = message(stranger, "Badge refusé", "Mon badge ne passe plus.");
		deliver(message);
		this.poller.pollAll();
		Ticket ticket = ticketOf(message).orElseThrow();
		assertThat(ticket.getRequesterId()).isNull();
		assertThat(ticket.getUnknownRequesterEmail()).isEqualTo(stranger);
		assertThat(ticket.getEstablishmentId()).isEqualTo(this.a.getId());
		UserAccount agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.mvc.perform(this.fixtures.as(agent, get("/servicedesk/tickets/{id}", ticket.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("mailto:" + stranger)));
	}

	@Test
	void aReplyNamingTheTicketInItsSubjectBecomesAPublicCommentByTheRequester() throws Exception {
		Ticket ticket = this.fixtures.ticket(this.a, this.team, this.known);
		deliver(message(this.known.getEmail(), "RE: [" + ticket.getNumber() + "] " + ticket.getTitle(),
				"C'est reparti, merci !\n\nLe 24/11/2026 à 10:00, Centre de services a écrit :\n> Bonjour,\n> Votre demande"));
		this.poller.pollAll();
		List<TicketComment> added = this.comments.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId());
		assertThat(added).hasSize(1);
		assertThat(added.get(0).isInternal()).isFalse();
		assertThat(added.get(0).getAuthorId()).isEqualTo(this.known.getId());
		assertThat(added.get(0).getBody()).isEqualTo("C'est reparti, merci !");
		assertThat(this.tickets.findById(ticket.getId()).orElseThrow().getStatus()).isEqualTo(ticket.getStatus());
	}

	@Test
	void aReplyToOneOfOurMailsIsMatchedByInReplyToWithoutNumberInItsSubject() throws Exception {
		Ticket ticket = this.fixtures.ticket(this.a, this.team, this.known);
		String ours = "<sd." + ticket.getId() + ".test-" + Fixtures.unique() + "@socle.local>";
		this.jdbc
			.sql("insert into sd_mail_outbox (ticket_id, recipient, locale, subject, body_text, message_id,"
					+ " status, next_attempt_at, created_at) values (?, ?, 'fr', 's', 'b', ?, 'SENT', now(), now())")
			.params(ticket.getId(), this.known.getEmail(), ours)
			.update();
		MimeMessage reply = message(this.known.getEmail(), "Re: votre message", "Toujours en panne.");
		reply.setHeader("In-Reply-To", ours);
		reply.setHeader("References", "<autre@example.org> " + ours);
		deliver(reply);
		this.poller.pollAll();
		assertThat(this.comments.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId()))
			.extracting(TicketComment::getBody)
			.containsExactly("Toujours en panne.");
		assertThat(ticketOf(reply)).map(Ticket::getId).contains(ticket.getId());
	}

	@Test
	void aReplyFromSomeoneWhoTakesNoPartBecomesAnInternalNote() throws Exception {
		Ticket ticket = this.fixtures.ticket(this.a, this.team, this.known);
		Person other = this.mail.person(this.a);
		deliver(message(other.getEmail(), "[" + ticket.getNumber() + "] info", "Je ne suis pas concerné."));
		this.poller.pollAll();
		List<TicketComment> added = this.comments.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId());
		assertThat(added).hasSize(1);
		assertThat(added.get(0).isInternal()).isTrue();
	}

	@Test
	void autoRepliesAndOurOwnMailComingBackOpenNothing() throws Exception {
		MimeMessage away = message(this.known.getEmail(), "Je suis en congés", "Retour lundi.");
		away.setHeader("Auto-Submitted", "auto-replied");
		MimeMessage loop = message(this.known.getEmail(), "[INC-999999999] Nouveau ticket : boucle", "Transféré.");
		loop.setHeader("X-Socle-Ticket", "1");
		MimeMessage outOfOffice = message(this.known.getEmail(), "Réponse automatique : absence", "Absent.");
		deliver(away);
		deliver(loop);
		deliver(outOfOffice);
		long before = this.tickets.count();
		this.poller.pollAll();
		assertThat(this.tickets.count()).isEqualTo(before);
		assertThat(outcomeOf(away)).isEqualTo("DROPPED");
		assertThat(outcomeOf(loop)).isEqualTo("DROPPED");
		assertThat(outcomeOf(outOfOffice)).isEqualTo("DROPPED");
	}

	@Test
	void theSameMessageReadTwiceOpensOneTicket() throws Exception {
		MimeMessage message = message(this.known.getEmail(), "Écran noir " + Fixtures.unique(), "Rien.");
		deliver(message);
		deliver(message);
		long before = this.tickets.count();
		this.poller.pollAll();
		this.poller.pollAll();
		assertThat(this.tickets.count()).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("select count(*) from sd_mail_inbox_seen where message_id = ?")
			.param(message.getMessageID())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theFilesOfAMailAreKeptAsTheTicketsAttachments() throws Exception {
		MimeMessage message = withFile(message(this.known.getEmail(), "Écran cassé", "Photo jointe."), "ecran.jpg",
				"image/jpeg", TestFiles.jpeg());
		deliver(message);
		this.poller.pollAll();
		Ticket ticket = ticketOf(message).orElseThrow();
		assertThat(this.jdbc
			.sql("select filename || ' ' || content_type || ' ' || uploaded_by_id from sd_attachment"
					+ " where ticket_id = ?")
			.param(ticket.getId())
			.query(String.class)
			.list()).containsExactly("ecran.jpg image/jpeg " + this.known.getId());
	}

	@Test
	void aFileTheRulesRefuseIsNotKeptAndAnInternalNoteSaysSoWhileTheMailStillOpensTheTicket() throws Exception {
		MimeMessage message = withFile(message(this.known.getEmail(), "Facture", "Voir pièce jointe."), "facture.jpg",
				"image/jpeg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
		deliver(message);
		this.poller.pollAll();
		Ticket ticket = ticketOf(message).orElseThrow();
		assertThat(this.jdbc.sql("select count(*) from sd_attachment where ticket_id = ?")
			.param(ticket.getId())
			.query(Long.class)
			.single()).isZero();
		List<TicketComment> notes = this.comments.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId());
		assertThat(notes).hasSize(1);
		assertThat(notes.get(0).isInternal()).isTrue();
		assertThat(notes.get(0).getBody()).contains("facture.jpg").contains("type accepté");
	}

	private MimeMessage withFile(MimeMessage message, String filename, String type, byte[] content) throws Exception {
		MimeBodyPart text = new MimeBodyPart();
		text.setText((String) message.getContent(), "UTF-8");
		MimeBodyPart file = new MimeBodyPart();
		file.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
		file.setFileName(filename);
		file.setDisposition(Part.ATTACHMENT);
		message.setContent(new MimeMultipart(text, file));
		message.saveChanges();
		return message;
	}

	private MimeMessage message(String from, String subject, String text) throws Exception {
		MimeMessage message = new KeptIdMessage(Session.getInstance(new Properties()));
		message.setFrom(new InternetAddress(from));
		message.setRecipients(MimeMessage.RecipientType.TO, this.desk.getEmail());
		message.setSubject(subject, "UTF-8");
		message.setText(text, "UTF-8");
		message.setHeader("Message-ID", "<test." + Fixtures.unique() + "@example.org>");
		return message;
	}

	private void deliver(MimeMessage message) {
		this.desk.deliver(message);
	}

	private List<Flags> inboxFlags() throws Exception {
		return MailServer.server()
			.getManagers()
			.getImapHostManager()
			.getInbox(this.desk)
			.getMessages()
			.stream()
			.map(m -> m.getFlags())
			.toList();
	}

	private Optional<Ticket> ticketOf(MimeMessage message) throws Exception {
		return this.jdbc.sql("select ticket_id from sd_mail_inbox_seen where message_id = ?")
			.param(message.getMessageID())
			.query(Long.class)
			.optional()
			.flatMap(this.tickets::findById);
	}

	private String outcomeOf(MimeMessage message) throws Exception {
		return this.jdbc.sql("select outcome from sd_mail_inbox_seen where message_id = ?")
			.param(message.getMessageID())
			.query(String.class)
			.single();
	}

	/** A message whose Message-ID stays the one the test gave it. */
	static final class KeptIdMessage extends MimeMessage {

		KeptIdMessage(Session session) {
			super(session);
		}

		@Override
		protected void updateMessageID() {
		}

	}

}
