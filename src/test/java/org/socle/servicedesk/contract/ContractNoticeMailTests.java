package org.socle.servicedesk.contract;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.directory.team.TeamRole;
import org.socle.inventory.contract.ContractReminders;
import org.socle.servicedesk.mail.MailFixtures;
import org.socle.servicedesk.mail.MailIntegrationTest;
import org.socle.servicedesk.mail.MailServer;
import org.socle.servicedesk.mail.outbox.OutboxSender;
import org.socle.testing.Fixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contract's notice date is near: the owner team's members are mailed once, in their
 * language, with the dates and the contract's link. Real mails through the in-process
 * SMTP server.
 */
class ContractNoticeMailTests extends MailIntegrationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	MailFixtures mail;

	@Autowired
	ContractReminders reminders;

	@Autowired
	OutboxSender sender;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOwnerTeamIsMailedOnceWhenAContractsNoticeDateDrawsNear() throws Exception {
		MailServer.start();
		Establishment a = this.fixtures.establishment();
		Team team = this.fixtures.team(a, TeamKind.BIOMEDICAL);
		UserAccount engineer = this.mail.teamAccount(Role.AGENT, team, "en");
		this.fixtures.member(team, engineer.getPerson(), TeamRole.LEAD);
		String reference = "MAINT-" + Fixtures.unique();
		LocalDate noticeOn = LocalDate.now().plusDays(20);
		long contract = contract(a, team, reference, noticeOn);

		this.reminders.remind();
		this.reminders.remind();
		for (int run = 0; run < 50 && waiting(engineer) > 0; run++) {
			this.sender.sendDue(Instant.now());
		}

		List<MimeMessage> mails = MailServer.mailsTo(engineer.getPerson().getEmail())
			.stream()
			.filter(m -> MailServer.subjectOf(m).contains(reference))
			.toList();
		assertThat(mails).hasSize(1);
		assertThat(MailServer.subjectOf(mails.get(0))).startsWith("Contract notice date ahead: " + reference);
		assertThat(mails.get(0).getContent().toString())
			.contains(String.format("%02d/%02d/%d", noticeOn.getDayOfMonth(), noticeOn.getMonthValue(),
					noticeOn.getYear()))
			.contains("/inventory/contracts/" + contract);
	}

	private long contract(Establishment a, Team team, String reference, LocalDate noticeOn) {
		Timestamp now = Timestamp.from(Instant.now());
		long supplier = this.jdbc.sql("""
				insert into inv_supplier (name, created_at, created_by, last_modified_at, last_modified_by)
				values (?, ?, 'test', ?, 'test') returning id""")
			.params("Biomed Services " + Fixtures.unique(), now, now)
			.query(Long.class)
			.single();
		return this.jdbc.sql("""
				insert into inv_contract (kind, supplier_id, reference, establishment_id, owner_team_id, starts_on,
				 ends_on, notice_days, notice_on, created_at, created_by, last_modified_at, last_modified_by)
				values ('MAINTENANCE', ?, ?, ?, ?, ?, ?, 30, ?, ?, 'test', ?, 'test') returning id""")
			.params(supplier, reference, a.getId(), team.getId(), noticeOn.minusYears(1), noticeOn.plusDays(30),
					noticeOn, now, now)
			.query(Long.class)
			.single();
	}

	private long waiting(UserAccount account) {
		return this.jdbc.sql("select count(*) from sd_mail_outbox where status = 'QUEUED' and recipient = ?")
			.params(account.getPerson().getEmail())
			.query(Long.class)
			.single();
	}

}
