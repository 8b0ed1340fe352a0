package org.socle.servicedesk.report;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socle.servicedesk.report.ReportWorld.Ticket;
import org.socle.servicedesk.sla.SlaSweep;
import org.socle.testing.Fixtures;
import org.socle.testing.SettableClock;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every figure of a team's February 2026 report, exact, on tickets driven through the
 * real services at set times, on a known calendar (Monday to Friday, 08:00-18:00, Paris)
 * and agreement (P2: response 30 min, resolution 2 h; P3: 1 h and 4 h):
 * <ul>
 * <li>T0 (P3 incident) opened Fri 30 Jan 10:00, answered 10:30, at risk and breached by
 * the sweep (13:30, 15:00), resolved Mon 2 Feb 09:00: resolution breached by 300 working
 * minutes;</li>
 * <li>T1 (P3 incident) opened Mon 2 Feb 09:05, answered 09:20, resolved 11:00 (rated 9),
 * closed Tue 3 Feb 10:00;</li>
 * <li>T2 (P2 request) opened Tue 3 Feb 09:00, answered 10:30 (60 min late), pending for
 * the requester 11:00 to Wed 09:00, resolved Wed 12:00 (180 min late, rated 4);</li>
 * <li>T3 (P3) opened Wed 4 Feb 14:00, answered by a public comment 14:10, cancelled
 * 15:00;</li>
 * <li>T4 (P3) opened Thu 5 Feb 10:00, answered 10:10, resolved 11:00, reopened by its
 * requester Fri 6 Feb 09:00, resolved again 10:00;</li>
 * <li>T5 opened Mon 23 Feb 09:00, untouched; T6 opened Fri 27 Feb 17:00, answered Mon 2
 * Mar 08:30 (late, in March);</li>
 * <li>U1, of the other team of the establishment, opened Tue 10 Feb 10:00.</li>
 * </ul>
 */
@SocleIntegrationTest
@Import(SettableClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceReportFiguresTests {

	static final String FEBRUARY = "from=2026-02-01&to=2026-02-28";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SettableClock clock;

	@Autowired
	SlaSweep sweep;

	ReportWorld w;

	final List<Ticket> t = new ArrayList<>();

	Ticket u1;

	@BeforeAll
	void scenario() throws Exception {
		this.w = new ReportWorld(this.mvc, this.fixtures, this.json, this.jdbc, this.clock);
		this.clock.set("2026-01-29T09:00");
		this.w.agreement();
		Ticket t0 = this.w.open("2026-01-30T10:00", "INCIDENT", 2, 2, this.w.team);
		this.w.assign(t0, "2026-01-30T10:30");
		this.w.move(t0, "IN_PROGRESS", "2026-01-30T10:40");
		this.sweep.sweep(SettableClock.paris("2026-01-30T13:30"));
		this.sweep.sweep(SettableClock.paris("2026-01-30T15:00"));
		this.w.move(t0, "RESOLVED", "2026-02-02T09:00");

		Ticket t1 = this.w.open("2026-02-02T09:05", "INCIDENT", 2, 2, this.w.team);
		this.w.assign(t1, "2026-02-02T09:20");
		this.w.move(t1, "IN_PROGRESS", "2026-02-02T09:30");
		this.w.move(t1, "RESOLVED", "2026-02-02T11:00");
		this.w.rate(t1, 9, "2026-02-02T12:00");
		this.w.move(t1, "CLOSED", "2026-02-03T10:00");

		Ticket t2 = this.w.open("2026-02-03T09:00", "SERVICE_REQUEST", 1, 2, this.w.team);
		this.w.assign(t2, "2026-02-03T10:30");
		this.w.move(t2, "IN_PROGRESS", "2026-02-03T10:45");
		this.w.pending(t2, "REQUESTER", "2026-02-03T11:00");
		this.w.move(t2, "IN_PROGRESS", "2026-02-04T09:00");
		this.w.move(t2, "RESOLVED", "2026-02-04T12:00");
		this.w.rate(t2, 4, "2026-02-04T13:00");

		Ticket t3 = this.w.open("2026-02-04T14:00", "INCIDENT", 2, 2, this.w.team);
		this.w.comment(t3, "2026-02-04T14:10");
		this.w.move(t3, "CANCELLED", "2026-02-04T15:00");

		Ticket t4 = this.w.open("2026-02-05T10:00", "INCIDENT", 2, 2, this.w.team);
		this.w.assign(t4, "2026-02-05T10:10");
		this.w.move(t4, "IN_PROGRESS", "2026-02-05T10:20");
		this.w.move(t4, "RESOLVED", "2026-02-05T11:00");
		this.w.reopen(t4, "2026-02-06T09:00");
		this.w.move(t4, "RESOLVED", "2026-02-06T10:00");

		this.u1 = this.w.open("2026-02-10T10:00", "INCIDENT", 2, 2, this.w.otherTeam);
		Ticket t5 = this.w.open("2026-02-23T09:00", "INCIDENT", 2, 2, this.w.team);
		Ticket t6 = this.w.open("2026-02-27T17:00", "INCIDENT", 2, 2, this.w.team);
		this.w.assign(t6, "2026-03-02T08:30");
		this.t.addAll(List.of(t0, t1, t2, t3, t4, t5, t6));
	}

	private JsonNode report(String query) throws Exception {
		return this.w.read(this.w.as(this.w.lead, get("/api/v1/reports/service?" + query)).andExpect(status().isOk()));
	}

	private JsonNode teamFebruary() throws Exception {
		return report("teamId=" + this.w.team.getId() + "&" + FEBRUARY);
	}

	@Test
	void volumesCountTicketsCreatedResolvedClosedAndCancelledInThePeriodPerTypeAndPriority() throws Exception {
		JsonNode r = teamFebruary();
		assertThat(counts(r.get("volumes"))).containsExactly(6L, 4L, 1L, 1L);
		assertThat(counts(r.get("byType").get("INCIDENT"))).containsExactly(5L, 3L, 1L, 1L);
		assertThat(counts(r.get("byType").get("SERVICE_REQUEST"))).containsExactly(1L, 1L, 0L, 0L);
		assertThat(r.get("byType").size()).isEqualTo(2);
		assertThat(counts(r.get("byPriority").get("2"))).containsExactly(1L, 1L, 0L, 0L);
		assertThat(counts(r.get("byPriority").get("3"))).containsExactly(5L, 3L, 1L, 1L);
		assertThat(r.get("byPriority").size()).isEqualTo(2);
	}

	@Test
	void backlogIsTheTicketsOpenAtTheStartAndAtTheEndOfThePeriod() throws Exception {
		JsonNode r = teamFebruary();
		assertThat(r.get("backlog").get("openAtStart").asLong()).isEqualTo(1);
		assertThat(r.get("backlog").get("openAtEnd").asLong()).isEqualTo(2);
	}

	@Test
	void complianceCountsTheClocksThatEndedInThePeriodMetOrBreached() throws Exception {
		JsonNode r = teamFebruary();
		assertThat(r.get("response").get("met").asLong()).isEqualTo(3);
		assertThat(r.get("response").get("total").asLong()).isEqualTo(4);
		assertThat(r.get("response").get("percent").asDouble()).isEqualTo(75.0);
		assertThat(r.get("resolution").get("met").asLong()).isEqualTo(2);
		assertThat(r.get("resolution").get("total").asLong()).isEqualTo(4);
		assertThat(r.get("resolution").get("percent").asDouble()).isEqualTo(50.0);
	}

	@Test
	void breachesListEachBreachedClockWithItsAgreementTargetLatenessWaitsAndEscalations() throws Exception {
		JsonNode r = teamFebruary();
		assertThat(r.get("breachCount").asLong()).isEqualTo(3);
		JsonNode b = r.get("breaches");
		assertThat(b).hasSize(3);
		Ticket t0 = this.t.get(0);
		Ticket t2 = this.t.get(2);
		assertBreach(b.get(0), t2, "RESOLUTION", 2, 120, 180, "2026-02-04T08:00:00Z");
		assertThat(texts(b.get(0).get("pendingReasons"))).containsExactly("REQUESTER");
		assertThat(b.get(0).get("escalations")).isEmpty();
		assertBreach(b.get(1), t2, "RESPONSE", 2, 30, 60, "2026-02-03T08:30:00Z");
		assertThat(b.get(1).get("pendingReasons")).isEmpty();
		assertBreach(b.get(2), t0, "RESOLUTION", 3, 240, 300, "2026-01-30T13:00:00Z");
		assertThat(b.get(2).get("pendingReasons")).isEmpty();
		JsonNode escalations = b.get(2).get("escalations");
		assertThat(escalations).hasSize(2);
		assertThat(escalations.get(0).get("level").asText()).isEqualTo("AT_RISK");
		assertThat(escalations.get(0).get("detectedAt").asText()).isEqualTo("2026-01-30T12:30:00Z");
		assertThat(escalations.get(0).get("warned").asInt()).isEqualTo(2);
		assertThat(escalations.get(1).get("level").asText()).isEqualTo("BREACHED");
		assertThat(escalations.get(1).get("detectedAt").asText()).isEqualTo("2026-01-30T14:00:00Z");
		assertThat(escalations.get(1).get("warned").asInt()).isEqualTo(2);
		assertThat(b.get(2).get("agreement").asText()).startsWith("SLA SLA Rapport ");
	}

	private void assertBreach(JsonNode breach, Ticket ticket, String kind, int priority, int target, int late,
			String breachedAt) {
		assertThat(breach.get("ticketNumber").asText()).isEqualTo(ticket.number());
		assertThat(breach.get("kind").asText()).isEqualTo(kind);
		assertThat(breach.get("priority").asInt()).isEqualTo(priority);
		assertThat(breach.get("targetMinutes").asInt()).isEqualTo(target);
		assertThat(breach.get("lateMinutes").asLong()).isEqualTo(late);
		assertThat(breach.get("breachedAt").asText()).isEqualTo(breachedAt);
	}

	@Test
	void satisfactionIsTheMeanOfTheAnswersAndTheShareOfSurveysAnswered() throws Exception {
		JsonNode s = teamFebruary().get("satisfaction");
		assertThat(s.get("invitations").asLong()).isEqualTo(5);
		assertThat(s.get("answers").asLong()).isEqualTo(2);
		assertThat(s.get("meanRating").asDouble()).isEqualTo(6.5);
		assertThat(s.get("responseRate").asDouble()).isEqualTo(0.4);
	}

	@Test
	void reopenRateIsTicketsReopenedInThePeriodPerTicketResolvedInIt() throws Exception {
		JsonNode reopen = teamFebruary().get("reopen");
		assertThat(reopen.get("reopened").asLong()).isEqualTo(1);
		assertThat(reopen.get("resolved").asLong()).isEqualTo(4);
		assertThat(reopen.get("rate").asDouble()).isEqualTo(0.25);
	}

	@Test
	void everyCountLeadsToExactlyTheTicketsItCounts() throws Exception {
		String team = "teamId=" + this.w.team.getId() + "&" + FEBRUARY;
		assertThat(drill(team, "CREATED")).containsExactlyInAnyOrder(numbers(1, 2, 3, 4, 5, 6));
		assertThat(drill(team, "RESOLVED")).containsExactlyInAnyOrder(numbers(0, 1, 2, 4));
		assertThat(drill(team, "CLOSED")).containsExactlyInAnyOrder(numbers(1));
		assertThat(drill(team, "CANCELLED")).containsExactlyInAnyOrder(numbers(3));
		assertThat(drill(team, "REOPENED")).containsExactlyInAnyOrder(numbers(4));
		assertThat(drill(team, "OPEN_AT_START")).containsExactlyInAnyOrder(numbers(0));
		assertThat(drill(team, "OPEN_AT_END")).containsExactlyInAnyOrder(numbers(5, 6));
		assertThat(drill(team, "RESPONSE_MET")).containsExactlyInAnyOrder(numbers(1, 3, 4));
		assertThat(drill(team, "RESPONSE_BREACHED")).containsExactlyInAnyOrder(numbers(2));
		assertThat(drill(team, "RESPONSE_ENDED")).containsExactlyInAnyOrder(numbers(1, 2, 3, 4));
		assertThat(drill(team, "RESOLUTION_MET")).containsExactlyInAnyOrder(numbers(1, 4));
		assertThat(drill(team, "RESOLUTION_BREACHED")).containsExactlyInAnyOrder(numbers(0, 2));
		assertThat(drill(team, "RESOLUTION_ENDED")).containsExactlyInAnyOrder(numbers(0, 1, 2, 4));
		assertThat(drill(team + "&type=SERVICE_REQUEST", "CREATED")).containsExactly(numbers(2));
		assertThat(drill(team + "&priority=3", "RESOLVED")).containsExactlyInAnyOrder(numbers(0, 1, 4));
	}

	@Test
	void theYearMonthByMonthGivesEachMonthTheFiguresOfItsOwnReport() throws Exception {
		JsonNode m = this.w
			.read(this.w.as(this.w.lead, get("/api/v1/reports/monthly?year=2026&teamId=" + this.w.team.getId()))
				.andExpect(status().isOk()));
		assertThat(m.get("openAtStart").asLong()).isZero();
		JsonNode months = m.get("months");
		assertThat(months).hasSize(12);
		JsonNode january = months.get(0);
		assertThat(monthCounts(january)).containsExactly(1L, 0L, 0L, 0L, 1L);
		assertThat(january.get("response").get("met").asLong()).isEqualTo(1);
		assertThat(january.get("response").get("total").asLong()).isEqualTo(1);
		JsonNode february = months.get(1);
		JsonNode report = teamFebruary();
		assertThat(monthCounts(february)).containsExactly(6L, 4L, 1L, 1L, 2L);
		assertThat(february.get("response")).isEqualTo(report.get("response"));
		assertThat(february.get("resolution")).isEqualTo(report.get("resolution"));
		assertThat(february.get("satisfaction")).isEqualTo(report.get("satisfaction"));
		assertThat(february.get("reopen")).isEqualTo(report.get("reopen"));
		JsonNode march = months.get(2);
		assertThat(monthCounts(march)).containsExactly(0L, 0L, 0L, 0L, 2L);
		assertThat(march.get("response").get("met").asLong()).isZero();
		assertThat(march.get("response").get("total").asLong()).isEqualTo(1);
		assertThat(monthCounts(months.get(11))).containsExactly(0L, 0L, 0L, 0L, 2L);
	}

	@Test
	void aReaderOfATeamSeesOnlyItsTicketsInTheEstablishmentsReportAndAnAdministratorSeesThemAll() throws Exception {
		String establishment = "establishmentId=" + this.w.a.getId() + "&" + FEBRUARY;
		JsonNode asLead = report(establishment);
		assertThat(asLead.get("volumes").get("created").asLong()).isEqualTo(6);
		JsonNode asAdmin = this.w
			.read(this.w.as(this.w.admin, get("/api/v1/reports/service?" + establishment)).andExpect(status().isOk()));
		assertThat(asAdmin.get("volumes").get("created").asLong()).isEqualTo(7);
		JsonNode asOtherAgent = this.w
			.read(this.w.as(this.w.otherAgent, get("/api/v1/reports/service?" + establishment))
				.andExpect(status().isOk()));
		assertThat(asOtherAgent.get("volumes").get("created").asLong()).isEqualTo(1);
		assertThat(asOtherAgent.get("backlog").get("openAtEnd").asLong()).isEqualTo(1);
	}

	private List<String> drill(String query, String drill) throws Exception {
		JsonNode page = this.w
			.read(this.w.as(this.w.lead, get("/api/v1/reports/service/tickets?drill=" + drill + "&size=50&" + query))
				.andExpect(status().isOk()));
		List<String> numbers = texts(page.get("content"), "number");
		assertThat(page.get("totalElements").asLong()).isEqualTo(numbers.size());
		return numbers;
	}

	private String[] numbers(int... indexes) {
		return java.util.Arrays.stream(indexes).mapToObj(i -> this.t.get(i).number()).toArray(String[]::new);
	}

	private static List<Long> counts(JsonNode counts) {
		return List.of(counts.get("created").asLong(), counts.get("resolved").asLong(), counts.get("closed").asLong(),
				counts.get("cancelled").asLong());
	}

	private static List<Long> monthCounts(JsonNode month) {
		return List.of(month.get("created").asLong(), month.get("resolved").asLong(), month.get("closed").asLong(),
				month.get("cancelled").asLong(), month.get("openAtEnd").asLong());
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(n -> texts.add(n.asText()));
		return texts;
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> texts = new ArrayList<>();
		array.forEach(n -> texts.add(n.get(field).asText()));
		return texts;
	}

}
