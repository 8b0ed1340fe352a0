package org.socle.servicedesk.link;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketRepository;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The ticket page's section of tags, watchers, related tickets and priority. */
@SocleIntegrationTest
class LinksPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	TicketRepository tickets;

	@Autowired
	TicketWatchers watchers;

	@Autowired
	TicketTagRepository tags;

	DeskCalls calls;

	Establishment a;

	Team team;

	UserAccount agent;

	UserAccount staff;

	Ticket ticket;

	@BeforeEach
	void world() {
		this.calls = new DeskCalls(this.mvc, this.fixtures, this.json);
		this.a = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.staff = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		this.ticket = this.fixtures.ticket(this.a, this.team, this.staff.getPerson());
	}

	private String url(String action) {
		return "/servicedesk/tickets/" + this.ticket.getId() + action;
	}

	@Test
	void anAgentTagsFromThePageAndTheWorkAreaIsRedrawnWithTheTag() throws Exception {
		this.calls.htmx(this.agent, post(url("/tags")).param("tag", "Imprimante"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"work\"")))
			.andExpect(content().string(containsString("imprimante")))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(this.tags.findByTicketIdOrderByTag(this.ticket.getId())).extracting(TicketTag::getTag)
			.containsExactly("imprimante");
	}

	@Test
	void aMalformedTagIsToldInTheWorkArea() throws Exception {
		this.calls.htmx(this.agent, post(url("/tags")).param("tag", "deux mots"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"action-message\"")))
			.andExpect(content().string(containsString("tiret bas")));
	}

	@Test
	void staffSeesTheSectionWithoutTheAgentsFormsAndWatchesTheTicket() throws Exception {
		this.calls.as(this.staff, get(url("")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"links-section\"")))
			.andExpect(content().string(containsString("id=\"watch-toggle\"")))
			.andExpect(content().string(not(containsString("id=\"tag-form\""))))
			.andExpect(content().string(not(containsString("id=\"link-form\""))))
			.andExpect(content().string(not(containsString("id=\"priority-form\""))));
		this.calls.as(this.staff, post(url("/watch"))).andExpect(redirectedUrl(url("")));
		assertThat(this.watchers.watcherIds(this.ticket.getId())).containsExactly(this.staff.getPerson().getId());
		this.calls.htmx(this.staff, post(url("/unwatch"))).andExpect(status().isOk());
		assertThat(this.watchers.watcherIds(this.ticket.getId())).isEmpty();
		this.calls.as(this.staff, post(url("/tags")).param("tag", "x")).andExpect(status().isForbidden());
	}

	@Test
	void anAgentFindsAPersonAndMakesThemWatch() throws Exception {
		Person colleague = this.fixtures.person(this.a);
		this.calls.htmx(this.agent, get(url("/watchers/candidates")).param("q", colleague.getLastName()))
			.andExpect(content().string(containsString("value=\"" + colleague.getId() + "\"")));
		this.calls.htmx(this.agent, post(url("/watchers")).param("personId", colleague.getId().toString()))
			.andExpect(content().string(containsString(colleague.getLastName())));
		assertThat(this.watchers.watcherIds(this.ticket.getId())).containsExactly(colleague.getId());
		this.calls.htmx(this.agent, post(url("/watchers/" + colleague.getId() + "/remove"))).andExpect(status().isOk());
		assertThat(this.watchers.watcherIds(this.ticket.getId())).isEmpty();
		this.calls.as(this.staff, get(url("/watchers/candidates")).param("q", "a")).andExpect(status().isForbidden());
	}

	@Test
	void anAgentLinksByTypingTheNumberAndBothPagesShowTheLink() throws Exception {
		Ticket other = this.fixtures.ticket(this.a, this.team, this.staff.getPerson());
		this.calls
			.htmx(this.agent,
					post(url("/links")).param("kind", "PARENT_OF").param("number", other.getNumber().toLowerCase()))
			.andExpect(content().string(containsString(other.getNumber())))
			.andExpect(content().string(not(containsString("id=\"action-message\""))));
		this.calls.as(this.staff, get("/servicedesk/tickets/{id}", other.getId()))
			.andExpect(content().string(containsString(this.ticket.getNumber())))
			.andExpect(content().string(containsString("Enfant de")));
	}

	@Test
	void aNumberTheAgentDoesNotSeeIsToldBesideTheForm() throws Exception {
		Establishment b = this.fixtures.establishment();
		Ticket ofB = this.fixtures.ticket(b, this.fixtures.team(b, TeamKind.IT), this.fixtures.person(b));
		this.calls.htmx(this.agent, post(url("/links")).param("kind", "RELATES_TO").param("number", ofB.getNumber()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"action-message\"")))
			.andExpect(content().string(not(containsString(ofB.getTitle()))));
	}

	@Test
	void anAgentChangesThePriorityFromThePageAndAStaleFormIsTold() throws Exception {
		this.calls
			.htmx(this.agent, post(url("/priority")).param("impact", "1").param("urgency", "1").param("version", "0"))
			.andExpect(status().isOk());
		assertThat(this.tickets.findById(this.ticket.getId()).orElseThrow().getPriority()).isEqualTo(1);
		this.calls
			.htmx(this.agent, post(url("/priority")).param("impact", "3").param("urgency", "3").param("version", "0"))
			.andExpect(content().string(containsString("id=\"action-message\"")));
		assertThat(this.tickets.findById(this.ticket.getId()).orElseThrow().getPriority()).isEqualTo(1);
		this.calls
			.as(this.staff, post(url("/priority")).param("impact", "3").param("urgency", "3").param("version", "1"))
			.andExpect(status().isForbidden());
	}

}
