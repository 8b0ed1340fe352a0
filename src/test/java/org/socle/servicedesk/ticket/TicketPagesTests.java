package org.socle.servicedesk.ticket;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.directory.team.TeamRole;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agents' pages: queues, the new ticket form, the ticket page and its htmx actions.
 */
@SocleIntegrationTest
class TicketPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TicketRepository tickets;

	@Autowired
	TicketEventRepository events;

	@Autowired
	TicketCommentRepository comments;

	@Autowired
	TimeEntryRepository timeEntries;

	Establishment a;

	Team team;

	UserAccount agent;

	UserAccount staff;

	UserAccount requester;

	Ticket ticket;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.fixtures.member(this.team, this.agent.getPerson(), TeamRole.AGENT);
		this.staff = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		this.requester = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		this.ticket = this.fixtures.ticket(this.a, this.team, this.requester.getPerson());
	}

	ResultActions as(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(this.fixtures.principal(account))));
	}

	ResultActions htmx(MockHttpServletRequestBuilder request) throws Exception {
		return as(this.agent, request.header("HX-Request", "true"));
	}

	private Ticket current() {
		return this.tickets.findById(this.ticket.getId()).orElseThrow();
	}

	private String url(String action) {
		return "/servicedesk/tickets/" + this.ticket.getId() + action;
	}

	@Test
	void theTeamsQueueShowsTheTicketToAnAgentOfTheTeam() throws Exception {
		as(this.agent, get("/servicedesk/queues?view=TEAMS")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(this.ticket.getNumber())));
		as(this.agent, get("/servicedesk/queues?view=UNASSIGNED")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(this.ticket.getNumber())));
		as(this.agent, get("/servicedesk/queues?view=MINE")).andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(this.ticket.getNumber()))));
	}

	@Test
	void myTeamsAreTheTeamsIAmAMemberOf() throws Exception {
		UserAccount establishmentAgent = this.fixtures.establishmentAccount(Role.AGENT, this.a);
		this.fixtures.member(this.team, establishmentAgent.getPerson(), TeamRole.AGENT);
		Team other = this.fixtures.team(this.a, TeamKind.IT);
		Ticket otherTicket = this.fixtures.ticket(this.a, other, this.requester.getPerson());
		String body = as(establishmentAgent, get("/servicedesk/queues?view=TEAMS")).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains(this.ticket.getNumber()).doesNotContain(otherTicket.getNumber());
		String all = as(establishmentAgent, get("/servicedesk/queues?view=ALL")).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all).contains(this.ticket.getNumber()).contains(otherTicket.getNumber());
	}

	@Test
	void filtersRefreshOnlyTheResultsInPlace() throws Exception {
		String body = htmx(get("/servicedesk/queues?view=TEAMS&status=NEW&q=" + this.ticket.getTitle()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains(this.ticket.getNumber()).contains("id=\"results\"").doesNotContain("<nav class");
		String closed = htmx(get("/servicedesk/queues?view=TEAMS&status=CLOSED")).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(closed).doesNotContain(this.ticket.getNumber());
	}

	@Test
	void aStaffAccountHasNoTeamQueue() throws Exception {
		String body = as(this.staff, get("/servicedesk/queues?view=TEAMS")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain(this.ticket.getNumber());
		String unassigned = as(this.staff, get("/servicedesk/queues?view=UNASSIGNED")).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unassigned).doesNotContain(this.ticket.getNumber());
	}

	@Test
	void theQueueExportsAsCsv() throws Exception {
		String csv = as(this.agent, get("/servicedesk/queues/export.csv?view=TEAMS")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains("number").contains(this.ticket.getNumber());
	}

	@Test
	void anAgentOpensATicketForSomeoneByPhone() throws Exception {
		as(this.agent, get("/servicedesk/tickets/new")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"PHONE\" selected")));
		long before = this.tickets.count();
		String title = "Imprimante en panne " + Fixtures.unique();
		as(this.agent,
				post("/servicedesk/tickets").param("type", "INCIDENT")
					.param("title", title)
					.param("teamId", String.valueOf(this.team.getId()))
					.param("requesterId", String.valueOf(this.requester.getPerson().getId()))
					.param("impact", "1")
					.param("urgency", "2")
					.param("channel", "PHONE"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/servicedesk/tickets/*"));
		assertThat(this.tickets.count()).isEqualTo(before + 1);
		Ticket created = this.tickets.findAll()
			.stream()
			.filter(t -> title.equals(t.getTitle()))
			.findFirst()
			.orElseThrow();
		assertThat(created.getChannel()).isEqualTo(Channel.PHONE);
		assertThat(created.getRequesterId()).isEqualTo(this.requester.getPerson().getId());
	}

	@Test
	void aNewTicketWithoutTitleComesBackAndWritesNothing() throws Exception {
		long before = this.tickets.count();
		as(this.agent,
				post("/servicedesk/tickets").param("type", "INCIDENT")
					.param("title", " ")
					.param("teamId", String.valueOf(this.team.getId()))
					.param("impact", "1")
					.param("urgency", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
		assertThat(this.tickets.count()).isEqualTo(before);
	}

	@Test
	void theRequesterSearchListsPeopleOfTheScope() throws Exception {
		String name = this.requester.getPerson().getLastName();
		as(this.agent, get("/servicedesk/tickets/people").param("q", name)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(name)));
	}

	@Test
	void theTicketPageShowsTheDescriptionAsEscapedText() throws Exception {
		Ticket t = current();
		t.setDescription("<script>alert(1)</script>");
		this.tickets.saveAndFlush(t);
		String page = as(this.agent, get(url(""))).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(this.ticket.getTitle())
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)")
			.contains("id=\"assign-me\"")
			.contains("ticket-keys.js");
	}

	@Test
	void anotherEstablishmentsTicketPageIsNotFound() throws Exception {
		Establishment b = this.fixtures.establishment();
		Team other = this.fixtures.team(b, TeamKind.IT);
		Ticket elsewhere = this.fixtures.ticket(b, other, this.fixtures.person(b));
		as(this.agent, get("/servicedesk/tickets/" + elsewhere.getId())).andExpect(status().isNotFound());
	}

	@Test
	void assignToMeAnswersWithTheRefreshedWorkArea() throws Exception {
		String body = htmx(post(url("/assign-to-me")).param("version", "0")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("id=\"work\"").doesNotContain("<nav class");
		assertThat(current().getAssigneeId()).isEqualTo(this.agent.getPerson().getId());
		assertThat(current().getStatus()).isEqualTo(TicketStatus.ASSIGNED);
	}

	@Test
	void resolvingNeedsACodeAndANote() throws Exception {
		htmx(post(url("/assign-to-me")).param("version", "0")).andExpect(status().isOk());
		long version = current().getVersion();
		htmx(post(url("/status")).param("to", "RESOLVED").param("version", String.valueOf(version)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"action-message\"")));
		assertThat(current().getStatus()).isEqualTo(TicketStatus.ASSIGNED);
		htmx(post(url("/status")).param("to", "RESOLVED")
			.param("resolutionCode", "FIXED")
			.param("resolutionNote", "Toner changé")
			.param("version", String.valueOf(version))).andExpect(status().isOk());
		assertThat(current().getStatus()).isEqualTo(TicketStatus.RESOLVED);
		assertThat(current().getResolutionCode()).isEqualTo("FIXED");
	}

	@Test
	void anIllegalTransitionIsShownInTheFragmentAndWritesNothing() throws Exception {
		long events = this.events.countByTicketId(this.ticket.getId());
		String body = htmx(post(url("/status")).param("to", "CLOSED").param("version", "0")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("id=\"action-message\"").contains("id=\"work\"");
		assertThat(current().getStatus()).isEqualTo(TicketStatus.NEW);
		assertThat(current().getVersion()).isZero();
		assertThat(this.events.countByTicketId(this.ticket.getId())).isEqualTo(events);
	}

	@Test
	void internalNotesAreShownToAgentsOnly() throws Exception {
		htmx(post(url("/comments")).param("body", "Réponse publique")).andExpect(status().isOk());
		htmx(post(url("/comments")).param("body", "Note secrète").param("internal", "true")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("timeline-internal")));
		assertThat(this.comments.findByTicketIdOrderByCreatedAtAscIdAsc(this.ticket.getId()))
			.extracting(TicketComment::isInternal)
			.containsExactly(false, true);
		String agentPage = as(this.agent, get(url(""))).andReturn().getResponse().getContentAsString();
		assertThat(agentPage).contains("Réponse publique").contains("Note secrète");
		String requesterPage = as(this.requester, get(url(""))).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(requesterPage).contains("Réponse publique")
			.doesNotContain("Note secrète")
			.doesNotContain("id=\"comment-form\"");
	}

	@Test
	void aBlankCommentIsRefusedAndWritesNothing() throws Exception {
		htmx(post(url("/comments")).param("body", "  ")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"action-message\"")));
		assertThat(this.comments.countByTicketId(this.ticket.getId())).isZero();
	}

	@Test
	void aTransferHandsTheTicketToTheOtherTeam() throws Exception {
		Team other = this.fixtures.team(this.a, TeamKind.IT);
		htmx(post(url("/transfer")).param("teamId", String.valueOf(other.getId())).param("version", "0"))
			.andExpect(status().isOk());
		assertThat(current().getTeamId()).isEqualTo(other.getId());
	}

	@Test
	void timeSpentIsLoggedAndZeroMinutesIsRefused() throws Exception {
		htmx(post(url("/time")).param("minutes", "0")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"action-message\"")));
		assertThat(this.timeEntries.countByTicketId(this.ticket.getId())).isZero();
		htmx(post(url("/time")).param("minutes", "15")).andExpect(status().isOk());
		assertThat(this.timeEntries.findByTicketIdOrderByWorkDateAscIdAsc(this.ticket.getId()))
			.extracting(TimeEntry::getMinutes)
			.containsExactly(15);
	}

	@Test
	void aStaffAccountMayNotWorkTheTicket() throws Exception {
		as(this.staff, post(url("/assign-to-me")).header("HX-Request", "true").param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(current().getAssigneeId()).isNull();
	}

	@Test
	void withoutHtmxAnActionRedirectsToTheTicket() throws Exception {
		as(this.agent, post(url("/time")).param("minutes", "5")).andExpect(status().is3xxRedirection());
		assertThat(this.timeEntries.countByTicketId(this.ticket.getId())).isEqualTo(1);
	}

}
