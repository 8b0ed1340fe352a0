package org.socle.servicedesk.link;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketEvent;
import org.socle.servicedesk.ticket.TicketEventRepository;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Tags on tickets: who adds them, who sees them, how queues filter on them. */
@SocleIntegrationTest
class TicketTagsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	TicketEventRepository events;

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

	private String tagsUrl(Ticket t) {
		return "/api/v1/tickets/" + t.getId() + "/tags";
	}

	private long lines(TicketEvent.Kind kind) {
		return this.events.timelineOf(this.ticket.getId()).stream().filter(l -> l.event().getKind() == kind).count();
	}

	@Test
	void anAgentTagsATicketInNormalFormAndTheTimelineSaysSo() throws Exception {
		this.calls.as(this.agent, this.calls.json(post(tagsUrl(this.ticket)), Map.of("tag", " Réseau ")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0]").value("réseau"));
		assertThat(this.events.timelineOf(this.ticket.getId())).last().satisfies(line -> {
			assertThat(line.event().getKind()).isEqualTo(TicketEvent.Kind.TAGGED);
			assertThat(line.event().getToValue()).isEqualTo("réseau");
		});
	}

	@Test
	void addingATagTheTicketAlreadyHasIsIdempotent() throws Exception {
		this.calls.as(this.agent, this.calls.json(post(tagsUrl(this.ticket)), Map.of("tag", "imprimante")));
		this.calls.as(this.agent, this.calls.json(post(tagsUrl(this.ticket)), Map.of("tag", "IMPRIMANTE")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
		assertThat(this.tags.findByTicketIdOrderByTag(this.ticket.getId())).hasSize(1);
		assertThat(lines(TicketEvent.Kind.TAGGED)).isEqualTo(1);
	}

	@Test
	void aMalformedTagIsA400NamingFieldAndRuleAndStoresNothing() throws Exception {
		this.calls.expectRefused(
				this.calls.as(this.agent, this.calls.json(post(tagsUrl(this.ticket)), Map.of("tag", "deux mots"))),
				"tag", "TagFormat");
		this.calls.expectRefused(
				this.calls.as(this.agent, this.calls.json(post(tagsUrl(this.ticket)), Map.of("tag", "x".repeat(51)))),
				"tag", "TagFormat");
		assertThat(this.tags.findByTicketIdOrderByTag(this.ticket.getId())).isEmpty();
	}

	@Test
	void staffWhoSeesTheTicketReadsItsTagsButCannotChangeThem() throws Exception {
		this.calls.as(this.agent, this.calls.json(post(tagsUrl(this.ticket)), Map.of("tag", "urgent")));
		this.calls.as(this.staff, get(tagsUrl(this.ticket))).andExpect(jsonPath("$[0]").value("urgent"));
		this.calls.as(this.staff, this.calls.json(post(tagsUrl(this.ticket)), Map.of("tag", "autre")))
			.andExpect(status().isForbidden());
		this.calls.as(this.staff, delete(tagsUrl(this.ticket) + "/urgent")).andExpect(status().isForbidden());
		assertThat(this.tags.findByTicketIdOrderByTag(this.ticket.getId())).hasSize(1);
	}

	@Test
	void removingATagWritesOneTimelineLineAndRemovingItAgainChangesNothing() throws Exception {
		this.calls.as(this.agent, this.calls.json(post(tagsUrl(this.ticket)), Map.of("tag", "wifi")));
		this.calls.as(this.agent, delete(tagsUrl(this.ticket) + "/WIFI")).andExpect(status().isNoContent());
		this.calls.as(this.agent, delete(tagsUrl(this.ticket) + "/wifi")).andExpect(status().isNoContent());
		assertThat(this.tags.findByTicketIdOrderByTag(this.ticket.getId())).isEmpty();
		assertThat(lines(TicketEvent.Kind.UNTAGGED)).isEqualTo(1);
	}

	@Test
	void aTicketOutOfScopeHasNoTagsToRead() throws Exception {
		Establishment b = this.fixtures.establishment();
		Ticket ofB = this.fixtures.ticket(b, this.fixtures.team(b, TeamKind.IT), this.fixtures.person(b));
		this.calls.as(this.agent, get(tagsUrl(ofB))).andExpect(status().isNotFound());
		this.calls.as(this.agent, this.calls.json(post(tagsUrl(ofB)), Map.of("tag", "x")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theQueueFiltersByTagInAnyCase() throws Exception {
		String tag = "tag-" + Fixtures.unique();
		Ticket untagged = this.fixtures.ticket(this.a, this.team, this.staff.getPerson());
		this.calls.as(this.agent, this.calls.json(post(tagsUrl(this.ticket)), Map.of("tag", tag)));
		this.calls.as(this.agent, get("/api/v1/tickets?tag={t}", tag.toUpperCase()))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(this.ticket.getId()));
		this.calls.as(this.agent, get("/servicedesk/queues?view=ALL&tag={t}", tag))
			.andExpect(content().string(containsString(this.ticket.getNumber())))
			.andExpect(content().string(not(containsString(untagged.getNumber()))));
	}

	@Test
	void theTagsOfTheTeamAreSuggestedToTheAgent() throws Exception {
		String tag = "suggere-" + Fixtures.unique();
		Ticket other = this.fixtures.ticket(this.a, this.team, this.staff.getPerson());
		this.calls.as(this.agent, this.calls.json(post(tagsUrl(other)), Map.of("tag", tag)));
		this.calls.as(this.agent, get("/servicedesk/tickets/{id}", this.ticket.getId()))
			.andExpect(content().string(containsString("<option value=\"" + tag + "\">")));
	}

}
