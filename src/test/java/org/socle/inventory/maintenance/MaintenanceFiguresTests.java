package org.socle.inventory.maintenance;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.InventoryFixtures.AssetRow;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Availability, compliance, MTTR and MTBF on a known data set (February 2025, 28 days
 * without a clock change), and the register's content and files.
 */
@SocleIntegrationTest
class MaintenanceFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	private Establishment establishment;

	private Team team;

	private long category;

	private UserAccount reader;

	@BeforeEach
	void world() {
		this.establishment = this.fixtures.establishment();
		this.team = this.fixtures.team(this.establishment, TeamKind.TECHNICAL);
		this.category = this.inventory.category("MEDICAL_DEVICE", "MAINTENANCE_MANDATORY");
		this.reader = this.fixtures.teamAccount(Role.TEAM_LEAD, this.team);
	}

	@Test
	void availabilityCountsOnlyUnplannedDowntimeAndOverlappingWindowsOnce() throws Exception {
		long a1 = asset("IN_SERVICE");
		long a2 = asset("IN_SERVICE");
		asset("IN_SERVICE");
		// a1: two overlapping repairs (08:00-20:00, 18:00-06:00) and a nonconformity stop
		// (04:00-10:00) overlapping the second: one stop from 10/02 08:00 to 11/02 10:00
		// = 26 h
		workOrder(a1, "CORRECTIVE", "DONE", null, null, "2025-02-10T08:00:00Z", "2025-02-10T20:00:00Z");
		workOrder(a1, "CORRECTIVE", "DONE", null, null, "2025-02-10T18:00:00Z", "2025-02-11T06:00:00Z");
		long control = workOrder(a1, "SAFETY_TEST", "DONE", null, "2025-02-11T04:00:00Z", null, null);
		nonconformity(control, a1, "2025-02-11T04:00:00Z", "2025-02-11T10:00:00Z");
		// a2: a repair begun before the period (clipped at the period's start: 12 h
		// inside
		// in UTC, 13 h in Paris) and planned downtime, which does not count
		workOrder(a2, "CORRECTIVE", "DONE", null, null, "2025-01-31T12:00:00Z", "2025-02-01T12:00:00Z");
		workOrder(a2, "PREVENTIVE", "DONE", null, null, "2025-02-15T08:00:00Z", "2025-02-15T13:00:00Z");

		double clipped = Duration
			.between(LocalDate.of(2025, 2, 1).atStartOfDay(ZoneId.systemDefault()).toInstant(),
					Instant.parse("2025-02-01T12:00:00Z"))
			.toMinutes() / 60.0;
		double down = 26 + clipped;
		Map<String, Object> total = total();
		assertThat(((Number) total.get("assets")).longValue()).isEqualTo(3);
		assertThat((Double) total.get("potentialHours")).isEqualTo(3 * 28 * 24.0);
		assertThat((Double) total.get("unplannedDowntimeHours")).isEqualTo(down);
		assertThat((Double) total.get("availability")).isCloseTo(1 - down / 2016.0, within(1e-12));
		assertThat(((Number) total.get("repairs")).longValue()).isEqualTo(3);
		assertThat((Double) total.get("mttrHours")).isEqualTo(16.0);
		assertThat(((Number) total.get("failures")).longValue()).isEqualTo(2);
		assertThat((Double) total.get("mtbfHours")).isEqualTo((2016.0 - down) / 2);
	}

	@Test
	void preventiveComplianceIsThePlansOccurrencesDoneInTheirWindowOverThoseDue() throws Exception {
		long a = asset("IN_SERVICE");
		long plan = plan();
		occurrence(a, plan, "2025-02-05", 7, "DONE", "2025-02-04");
		occurrence(a, plan, "2025-02-10", 7, "DONE", "2025-02-20");
		occurrence(a, plan, "2025-02-12", 7, "DONE", "2025-01-20");
		occurrence(a, plan, "2025-02-15", 0, "DONE", "2025-02-15");
		occurrence(a, plan, "2025-02-20", 7, "PLANNED", null);
		occurrence(a, plan, "2025-02-22", 7, "SUPPRESSED", null);
		occurrence(a, plan, "2025-03-05", 7, "DONE", "2025-03-05");
		workOrder(a, "INTERNAL_CONTROL", "OPEN", "2025-02-20", null, null, null);
		workOrder(a, "PREVENTIVE", "OPEN", "2025-02-20", null, null, null);

		Map<String, Object> total = total();
		// due in February: the 5th (done in its window), the 10th (done late), the 12th
		// (done too early), the 15th (no tolerance, done that day), the 20th (not done);
		// the 22nd was suppressed by a containing plan, March is outside the period
		assertThat(((Number) total.get("due")).longValue()).isEqualTo(5);
		assertThat(((Number) total.get("doneInWindow")).longValue()).isEqualTo(2);
		assertThat((Double) total.get("compliance")).isEqualTo(2.0 / 5);
		assertThat(((Number) total.get("overdueControls")).longValue()).isEqualTo(1);
	}

	@Test
	void theRegisterKeepsRetiredDevicesWithWhoEmployerStopRestartAndResult() throws Exception {
		long retired = asset("RETIRED");
		long done = workOrder(retired, "SAFETY_TEST", "DONE", null, "2024-05-02T10:00:00Z", "2024-05-02T08:00:00Z",
				"2024-05-02T11:00:00Z");
		this.jdbc.sql("update inv_work_order set conformity = 'CONFORMING' where id = :id").param("id", done).update();
		this.jdbc.sql("""
				insert into inv_work_record (work_order_id, technician_name, employer, minutes)
				values (:id, 'Paul Contrôle', 'Apave', 90)""").param("id", done).update();
		workOrder(retired, "CORRECTIVE", "CANCELLED", null, null, null, null);
		String body = this.mvc.perform(this.fixtures.as(this.reader, get("/api/v1/assets/{id}/register", retired)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> lines = JsonPath.read(body, "$");
		assertThat(lines).singleElement().satisfies(line -> {
			assertThat(line).containsEntry("assetStatus", "RETIRED")
				.containsEntry("nature", "SAFETY_TEST")
				.containsEntry("who", "Paul Contrôle")
				.containsEntry("employer", "Apave")
				.containsEntry("result", "CONFORMING")
				.containsEntry("date", "2024-05-02");
			assertThat(line.get("stoppedAt")).isNotNull();
			assertThat(line.get("restartedAt")).isNotNull();
		});
		UserAccount stranger = this.fixtures.teamAccount(Role.AGENT,
				this.fixtures.team(this.fixtures.establishment(), TeamKind.TECHNICAL));
		this.mvc.perform(this.fixtures.as(stranger, get("/api/v1/assets/{id}/register", retired)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theRegisterOfAnEstablishmentIsPrintedAsPdfAndExportedAsXlsx() throws Exception {
		long a = asset("DISPOSED");
		workOrder(a, "PREVENTIVE", "DONE", "2025-02-05", "2025-02-04T10:00:00Z", null, null);
		byte[] pdf = this.mvc
			.perform(this.fixtures.as(this.reader,
					get("/inventory/register/export.pdf")
						.param("establishmentId", String.valueOf(this.establishment.getId()))
						.param("from", "2025-01-01")
						.param("to", "2025-12-31")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		byte[] xlsx = this.mvc
			.perform(this.fixtures.as(this.reader,
					get("/inventory/register/export.xlsx").param("establishmentId",
							String.valueOf(this.establishment.getId()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
	}

	private Map<String, Object> total() throws Exception {
		String body = this.mvc
			.perform(this.fixtures.as(this.reader,
					get("/api/v1/maintenance-indicators").param("from", "2025-02-01")
						.param("to", "2025-02-28")
						.param("by", "CATEGORY")
						.param("categoryId", String.valueOf(this.category))
						.accept(MediaType.APPLICATION_JSON)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> rows = JsonPath.read(body, "$");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get("groupId")).isNull();
		return rows.get(1);
	}

	private long asset(String status) {
		return this.inventory.asset(new AssetRow(this.establishment.getId(), this.team.getId(), this.category, null,
				"SN-" + Fixtures.unique(), null, status, LocalDate.of(2020, 1, 15)));
	}

	private long workOrder(long asset, String type, String status, String dueOn, String completedAt, String downSince,
			String backInService) {
		return this.jdbc
			.sql("""
					insert into inv_work_order (number, type, asset_id, team_id, establishment_id, status, title, due_on,
					 completed_at, down_since, back_in_service_at, created_at, created_by, last_modified_at, last_modified_by)
					values ('OT-T' || nextval('inv_work_order_number_seq'), :type, :asset, :team, :establishment, :status,
					 'Essai', :due, :completed, :down, :back, :created, 'test', :created, 'test') returning id""")
			.param("type", type)
			.param("asset", asset)
			.param("team", this.team.getId())
			.param("establishment", this.establishment.getId())
			.param("status", status)
			.param("due", (dueOn != null) ? LocalDate.parse(dueOn) : null)
			.param("completed", timestamp(completedAt))
			.param("down", timestamp(downSince))
			.param("back", timestamp(backInService))
			.param("created", Timestamp.from(Instant.parse("2024-01-01T00:00:00Z")))
			.query(Long.class)
			.single();
	}

	private long plan() {
		return this.jdbc
			.sql("""
					insert into inv_plan (name, category_id, work_order_type, interval_months, recurrence, window_before_days,
					 window_after_days, performer, created_at, created_by, last_modified_at, last_modified_by)
					values ('Maintenance annuelle', :category, 'PREVENTIVE', 12, 'ANCHORED', 7, 7, 'INTERNAL_TEAM', now(),
					 'test', now(), 'test') returning id""")
			.param("category", this.category)
			.query(Long.class)
			.single();
	}

	/** An occurrence due that day, with a window of {@code days} either side. */
	private void occurrence(long asset, long plan, String dueOn, int days, String status, String completedOn) {
		LocalDate due = LocalDate.parse(dueOn);
		this.jdbc
			.sql("""
					insert into inv_plan_occurrence (asset_id, plan_id, series_start, due_on, window_start, window_end, status,
					 completed_on, created_at, created_by, last_modified_at, last_modified_by)
					values (:asset, :plan, :due, :due, :start, :end, :status, :completed, now(), 'test', now(), 'test')""")
			.param("asset", asset)
			.param("plan", plan)
			.param("due", due)
			.param("start", (days > 0) ? due.minusDays(days) : null)
			.param("end", (days > 0) ? due.plusDays(days) : null)
			.param("status", status)
			.param("completed", (completedOn != null) ? LocalDate.parse(completedOn) : null)
			.update();
	}

	private void nonconformity(long workOrder, long asset, String stoppedAt, String restartedAt) {
		this.jdbc
			.sql("""
					insert into inv_nonconformity (work_order_id, asset_id, severity, out_of_service, decided_by, stopped_at,
					 restarted_at, created_at, created_by, last_modified_at, last_modified_by)
					values (:wo, :asset, 'SERIOUS_NONCONFORMITY', true, 'test', :stop, :restart, now(), 'test', now(), 'test')""")
			.param("wo", workOrder)
			.param("asset", asset)
			.param("stop", timestamp(stoppedAt))
			.param("restart", timestamp(restartedAt))
			.update();
	}

	private static Timestamp timestamp(String instant) {
		return (instant != null) ? Timestamp.from(Instant.parse(instant)) : null;
	}

}
