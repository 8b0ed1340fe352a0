package org.socle.servicedesk.satisfaction;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.people.PersonRepository;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.directory.team.TeamRole;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketRepository;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The survey after resolution: invited once per resolution, answered once through its
 * link without signing in, refused when expired or forged; a low rating alerts the team's
 * leads.
 */
@SocleIntegrationTest
class ResolutionSurveyTests {

	private static final Pattern LINK = Pattern.compile("/satisfaction/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	TicketRepository tickets;

	@Autowired
	PersonRepository people;

	Establishment a;

	Team team;

	UserAccount agent;

	UserAccount requester;

	Person lead;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.fixtures.member(this.team, this.agent.getPerson(), TeamRole.AGENT);
		this.requester = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		withEmail(this.requester.getPerson());
		this.lead = this.fixtures.person(this.a, null);
		this.fixtures.member(this.team, this.lead, TeamRole.LEAD);
	}

	@Test
	void resolvingATicketMailsItsRequesterALinkWhoseTokenIsKeptOnlyAsADigest() throws Exception {
		Ticket ticket = ticketOf(this.requester.getPerson());
		resolve(ticket.getId());
		List<String> mails = surveyMailsTo(this.requester.getPerson());
		assertThat(mails).hasSize(1);
		String token = token(mails.get(0));
		assertThat(this.jdbc.sql("select token_digest from sd_satisfaction_invitation where ticket_id = ?")
			.param(ticket.getId())
			.query(String.class)
			.list()).containsExactly(SurveyTokens.digest(token)).doesNotContain(token);
		assertThat(subjects(this.requester.getPerson()))
			.contains("[" + ticket.getNumber() + "] Votre avis : " + ticket.getTitle());
	}

	@Test
	void otherTransitionsInviteNobodyAndEachResolutionInvitesOnce() throws Exception {
		Ticket ticket = ticketOf(this.requester.getPerson());
		assign(ticket.getId());
		move(this.agent, ticket.getId(), "IN_PROGRESS");
		move(this.agent, ticket.getId(), "PENDING", "pendingReason", "REQUESTER");
		move(this.agent, ticket.getId(), "IN_PROGRESS");
		assertThat(invitations(ticket.getId())).isZero();
		move(this.agent, ticket.getId(), "RESOLVED", "resolutionCode", "FIXED", "resolutionNote", "Réparé");
		assertThat(invitations(ticket.getId())).isEqualTo(1);
		// reopened by the requester: no survey; resolved again: a second one
		move(this.requester, ticket.getId(), "IN_PROGRESS");
		assertThat(invitations(ticket.getId())).isEqualTo(1);
		move(this.agent, ticket.getId(), "RESOLVED", "resolutionCode", "FIXED", "resolutionNote", "Réparé");
		assertThat(invitations(ticket.getId())).isEqualTo(2);
		assertThat(surveyMailsTo(this.requester.getPerson())).hasSize(2);
	}

	@Test
	void aRequesterWithoutAddressIsNotInvited() throws Exception {
		Person noAddress = this.fixtures.person(this.a);
		Ticket ticket = ticketOf(noAddress);
		resolve(ticket.getId());
		assertThat(invitations(ticket.getId())).isZero();
	}

	@Test
	void theLinkIsAnsweredOnceWithoutSigningInAndTheAnswerShowsOnTheTicket() throws Exception {
		Ticket ticket = ticketOf(this.requester.getPerson());
		String token = resolveAndGetToken(ticket);
		this.mvc.perform(get("/satisfaction/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("satisfaction-form")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(ticket.getNumber())));
		this.mvc.perform(post("/satisfaction/" + token).param("rating", "9").param("comment", "Rapide").with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/satisfaction/" + token).param("rating", "2").with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/satisfaction/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("satisfaction-answered")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("satisfaction-form"))));
		as(this.agent, get("/api/v1/tickets/{id}/satisfaction", ticket.getId()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].state").value("ANSWERED"))
			.andExpect(jsonPath("$[0].rating").value(9))
			.andExpect(jsonPath("$[0].comment").value("Rapide"));
		as(this.agent, get("/servicedesk/tickets/{id}", ticket.getId()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ticket-satisfaction")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("9/10")));
		as(this.requester, get("/portal/tickets/{id}", ticket.getId()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("9/10")));
		assertThat(this.jdbc.sql(
				"select count(*) from sd_ticket_event where ticket_id = ? and kind = 'SATISFACTION_RATED' and to_value = '9'")
			.param(ticket.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
		Ticket ticket = ticketOf(this.requester.getPerson());
		String token = resolveAndGetToken(ticket);
		this.mvc.perform(post("/satisfaction/" + token).param("rating", "9")).andExpect(status().isForbidden());
		assertThat(rating(ticket.getId())).isNull();
	}

	@Test
	void anExpiredLinkIsGoneAndTakesNoAnswer() throws Exception {
		Ticket ticket = ticketOf(this.requester.getPerson());
		String token = resolveAndGetToken(ticket);
		this.jdbc.sql("update sd_satisfaction_invitation set expires_at = ? where ticket_id = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(1)), ticket.getId())
			.update();
		this.mvc.perform(get("/satisfaction/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("satisfaction-expired")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("satisfaction-form"))));
		this.mvc.perform(post("/satisfaction/" + token).param("rating", "9").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(rating(ticket.getId())).isNull();
	}

	@Test
	void aForgedOrMangledLinkIsNotFoundAndTellsNothing() throws Exception {
		Ticket ticket = ticketOf(this.requester.getPerson());
		String token = resolveAndGetToken(ticket);
		String forged = SurveyTokens.newToken();
		this.mvc.perform(get("/satisfaction/" + forged))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("satisfaction-unknown")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(ticket.getNumber()))));
		this.mvc.perform(get("/satisfaction/" + token.substring(1))).andExpect(status().isNotFound());
		this.mvc.perform(post("/satisfaction/" + forged).param("rating", "1").with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(rating(ticket.getId())).isNull();
	}

	@Test
	void aRatingOutsideZeroToTenIsRefusedAndTheLinkStaysOpen() throws Exception {
		Ticket ticket = ticketOf(this.requester.getPerson());
		String token = resolveAndGetToken(ticket);
		this.mvc.perform(post("/satisfaction/" + token).param("rating", "11").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(rating(ticket.getId())).isNull();
		this.mvc.perform(post("/satisfaction/" + token).param("rating", "10").with(csrf()));
		assertThat(rating(ticket.getId())).isEqualTo(10);
	}

	@Test
	void aLowRatingMailsTheTeamLeadsAndAGoodOneDoesNot() throws Exception {
		Ticket low = ticketOf(this.requester.getPerson());
		this.mvc.perform(post("/satisfaction/" + resolveAndGetToken(low)).param("rating", "6")
			.param("comment", "Trop long")
			.with(csrf()));
		Ticket good = ticketOf(this.requester.getPerson());
		this.mvc.perform(post("/satisfaction/" + resolveAndGetToken(good)).param("rating", "7").with(csrf()));
		List<String> toLead = this.jdbc
			.sql("select subject || ' ' || body_text from sd_mail_outbox where recipient = ? order by id")
			.param(this.lead.getEmail())
			.query(String.class)
			.list();
		assertThat(toLead).hasSize(1);
		assertThat(toLead.get(0)).contains("[" + low.getNumber() + "] Note basse")
			.contains("6/10")
			.contains("Trop long");
	}

	private String resolveAndGetToken(Ticket ticket) throws Exception {
		resolve(ticket.getId());
		List<String> mails = surveyMailsTo(this.requester.getPerson(), ticket.getId());
		assertThat(mails).hasSize(1);
		return token(mails.get(0));
	}

	private Ticket ticketOf(Person requester) {
		return this.fixtures.ticket(this.a, this.team, requester);
	}

	private void withEmail(Person person) {
		person.setEmail("demandeur." + Fixtures.unique() + "@example.org");
		this.people.saveAndFlush(person);
	}

	private void resolve(Long id) throws Exception {
		assign(id);
		move(this.agent, id, "RESOLVED", "resolutionCode", "FIXED", "resolutionNote", "Réparé");
	}

	private void assign(Long id) throws Exception {
		as(this.agent,
				json(post("/api/v1/tickets/{id}/assignment", id),
						Map.of("assigneeId", this.agent.getPerson().getId(), "version", version(id))))
			.andExpect(status().isOk());
	}

	private void move(UserAccount account, Long id, String to, String... more) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("to", to, "version", version(id)));
		for (int i = 0; i < more.length; i += 2) {
			body.put(more[i], more[i + 1]);
		}
		as(account, json(post("/api/v1/tickets/{id}/transitions", id), body)).andExpect(status().isOk());
	}

	private long version(Long id) {
		return this.tickets.findById(id).orElseThrow().getVersion();
	}

	private ResultActions as(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(this.fixtures.as(account, request));
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Map<String, ?> body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	private long invitations(Long ticketId) {
		return this.jdbc.sql("select count(*) from sd_satisfaction_invitation where ticket_id = ?")
			.param(ticketId)
			.query(Long.class)
			.single();
	}

	private Integer rating(Long ticketId) {
		return this.jdbc.sql("select rating from sd_satisfaction_invitation where ticket_id = ?")
			.param(ticketId)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	private List<String> surveyMailsTo(Person person) {
		return this.jdbc
			.sql("select body_text from sd_mail_outbox where recipient = ? and body_text like ? order by id")
			.params(this.people.findById(person.getId()).orElseThrow().getEmail(), "%/satisfaction/%")
			.query(String.class)
			.list();
	}

	private List<String> surveyMailsTo(Person person, Long ticketId) {
		return this.jdbc
			.sql("select body_text from sd_mail_outbox where recipient = ? and ticket_id = ? and body_text like ?"
					+ " order by id")
			.params(this.people.findById(person.getId()).orElseThrow().getEmail(), ticketId, "%/satisfaction/%")
			.query(String.class)
			.list();
	}

	private List<String> subjects(Person person) {
		return this.jdbc.sql("select subject from sd_mail_outbox where recipient = ?")
			.param(this.people.findById(person.getId()).orElseThrow().getEmail())
			.query(String.class)
			.list();
	}

	private static String token(String body) {
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).as("a survey link in %s", body).isTrue();
		return matcher.group(1);
	}

}
