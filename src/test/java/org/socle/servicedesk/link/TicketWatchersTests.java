package org.socle.servicedesk.link;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketFilter;
import org.socle.servicedesk.ticket.TicketRepository;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who watches a ticket, who may make someone watch it, and the tickets one watches. */
@SocleIntegrationTest
class TicketWatchersTests {

	private static final TicketFilter ANY = TicketFilter.none();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	TicketWatchers watchers;

	@Autowired
	TicketRepository tickets;

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
		this.ticket = this.fixtures.ticket(this.a, this.team, this.fixtures.person(this.a));
	}

	private String url(String rest) {
		return "/api/v1/tickets/" + this.ticket.getId() + "/watchers" + rest;
	}

	@Test
	void anyoneWhoSeesTheTicketWatchesAndUnwatchesItThemselves() throws Exception {
		Long me = this.staff.getPerson().getId();
		this.calls.as(this.staff, put(url("/me")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].personId").value(me));
		this.calls.as(this.staff, put(url("/me"))).andExpect(jsonPath("$.length()").value(1));
		assertThat(this.watchers.watcherIds(this.ticket.getId())).containsExactly(me);
		this.calls.as(this.staff, delete(url("/me"))).andExpect(status().isNoContent());
		assertThat(this.watchers.watcherIds(this.ticket.getId())).isEmpty();
	}

	@Test
	void aTicketOneDoesNotSeeCannotBeWatched() throws Exception {
		Establishment b = this.fixtures.establishment();
		UserAccount staffOfB = this.fixtures.establishmentAccount(Role.STAFF, b);
		this.calls.as(staffOfB, put(url("/me"))).andExpect(status().isNotFound());
		this.calls.as(staffOfB, get(url(""))).andExpect(status().isNotFound());
		assertThat(this.watchers.watcherIds(this.ticket.getId())).isEmpty();
	}

	@Test
	void anAgentAddsAWatcherOfTheirScopeAndEveryoneWhoSeesTheTicketListsThem() throws Exception {
		Person colleague = this.fixtures.person(this.a);
		this.calls.as(this.agent, this.calls.json(post(url("")), Map.of("personId", colleague.getId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].personId").value(colleague.getId()))
			.andExpect(jsonPath("$[0].name").value(colleague.getFirstName() + " " + colleague.getLastName()))
			.andExpect(jsonPath("$[0].addedBy").value(this.agent.getLogin()));
		this.calls.as(this.staff, put(url("/me")));
		this.calls.as(this.staff, get(url("")))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].personId").value(colleague.getId()))
			.andExpect(jsonPath("$[1].personId").value(this.staff.getPerson().getId()));
		this.calls.as(this.agent, delete(url("/" + colleague.getId()))).andExpect(status().isNoContent());
		assertThat(this.watchers.watcherIds(this.ticket.getId())).containsExactly(this.staff.getPerson().getId());
	}

	@Test
	void staffCannotAddOrRemoveSomeoneElse() throws Exception {
		Person colleague = this.fixtures.person(this.a);
		this.calls.as(this.staff, this.calls.json(post(url("")), Map.of("personId", colleague.getId())))
			.andExpect(status().isForbidden());
		this.calls.as(this.agent, this.calls.json(post(url("")), Map.of("personId", colleague.getId())));
		this.calls.as(this.staff, delete(url("/" + colleague.getId()))).andExpect(status().isForbidden());
		assertThat(this.watchers.watcherIds(this.ticket.getId())).containsExactly(colleague.getId());
	}

	@Test
	void aPersonOutOfTheAgentsScopeIsRefusedNamingFieldAndRule() throws Exception {
		UserAccount establishmentAgent = this.fixtures.establishmentAccount(Role.AGENT, this.a);
		Person elsewhere = this.fixtures.person(this.fixtures.establishment());
		this.calls.expectRefused(
				this.calls.as(establishmentAgent,
						this.calls.json(post(url("")), Map.of("personId", elsewhere.getId()))),
				"personId", "UnknownPerson");
		this.calls.expectRefused(this.calls.as(establishmentAgent, this.calls.json(post(url("")), Map.of())),
				"personId", "NotNull");
		assertThat(this.watchers.watcherIds(this.ticket.getId())).isEmpty();
	}

	@Test
	void theTicketsIWatchAreFoundBySpecification() {
		Ticket other = this.fixtures.ticket(this.a, this.team, this.fixtures.person(this.a));
		Long me = this.staff.getPerson().getId();
		this.calls.signedIn(this.staff, () -> {
			this.watchers.watch(this.ticket.getId());
			return null;
		});
		assertThat(this.tickets.findAll(TicketWatchers.watchedBy(me))).extracting(Ticket::getId)
			.containsExactly(this.ticket.getId())
			.doesNotContain(other.getId());
		assertThat(this.tickets.findAll(TicketWatchers.watchedBy(null))).isEmpty();
		assertThat(this.calls.signedIn(this.staff, () -> this.watchers.watchedByMe(ANY, Pageable.unpaged())))
			.extracting(Ticket::getId)
			.containsExactly(this.ticket.getId());
	}

	@Test
	void aWatcherWhoDoesNotSeeATicketDoesNotFindItAmongThoseTheyWatch() {
		UserAccount teamStaff = this.fixtures.teamAccount(Role.STAFF, this.team);
		this.calls.signedIn(teamStaff, () -> {
			this.watchers.watch(this.ticket.getId());
			return null;
		});
		Establishment b = this.fixtures.establishment();
		Ticket ofB = this.fixtures.ticket(b, this.fixtures.team(b, TeamKind.IT), this.fixtures.person(b));
		UserAccount groupAdmin = this.fixtures.groupAccount(Role.ADMINISTRATOR, this.a);
		this.calls.signedIn(groupAdmin, () -> {
			this.watchers.add(ofB.getId(), teamStaff.getPerson().getId());
			return null;
		});
		assertThat(this.tickets.findAll(TicketWatchers.watchedBy(teamStaff.getPerson().getId()))).hasSize(2);
		assertThat(this.calls.signedIn(teamStaff, () -> this.watchers.watchedByMe(ANY, Pageable.unpaged())))
			.extracting(Ticket::getId)
			.containsExactly(this.ticket.getId());
	}

}
