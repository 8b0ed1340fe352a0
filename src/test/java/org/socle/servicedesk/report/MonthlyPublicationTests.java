package org.socle.servicedesk.report;

import java.time.YearMonth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.report.ReportWorld.Ticket;
import org.socle.testing.Fixtures;
import org.socle.testing.SettableClock;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Published monthly figures, on September 2023 (a month no other test uses): tickets of
 * team T of establishment A (opened, answered, resolved, rated, cancelled, reopened, left
 * open), one of A's other team and one of another establishment B. The month is published
 * on 2 October; then a ticket resolved in September is reopened, an open one is resolved
 * late and another is transferred to the other team, which change September's live
 * figures but not its published ones.
 */
@SocleIntegrationTest
@Import(SettableClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyPublicationTests {

	static final String SEPTEMBER = "from=2023-09-01&to=2023-09-30";

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
	PublishedMonths published;

	@Autowired
	CurrentAccess access;

	@Autowired
	ServiceReports reports;

	ReportWorld w;

	Establishment b;

	UserAccount readerOfA;

	JsonNode teamLiveBefore;

	JsonNode establishmentLiveBefore;

	JsonNode teamReportBefore;

	JsonNode firstPublication;

	@BeforeAll
	void scenario() throws Exception {
		this.w = new ReportWorld(this.mvc, this.fixtures, this.json, this.jdbc, this.clock);
		this.b = this.fixtures.establishment();
		Team teamOfB = this.fixtures.team(this.b, TeamKind.IT);
		this.readerOfA = this.fixtures.establishmentAccount(Role.AGENT, this.w.a);
		this.clock.set("2023-08-30T09:00");
		this.w.agreement("2023-01-01");
		Ticket t1 = this.w.open("2023-09-04T09:00", "INCIDENT", 2, 2, this.w.team);
		this.w.assign(t1, "2023-09-04T09:10");
		this.w.move(t1, "IN_PROGRESS", "2023-09-04T09:20");
		this.w.move(t1, "RESOLVED", "2023-09-04T10:00");
		this.w.rate(t1, 8, "2023-09-04T11:00");
		Ticket t2 = this.w.open("2023-09-05T09:00", "SERVICE_REQUEST", 2, 2, this.w.team);
		this.w.assign(t2, "2023-09-05T11:00");
		this.w.move(t2, "IN_PROGRESS", "2023-09-05T11:10");
		this.w.move(t2, "RESOLVED", "2023-09-07T10:00");
		this.w.move(t2, "CLOSED", "2023-09-08T10:00");
		Ticket open = this.w.open("2023-09-11T09:00", "INCIDENT", 2, 2, this.w.team);
		this.w.assign(open, "2023-09-11T09:10");
		Ticket cancelled = this.w.open("2023-09-12T09:00", "INCIDENT", 2, 2, this.w.team);
		this.w.move(cancelled, "CANCELLED", "2023-09-12T10:00");
		Ticket reopened = this.w.open("2023-09-13T09:00", "INCIDENT", 2, 2, this.w.team);
		this.w.assign(reopened, "2023-09-13T09:10");
		this.w.move(reopened, "IN_PROGRESS", "2023-09-13T09:20");
		this.w.move(reopened, "RESOLVED", "2023-09-13T10:00");
		this.w.reopen(reopened, "2023-09-14T09:00");
		this.w.move(reopened, "RESOLVED", "2023-09-14T10:00");
		this.w.rate(reopened, 6, "2023-09-14T11:00");
		Ticket lateInTheMonth = this.w.open("2023-09-28T09:00", "INCIDENT", 2, 2, this.w.team);
		this.w.assign(lateInTheMonth, "2023-09-28T09:10");
		this.w.move(lateInTheMonth, "IN_PROGRESS", "2023-09-28T09:20");
		this.w.move(lateInTheMonth, "RESOLVED", "2023-09-29T10:00");
		Ticket handedOver = this.w.open("2023-09-20T09:00", "INCIDENT", 2, 2, this.w.team);
		this.w.open("2023-09-15T09:00", "INCIDENT", 2, 2, this.w.otherTeam);
		this.w.open("2023-09-18T09:00", "INCIDENT", 2, 2, teamOfB,
				this.fixtures.establishmentAccount(Role.STAFF, this.b));

		this.clock.set("2023-10-02T03:00");
		this.teamLiveBefore = september(this.w.lead, "teamId=" + this.w.team.getId());
		this.establishmentLiveBefore = september(this.readerOfA, "");
		this.teamReportBefore = teamReport();
		this.firstPublication = publishSeptember().get(0);

		this.w.reopen(lateInTheMonth, "2023-10-03T09:00");
		this.w.move(open, "IN_PROGRESS", "2023-10-03T09:30");
		this.w.move(open, "RESOLVED", "2023-10-03T10:00");
		this.w.transfer(handedOver, this.w.otherTeam, "2023-10-03T11:00");
		this.clock.set("2023-10-05T09:00");
	}

	@Test
	void publishedFiguresAreTheLiveFiguresAtPublication() throws Exception {
		JsonNode published = september(this.w.lead, "teamId=" + this.w.team.getId());
		assertThat(published.get("publishedAt").isNull()).isFalse();
		assertThat(this.teamLiveBefore.get("publishedAt").isNull()).isTrue();
		assertThat(figures(published)).isEqualTo(figures(this.teamLiveBefore));
		assertThat(this.teamLiveBefore.get("created").asLong()).isEqualTo(7);
		assertThat(this.teamLiveBefore.get("resolved").asLong()).isEqualTo(4);
		assertThat(this.teamLiveBefore.get("cancelled").asLong()).isEqualTo(1);
		assertThat(this.teamLiveBefore.get("openAtEnd").asLong()).isEqualTo(2);
		assertThat(this.teamLiveBefore.get("satisfaction").get("invitations").asLong()).isEqualTo(5);
		assertThat(this.teamLiveBefore.get("satisfaction").get("meanRating").asDouble()).isEqualTo(7.0);
	}

	@Test
	void aReopeningATransferAndALateResolutionAfterwardsDoNotChangeThePublishedMonth() throws Exception {
		JsonNode live = teamReport();
		assertThat(live.get("volumes").get("resolved").asLong())
			.isEqualTo(this.teamReportBefore.get("volumes").get("resolved").asLong() - 1);
		assertThat(live.get("volumes").get("created").asLong())
			.isEqualTo(this.teamReportBefore.get("volumes").get("created").asLong() - 1);
		JsonNode published = september(this.w.lead, "teamId=" + this.w.team.getId());
		assertThat(figures(published)).isEqualTo(figures(this.teamLiveBefore));
		assertThat(published.get("publishedAt").asText()).isEqualTo(this.firstPublication.get("publishedAt").asText());
	}

	@Test
	void publishingAPublishedMonthAgainWritesNothing() throws Exception {
		long cells = cellsOfSeptember();
		assertThat(this.firstPublication.get("cells").asLong()).isEqualTo(cells).isPositive();
		JsonNode again = publishSeptember().get(0);
		assertThat(again.get("written").asBoolean()).isFalse();
		assertThat(again.get("publishedAt").asText()).isEqualTo(this.firstPublication.get("publishedAt").asText());
		assertThat(again.get("cells").asLong()).isEqualTo(cells);
		assertThat(cellsOfSeptember()).isEqualTo(cells);
	}

	@Test
	void anEstablishmentReaderSumsOnlyTheCellsOfItsEstablishment() throws Exception {
		JsonNode published = september(this.readerOfA, "");
		assertThat(figures(published)).isEqualTo(figures(this.establishmentLiveBefore));
		assertThat(published.get("created").asLong()).isEqualTo(8);
		JsonNode ofB = september(this.w.admin, "establishmentId=" + this.b.getId());
		assertThat(ofB.get("created").asLong()).isEqualTo(1);
		this.w.as(this.readerOfA, get("/api/v1/reports/monthly?year=2023&establishmentId=" + this.b.getId()))
			.andExpect(status().isNotFound());
	}

	@Test
	void monthsNotPublishedAreCountedLive() throws Exception {
		JsonNode october = month(this.w.lead, "teamId=" + this.w.team.getId(), 9);
		assertThat(october.get("publishedAt").isNull()).isTrue();
		assertThat(october.get("reopen").get("reopened").asLong()).isEqualTo(1);
	}

	@Test
	void theNightlyJobPublishesTheMonthBeforeOnceAndNothingMore() {
		MonthlyPublication job = new MonthlyPublication(this.published, this.access, this.reports, this.clock, 1);
		var first = job.catchUp(SettableClock.paris("2023-12-01T02:20"));
		assertThat(first).extracting(PublishedMonths.Publication::month).containsExactly(YearMonth.of(2023, 11));
		assertThat(job.catchUp(SettableClock.paris("2023-12-02T02:20"))).isEmpty();
	}

	@Test
	void aMonthNotOverIsNotPublished() throws Exception {
		this.clock.set("2023-10-05T09:00");
		this.w.as(this.w.admin, post("/api/v1/reports/publications?from=2023-09&to=2023-10"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].rule").value("MonthNotOver"));
		assertThat(this.published.find(YearMonth.of(2023, 10))).isEmpty();
	}

	private JsonNode publishSeptember() throws Exception {
		return this.w.read(this.w.as(this.w.admin, post("/api/v1/reports/publications?from=2023-09&to=2023-09"))
			.andExpect(status().isOk()));
	}

	private JsonNode september(UserAccount reader, String filter) throws Exception {
		return month(reader, filter, 8);
	}

	private JsonNode month(UserAccount reader, String filter, int index) throws Exception {
		return this.w
			.read(this.w.as(reader, get("/api/v1/reports/monthly?year=2023&" + filter)).andExpect(status().isOk()))
			.get("months")
			.get(index);
	}

	private JsonNode teamReport() throws Exception {
		return this.w
			.read(this.w.as(this.w.lead, get("/api/v1/reports/service?teamId=" + this.w.team.getId() + "&" + SEPTEMBER))
				.andExpect(status().isOk()));
	}

	/** The month's figures, whether published or not. */
	private static JsonNode figures(JsonNode month) {
		ObjectNode copy = ((ObjectNode) month).deepCopy();
		copy.remove("publishedAt");
		return copy;
	}

	private long cellsOfSeptember() {
		return this.jdbc.sql("select count(*) from sd_report_month_cell where month = date '2023-09-01'")
			.query(Long.class)
			.single();
	}

}
