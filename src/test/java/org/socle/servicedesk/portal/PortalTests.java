package org.socle.servicedesk.portal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.ticket.Channel;
import org.socle.servicedesk.ticket.ResolvedTicketCloser;
import org.socle.servicedesk.ticket.TicketStatus;
import org.socle.servicedesk.ticket.TicketType;
import org.socle.servicedesk.attachment.TestFiles;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff portal: raising through plain-words topics, answering, confirming and
 * reopening; and the closing of resolved tickets once the reopening delay is over.
 */
@SocleIntegrationTest
class PortalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PortalTopicRepository topics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ResolvedTicketCloser closer;

	Establishment a;

	Establishment b;

	Team team;

	UserAccount nurse;

	UserAccount agent;

	PortalTopic printers;

	PortalTopic otherEstablishments;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.b = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		this.nurse = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.printers = topic(this.a.getId(), "Imprimante en panne");
		this.otherEstablishments = topic(this.b.getId(), "Autre établissement");
	}

	private PortalTopic topic(Long establishmentId, String label) {
		PortalTopicForm form = new PortalTopicForm();
		form.setEstablishmentId(establishmentId);
		form.setTeamId(this.team.getId());
		form.setType(TicketType.INCIDENT);
		form.setLabelFr(label);
		form.setLabelEn(label);
		form.setIcon("printer");
		return this.topics.saveAndFlush(new PortalTopic(form));
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> ResultActions as(UserAccount account, B request)
			throws Exception {
		return this.mvc.perform(this.fixtures.as(account, request));
	}

	private ResultActions raise(PortalTopic topic, String title) throws Exception {
		return as(this.nurse,
				post("/portal/tickets").param("topicId", String.valueOf(topic.getId()))
					.param("title", title)
					.param("description", "Voyant orange")
					.param("affected", "UNIT_OR_PATIENTS")
					.param("urgency", "NOW")
					.param("locationNote", "Chambre 12"));
	}

	private String statusOf(Long id) {
		return this.jdbc.sql("select status from sd_ticket where id = ?").param(id).query(String.class).single();
	}

	private Long idOf(String title) {
		return this.jdbc.sql("select id from sd_ticket where title = ?").param(title).query(Long.class).single();
	}

	private long countTitled(String title) {
		return this.jdbc.sql("select count(*) from sd_ticket where title = ?").param(title).query(Long.class).single();
	}

	private Long raised(String title) throws Exception {
		raise(this.printers, title).andExpect(status().is3xxRedirection());
		return idOf(title);
	}

	private void setStatus(Long id, TicketStatus status, String pendingReason, Instant resolvedAt) {
		this.jdbc
			.sql("update sd_ticket set status = ?, pending_reason = ?, resolved_at = ?, "
					+ "resolution_code = 'FIXED', resolution_note = 'Cartouche changée' where id = ?")
			.params(status.name(), pendingReason, (resolvedAt != null) ? java.sql.Timestamp.from(resolvedAt) : null, id)
			.update();
	}

	private long version(Long id) {
		return this.jdbc.sql("select version from sd_ticket where id = ?").param(id).query(Long.class).single();
	}

	@Test
	void portalOffersTheTopicsOfMyEstablishmentOnly() throws Exception {
		String page = as(this.nurse, get("/portal")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Imprimante en panne").doesNotContain("Autre établissement");
	}

	@Test
	void staffSeeThePortalMenuOnlyAndAgentsTheirWorkMenusToo() throws Exception {
		String staffPage = as(this.nurse, get("/portal")).andReturn().getResponse().getContentAsString();
		assertThat(staffPage).contains("id=\"nav-portal\"")
			.doesNotContain("id=\"nav-servicedesk\"")
			.doesNotContain("id=\"nav-directory\"");
		String agentPage = as(this.agent, get("/portal")).andReturn().getResponse().getContentAsString();
		assertThat(agentPage).contains("id=\"nav-servicedesk\"").contains("id=\"nav-directory\"");
	}

	@Test
	void staffRaisesATicketInPlainWordsAndTheTopicRoutesIt() throws Exception {
		String title = "Imprimante " + Fixtures.unique();
		raise(this.printers, title).andExpect(redirectedUrlPattern("/portal/tickets/*?raised"));
		Long id = idOf(title);
		var row = this.jdbc.sql(
				"select team_id, type, channel, impact, urgency, priority, requester_id, establishment_id, location_note "
						+ "from sd_ticket where id = ?")
			.param(id)
			.query()
			.singleRow();
		assertThat(row.get("team_id")).isEqualTo(this.team.getId());
		assertThat(row.get("type")).isEqualTo(TicketType.INCIDENT.name());
		assertThat(row.get("channel")).isEqualTo(Channel.PORTAL.name());
		assertThat(row.get("impact")).isEqualTo(1);
		assertThat(row.get("urgency")).isEqualTo(1);
		assertThat(row.get("priority")).isEqualTo(1);
		assertThat(row.get("requester_id")).isEqualTo(this.nurse.getPerson().getId());
		assertThat(row.get("establishment_id")).isEqualTo(this.a.getId());
		assertThat(row.get("location_note")).isEqualTo("Chambre 12");
		as(this.nurse, get("/portal")).andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
	}

	@Test
	void aPhotoTakenWithThePhoneIsKeptWithTheTicket() throws Exception {
		String title = "Photo " + Fixtures.unique();
		as(this.nurse,
				multipart("/portal/tickets")
					.file(TestFiles.part("photo", "IMG_0042.jpg", "image/jpeg", TestFiles.jpeg()))
					.param("topicId", String.valueOf(this.printers.getId()))
					.param("title", title)
					.param("affected", "ME")
					.param("urgency", "SOON"))
			.andExpect(redirectedUrlPattern("/portal/tickets/*?raised"));
		assertThat(this.jdbc.sql("select filename from sd_attachment where ticket_id = ?")
			.param(idOf(title))
			.query(String.class)
			.list()).containsExactly("IMG_0042.jpg");
	}

	@Test
	void aPhotoThatIsNotAnImageRefusesTheRequestAndNothingIsWritten() throws Exception {
		String title = "Pas une photo " + Fixtures.unique();
		as(this.nurse,
				multipart("/portal/tickets")
					.file(TestFiles.part("photo", "photo.jpg", "image/jpeg",
							"<html><script>alert(1)</script></html>".getBytes()))
					.param("topicId", String.valueOf(this.printers.getId()))
					.param("title", title)
					.param("affected", "ME")
					.param("urgency", "SOON"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("photo-error")));
		assertThat(countTitled(title)).isZero();
	}

	@Test
	void aTopicOfAnotherEstablishmentIsRefusedAndNothingIsWritten() throws Exception {
		String title = "Refusé " + Fixtures.unique();
		raise(this.otherEstablishments, title).andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("est pas proposé pour votre établissement")));
		assertThat(countTitled(title)).isZero();
	}

	@Test
	void aRequestWithoutWordsIsRefusedInThePage() throws Exception {
		as(this.nurse,
				post("/portal/tickets").param("topicId", String.valueOf(this.printers.getId())).param("title", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
	}

	@Test
	void theRequestersAnswerPutsATicketWaitingForThemBackToWork() throws Exception {
		Long id = raised("Question " + Fixtures.unique());
		setStatus(id, TicketStatus.PENDING, "REQUESTER", null);
		as(this.nurse, post("/portal/tickets/{id}/answer", id).param("body", "C'est l'imprimante du couloir"))
			.andExpect(redirectedUrlPattern("/portal/tickets/*"));
		assertThat(statusOf(id)).isEqualTo("IN_PROGRESS");
	}

	@Test
	void anAnswerDoesNotResumeATicketWaitingForASupplier() throws Exception {
		Long id = raised("Fournisseur " + Fixtures.unique());
		setStatus(id, TicketStatus.PENDING, "SUPPLIER", null);
		as(this.nurse, post("/portal/tickets/{id}/answer", id).param("body", "Des nouvelles ?"));
		assertThat(statusOf(id)).isEqualTo("PENDING");
	}

	@Test
	void theRequesterConfirmsTheResolutionAndTheTicketCloses() throws Exception {
		Long id = raised("Confirmée " + Fixtures.unique());
		setStatus(id, TicketStatus.RESOLVED, null, Instant.now());
		as(this.nurse, post("/portal/tickets/{id}/confirm", id).param("version", String.valueOf(version(id))));
		assertThat(statusOf(id)).isEqualTo("CLOSED");
	}

	@Test
	void someoneElseCannotConfirmTheResolution() throws Exception {
		Long id = raised("Pas à toi " + Fixtures.unique());
		setStatus(id, TicketStatus.RESOLVED, null, Instant.now());
		UserAccount colleague = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		as(colleague, post("/portal/tickets/{id}/confirm", id).param("version", String.valueOf(version(id))))
			.andExpect(status().isForbidden());
		assertThat(statusOf(id)).isEqualTo("RESOLVED");
	}

	@Test
	void theRequesterReopensSayingWhatIsStillWrong() throws Exception {
		Long id = raised("Rouverte " + Fixtures.unique());
		setStatus(id, TicketStatus.RESOLVED, null, Instant.now());
		as(this.nurse, post("/portal/tickets/{id}/reopen", id).param("version", String.valueOf(version(id)))
			.param("body", "Elle imprime encore des pages blanches"));
		assertThat(statusOf(id)).isEqualTo("IN_PROGRESS");
		assertThat(this.jdbc.sql("select count(*) from sd_comment where ticket_id = ? and body like 'Elle imprime%'")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void reopeningWithoutSayingWhyIsRefusedAndChangesNothing() throws Exception {
		Long id = raised("Sans motif " + Fixtures.unique());
		setStatus(id, TicketStatus.RESOLVED, null, Instant.now());
		as(this.nurse, post("/portal/tickets/{id}/reopen", id).param("version", String.valueOf(version(id)))
			.param("body", " "));
		assertThat(statusOf(id)).isEqualTo("RESOLVED");
	}

	@Test
	void theReopeningDelayOverTheRequesterCanNoLongerReopen() throws Exception {
		Long id = raised("Trop tard " + Fixtures.unique());
		setStatus(id, TicketStatus.RESOLVED, null, Instant.now().minus(8, ChronoUnit.DAYS));
		as(this.nurse, post("/portal/tickets/{id}/reopen", id).param("version", String.valueOf(version(id)))
			.param("body", "Toujours en panne"));
		assertThat(statusOf(id)).isEqualTo("RESOLVED");
	}

	@Test
	void resolvedTicketsCloseByThemselvesOnceTheReopeningDelayIsOverAndOnlyOnce() throws Exception {
		Long old = raised("Ancienne " + Fixtures.unique());
		Long recent = raised("Récente " + Fixtures.unique());
		setStatus(old, TicketStatus.RESOLVED, null, Instant.now().minus(8, ChronoUnit.DAYS));
		setStatus(recent, TicketStatus.RESOLVED, null, Instant.now().minus(2, ChronoUnit.DAYS));
		assertThat(this.closer.closeExpired()).isGreaterThanOrEqualTo(1);
		assertThat(statusOf(old)).isEqualTo("CLOSED");
		assertThat(statusOf(recent)).isEqualTo("RESOLVED");
		assertThat(this.closer.closeExpired()).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from sd_ticket_event where ticket_id = ? and to_value = 'CLOSED' and detail = ?")
			.params(old, ResolvedTicketCloser.AUTO_CLOSED)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void thePortalNeverShowsInternalNotesEvenToAnAgent() throws Exception {
		Long id = raised("Interne " + Fixtures.unique());
		as(this.agent,
				post("/api/v1/tickets/{id}/comments", id).contentType("application/json")
					.content("{\"body\":\"Note secrète des techniciens\",\"internal\":true}"))
			.andExpect(status().isCreated());
		as(this.agent, get("/portal/tickets/{id}", id)).andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Note secrète"))));
		as(this.agent, get("/servicedesk/tickets/{id}", id))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Note secrète")));
	}

	@Test
	void aColleagueFollowsATicketAndFindsItOnThePortalUntilSheStops() throws Exception {
		String title = "Suivie " + Fixtures.unique();
		Long id = raised(title);
		UserAccount colleague = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		as(colleague, post("/portal/tickets/{id}/watch", id)).andExpect(status().isFound())
			.andExpect(redirectedUrl("/portal/tickets/" + id));
		as(colleague, get("/portal")).andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
		as(colleague, post("/portal/tickets/{id}/unwatch", id));
		as(colleague, get("/portal"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(title))));
	}

	@Test
	void aTicketOfSomeoneElsesEstablishmentIsNotFoundOnThePortal() throws Exception {
		Long id = raised("Caché " + Fixtures.unique());
		UserAccount stranger = this.fixtures.establishmentAccount(Role.STAFF, this.b);
		as(stranger, get("/portal/tickets/{id}", id)).andExpect(status().isNotFound());
	}

	@Test
	void anEstablishmentAdministratorCannotPublishAGroupWideTopic() throws Exception {
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.a);
		String label = "Groupe " + Fixtures.unique();
		as(admin,
				post("/servicedesk/portal-topics").param("teamId", String.valueOf(this.team.getId()))
					.param("type", "INCIDENT")
					.param("labelFr", label)
					.param("labelEn", label)
					.param("icon", "printer"))
			.andExpect(status().isForbidden());
		as(admin,
				post("/servicedesk/portal-topics").param("establishmentId", String.valueOf(this.a.getId()))
					.param("teamId", String.valueOf(this.team.getId()))
					.param("type", "INCIDENT")
					.param("labelFr", label)
					.param("labelEn", label)
					.param("icon", "printer"))
			.andExpect(redirectedUrl("/servicedesk/portal-topics"));
		assertThat(this.topics.findAll().stream().filter(t -> t.getLabelFr().equals(label)).count()).isEqualTo(1);
	}

	@Test
	void aTopicWithAnInvalidIconIsRefusedInThePage() throws Exception {
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.a);
		as(admin,
				post("/servicedesk/portal-topics").param("establishmentId", String.valueOf(this.a.getId()))
					.param("teamId", String.valueOf(this.team.getId()))
					.param("type", "INCIDENT")
					.param("labelFr", "x")
					.param("labelEn", "x")
					.param("icon", "<script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
	}

}
