package org.socle.servicedesk.link;

import java.util.HashMap;
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
import org.socle.servicedesk.ticket.TicketRepository;
import org.socle.servicedesk.ticket.TicketStatus;
import org.socle.servicedesk.ticket.TimelineLine;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Links between tickets: their kinds, their shape rules, who adds them. */
@SocleIntegrationTest
class TicketLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	TicketLinkRepository links;

	@Autowired
	TicketRepository tickets;

	@Autowired
	TicketEventRepository events;

	DeskCalls calls;

	Establishment a;

	Team team;

	UserAccount agent;

	UserAccount staff;

	@BeforeEach
	void world() {
		this.calls = new DeskCalls(this.mvc, this.fixtures, this.json);
		this.a = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.staff = this.fixtures.establishmentAccount(Role.STAFF, this.a);
	}

	private Ticket ticket() {
		return this.fixtures.ticket(this.a, this.team, this.staff.getPerson());
	}

	private ResultActions link(UserAccount who, Ticket from, String kind, Ticket to, Object... extra) throws Exception {
		Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "number", to.getNumber()));
		for (int i = 0; i < extra.length; i += 2) {
			body.put((String) extra[i], extra[i + 1]);
		}
		return this.calls.as(who, this.calls.json(post("/api/v1/tickets/{id}/links", from.getId()), body));
	}

	private TimelineLine lastLine(Ticket ticket, TicketEvent.Kind kind) {
		return this.events.timelineOf(ticket.getId())
			.stream()
			.filter(l -> l.event().getKind() == kind)
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	@Test
	void aLinkShowsOnBothTicketsWithNumberTitleAndStatusAndBothTimelinesSaySo() throws Exception {
		Ticket one = ticket();
		Ticket two = ticket();
		link(this.agent, one, "RELATES_TO", two).andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("RELATES_TO"))
			.andExpect(jsonPath("$.number").value(two.getNumber()));
		this.calls.as(this.staff, get("/api/v1/tickets/{id}/links", two.getId()))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].kind").value("RELATES_TO"))
			.andExpect(jsonPath("$[0].number").value(one.getNumber()))
			.andExpect(jsonPath("$[0].title").value(one.getTitle()))
			.andExpect(jsonPath("$[0].status").value("NEW"));
		assertThat(lastLine(one, TicketEvent.Kind.LINKED).event().getToValue()).isEqualTo(two.getNumber());
		assertThat(lastLine(two, TicketEvent.Kind.LINKED).event().getToValue()).isEqualTo(one.getNumber());
		link(this.agent, two, "RELATES_TO", one).andExpect(status().isConflict());
	}

	@Test
	void aChildOfLinkReadsAsParentOfFromTheOtherTicketAndOneParentIsTheMost() throws Exception {
		Ticket parent = ticket();
		Ticket child = ticket();
		link(this.agent, child, "CHILD_OF", parent).andExpect(status().isCreated());
		this.calls.as(this.agent, get("/api/v1/tickets/{id}/links", parent.getId()))
			.andExpect(jsonPath("$[0].kind").value("PARENT_OF"))
			.andExpect(jsonPath("$[0].number").value(child.getNumber()));
		assertThat(lastLine(parent, TicketEvent.Kind.LINKED).event().getDetail()).isEqualTo("PARENT_OF");
		this.calls.expectRefused(link(this.agent, ticket(), "PARENT_OF", child), "kind", "LinkOneParent");
	}

	@Test
	void parentsNeverGoRoundInACircle() throws Exception {
		Ticket grandParent = ticket();
		Ticket parent = ticket();
		Ticket child = ticket();
		link(this.agent, grandParent, "PARENT_OF", parent).andExpect(status().isCreated());
		link(this.agent, parent, "PARENT_OF", child).andExpect(status().isCreated());
		long before = this.links.count();
		this.calls.expectRefused(link(this.agent, child, "PARENT_OF", grandParent), "kind", "LinkCycle");
		this.calls.expectRefused(link(this.agent, grandParent, "CHILD_OF", child), "kind", "LinkCycle");
		assertThat(this.links.count()).isEqualTo(before);
	}

	@Test
	void aTicketIsNeverLinkedToItself() throws Exception {
		Ticket one = ticket();
		this.calls.expectRefused(link(this.agent, one, "DUPLICATE_OF", one), "number", "LinkSelf");
		this.calls.expectRefused(link(this.agent, one, "RELATES_TO", one), "number", "LinkSelf");
		assertThat(this.calls.read(this.calls.as(this.agent, get("/api/v1/tickets/{id}/links", one.getId()))))
			.isEmpty();
	}

	@Test
	void duplicatesNeverGoRoundInACircleAndHaveOneOriginal() throws Exception {
		Ticket original = ticket();
		Ticket duplicate = ticket();
		link(this.agent, duplicate, "DUPLICATE_OF", original).andExpect(status().isCreated());
		this.calls.expectRefused(link(this.agent, original, "DUPLICATE_OF", duplicate), "kind", "LinkCycle");
		this.calls.expectRefused(link(this.agent, duplicate, "DUPLICATE_OF", ticket()), "kind", "LinkOneOriginal");
	}

	@Test
	void aDuplicateIsCancelledAsItIsLinkedToItsOriginal() throws Exception {
		Ticket original = ticket();
		Ticket duplicate = ticket();
		link(this.agent, duplicate, "DUPLICATE_OF", original, "cancelDuplicate", true, "version", 0)
			.andExpect(status().isCreated());
		assertThat(this.tickets.findById(duplicate.getId()).orElseThrow().getStatus())
			.isEqualTo(TicketStatus.CANCELLED);
		assertThat(lastLine(duplicate, TicketEvent.Kind.LINKED).event().getToValue()).isEqualTo(original.getNumber());
	}

	@Test
	void aStaleDuplicateCancelsNothingAndLinksNothing() throws Exception {
		Ticket original = ticket();
		Ticket duplicate = ticket();
		link(this.agent, duplicate, "DUPLICATE_OF", original, "cancelDuplicate", true, "version", 7)
			.andExpect(status().isConflict());
		assertThat(this.tickets.findById(duplicate.getId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.NEW);
		assertThat(this.links.linksOf(duplicate.getId())).isEmpty();
	}

	@Test
	void aLinkToATicketTheAgentDoesNotSeeIsA404AndLinksNothing() throws Exception {
		Establishment b = this.fixtures.establishment();
		Ticket ofB = this.fixtures.ticket(b, this.fixtures.team(b, TeamKind.IT), this.fixtures.person(b));
		Ticket one = ticket();
		link(this.agent, one, "RELATES_TO", ofB).andExpect(status().isNotFound());
		this.calls.as(this.agent, this.calls.json(post("/api/v1/tickets/{id}/links", one.getId()),
				Map.of("kind", "RELATES_TO", "number", "INC-999999999")))
			.andExpect(status().isNotFound());
		link(this.agent, ofB, "RELATES_TO", one).andExpect(status().isNotFound());
		assertThat(this.links.linksOf(one.getId())).isEmpty();
	}

	@Test
	void aLinkToATicketOutOfScopeIsNotShown() throws Exception {
		UserAccount groupAdmin = this.fixtures.groupAccount(Role.ADMINISTRATOR, this.a);
		Establishment b = this.fixtures.establishment();
		Ticket ofB = this.fixtures.ticket(b, this.fixtures.team(b, TeamKind.IT), this.fixtures.person(b));
		Ticket one = ticket();
		link(groupAdmin, one, "RELATES_TO", ofB).andExpect(status().isCreated());
		this.calls.as(this.agent, get("/api/v1/tickets/{id}/links", one.getId()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void onlyAgentsWhoWorkTheTicketLinkAndUnlink() throws Exception {
		Ticket one = ticket();
		Ticket two = ticket();
		link(this.staff, one, "RELATES_TO", two).andExpect(status().isForbidden());
		link(this.agent, one, "RELATES_TO", two).andExpect(status().isCreated());
		this.calls
			.as(this.staff,
					delete("/api/v1/tickets/{id}/links?kind=RELATES_TO&number={n}", one.getId(), two.getNumber()))
			.andExpect(status().isForbidden());
		this.calls
			.as(this.agent,
					delete("/api/v1/tickets/{id}/links?kind=RELATES_TO&number={n}", two.getId(), one.getNumber()))
			.andExpect(status().isNoContent());
		assertThat(this.links.linksOf(one.getId())).isEmpty();
		assertThat(lastLine(one, TicketEvent.Kind.UNLINKED).event().getFromValue()).isEqualTo(two.getNumber());
	}

}
