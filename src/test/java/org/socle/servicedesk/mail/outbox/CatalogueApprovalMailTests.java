package org.socle.servicedesk.mail.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.catalogue.CatalogueRows;
import org.socle.servicedesk.mail.MailFixtures;
import org.socle.servicedesk.mail.MailIntegrationTest;
import org.socle.servicedesk.mail.MailServer;
import org.socle.testing.Fixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mails of a catalogue request that needs an approval: the approver is asked with the
 * link to their approvals page; the requester hears of the approval or of the refusal and
 * its reason. Real mails through the in-process SMTP server.
 */
class CatalogueApprovalMailTests extends MailIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MailFixtures mail;

	@Autowired
	OutboxSender sender;

	@Autowired
	JdbcClient jdbc;

	UserAccount nurse;

	UserAccount approver;

	Long service;

	Long item;

	@BeforeEach
	void world() {
		MailServer.start();
		Establishment a = this.fixtures.establishment();
		Team team = this.fixtures.team(a, TeamKind.IT);
		this.nurse = this.mail.establishmentAccount(Role.STAFF, a, "fr");
		this.approver = this.mail.establishmentAccount(Role.STAFF, a, "en");
		this.service = new CatalogueRows(this.jdbc).service(team.getId(), a.getId(), "LIVE");
		this.item = this.jdbc.sql("""
				insert into sd_service_item (service_id, label_fr, label_en, approval, approver_id, created_at,
				    created_by, last_modified_at, last_modified_by)
				values (?, 'Formulaire', 'Form', 'NAMED_APPROVER', ?, ?, 'test', ?, 'test') returning id""")
			.params(this.service, this.approver.getPerson().getId(), Timestamp.from(Instant.now()),
					Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
	}

	@Test
	void theApproverIsAskedByMailWithTheLinkToTheApprovalsPageInTheirLanguage() throws Exception {
		request();
		send();
		MimeMessage asked = only(this.approver, "Request to approve: ");
		assertThat(OutgoingMailTests.body(asked)).contains("/portal/approvals").contains(name(this.nurse));
		assertThat(asked.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
		assertThat(asked.getHeader(MailHeaders.OURS, null)).isNull();
		assertThat(MailServer.mailsTo(OutgoingMailTests.email(this.nurse))).isEmpty();
	}

	@Test
	void theRequesterIsToldOfTheApprovalOnTheTicketsThread() throws Exception {
		Long request = request();
		as(this.approver, post("/portal/approvals/{id}/approve", request).param("comment", "Go ahead"))
			.andExpect(status().is3xxRedirection());
		send();
		Long ticket = this.jdbc.sql("select ticket_id from sd_service_request where id = ?")
			.param(request)
			.query(Long.class)
			.single();
		MimeMessage approved = only(this.nurse, "Demande approuvée");
		assertThat(OutgoingMailTests.body(approved)).contains("Go ahead").contains("/servicedesk/tickets/" + ticket);
		assertThat(approved.getHeader(MailHeaders.OURS, null)).isEqualTo(String.valueOf(ticket));
	}

	@Test
	void theRequesterIsToldOfARefusalAndItsReason() throws Exception {
		Long request = request();
		as(this.approver, post("/portal/approvals/{id}/refuse", request).param("comment", "No budget this year"))
			.andExpect(status().is3xxRedirection());
		send();
		MimeMessage refused = only(this.nurse, "Demande refusée : ");
		assertThat(OutgoingMailTests.body(refused)).contains("No budget this year")
			.contains("/portal/catalogue/requests")
			.contains(name(this.approver));
	}

	private Long request() throws Exception {
		as(this.nurse, post("/portal/catalogue/{s}/items/{i}", this.service, this.item))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.sql("select max(id) from sd_service_request where requester_id = ?")
			.param(this.nurse.getPerson().getId())
			.query(Long.class)
			.single();
	}

	/** The one mail to the account whose subject starts so. */
	private static MimeMessage only(UserAccount account, String subject) {
		List<MimeMessage> mails = MailServer.mailsTo(OutgoingMailTests.email(account))
			.stream()
			.filter(m -> OutgoingMailTests.subject(m).contains(subject))
			.toList();
		assertThat(mails).as("subjects of the mails to %s: %s", OutgoingMailTests.email(account),
				MailServer.mailsTo(OutgoingMailTests.email(account)).stream().map(OutgoingMailTests::subject).toList())
			.hasSize(1);
		return mails.get(0);
	}

	private static String name(UserAccount account) {
		return account.getPerson().getFirstName() + " " + account.getPerson().getLastName();
	}

	/**
	 * Sends due mails until none to this test's people waits: other tests leave mails
	 * queued (some refused, retried later), more than one batch of the job.
	 */
	private void send() {
		for (int run = 0; run < 50 && waiting() > 0; run++) {
			this.sender.sendDue(Instant.now());
		}
		assertThat(waiting()).isZero();
	}

	private long waiting() {
		return this.jdbc.sql("select count(*) from sd_mail_outbox where status = 'QUEUED' and recipient in (?, ?)")
			.params(OutgoingMailTests.email(this.nurse), OutgoingMailTests.email(this.approver))
			.query(Long.class)
			.single();
	}

	private ResultActions as(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(this.fixtures.as(account, request));
	}

}
