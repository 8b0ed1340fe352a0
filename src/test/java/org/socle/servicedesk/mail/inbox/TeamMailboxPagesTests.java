package org.socle.servicedesk.mail.inbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.mail.MailIntegrationTest;
import org.socle.testing.Fixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Team leads and administrators configure their teams' mailboxes. */
class TeamMailboxPagesTests extends MailIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TeamMailboxRepository mailboxes;

	@Autowired
	JdbcClient jdbc;

	Establishment a;

	Team team;

	UserAccount lead;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		this.lead = this.fixtures.teamAccount(Role.TEAM_LEAD, this.team);
	}

	@Test
	void aTeamLeadSetsUpTheMailboxAndItsPasswordIsNeverShownBack() throws Exception {
		this.mvc.perform(save(this.lead, null).param("password", "Tres-s3cret"))
			.andExpect(redirectedUrl("/servicedesk/mailboxes"));
		TeamMailbox saved = this.mailboxes.findByTeamId(this.team.getId()).orElseThrow();
		assertThat(saved.getPassword()).isEqualTo("Tres-s3cret");
		assertThat(this.jdbc.sql("select password from sd_team_mailbox where id = ?")
			.param(saved.getId())
			.query(String.class)
			.single()).startsWith("{aes-gcm}").doesNotContain("Tres-s3cret");
		assertThat(saved.getCreatedBy()).isEqualTo(this.lead.getLogin());
		this.mvc.perform(this.fixtures.as(this.lead, get("/servicedesk/mailboxes/{id}", this.team.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("support@example.org")))
			.andExpect(content().string(not(containsString("Tres-s3cret"))));
		this.mvc.perform(this.fixtures.as(this.lead, get("/servicedesk/mailboxes")))
			.andExpect(content().string(containsString(this.team.getName())));
	}

	@Test
	void aBlankPasswordKeepsTheStoredOneButANewMailboxNeedsOne() throws Exception {
		this.mvc.perform(save(this.lead, null)).andExpect(status().isOk());
		assertThat(this.mailboxes.findByTeamId(this.team.getId())).isEmpty();
		this.mvc.perform(save(this.lead, null).param("password", "premier")).andExpect(status().is3xxRedirection());
		this.mvc.perform(save(this.lead, 0L, "imap2.example.org")).andExpect(status().is3xxRedirection());
		TeamMailbox saved = this.mailboxes.findByTeamId(this.team.getId()).orElseThrow();
		assertThat(saved.getImapHost()).isEqualTo("imap2.example.org");
		assertThat(saved.getPassword()).isEqualTo("premier");
	}

	@Test
	void aSaveBasedOnAStaleVersionIsRefusedAndChangesNothing() throws Exception {
		this.mvc.perform(save(this.lead, null).param("password", "premier")).andExpect(status().is3xxRedirection());
		this.mvc.perform(save(this.lead, 7L, "ailleurs.example.org"))
			.andExpect(redirectedUrl("/servicedesk/mailboxes/" + this.team.getId()));
		assertThat(this.mailboxes.findByTeamId(this.team.getId()).orElseThrow().getImapHost())
			.isEqualTo("imap.example.org");
	}

	@Test
	void anAgentOfTheTeamMayNotConfigureItsMailbox() throws Exception {
		UserAccount agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.mvc.perform(save(agent, null).param("password", "x")).andExpect(status().isForbidden());
		this.mvc.perform(this.fixtures.as(agent, get("/servicedesk/mailboxes/{id}", this.team.getId())))
			.andExpect(status().isForbidden());
		assertThat(this.mailboxes.findByTeamId(this.team.getId())).isEmpty();
	}

	private MockHttpServletRequestBuilder save(UserAccount account, Long version) {
		return save(account, version, "imap.example.org");
	}

	private MockHttpServletRequestBuilder save(UserAccount account, Long version, String host) {
		MockHttpServletRequestBuilder request = this.fixtures
			.as(account, post("/servicedesk/mailboxes/{id}", this.team.getId()))
			.param("address", "support@example.org")
			.param("imapHost", host)
			.param("imapPort", "993")
			.param("ssl", "true")
			.param("username", "support")
			.param("folder", "INBOX")
			.param("enabled", "true");
		return (version != null) ? request.param("version", String.valueOf(version)) : request;
	}

}
