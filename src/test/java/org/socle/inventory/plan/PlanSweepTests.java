package org.socle.inventory.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class PlanSweepTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	PlanSweep sweep;

	@Autowired
	PlanOccurrences occurrences;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private Team team;

	private Establishment establishment;

	private long category;

	private long asset(LocalDate firstInService, String status) {
		if (this.team == null) {
			this.establishment = this.fixtures.establishment();
			this.team = this.fixtures.team(this.establishment, TeamKind.BIOMEDICAL);
			this.category = this.inventory.category("MEDICAL_DEVICE", "MAINTENANCE_MANDATORY");
		}
		return this.inventory.asset(new AssetRow(this.establishment.getId(), this.team.getId(), this.category, null,
				"SN-" + Fixtures.unique(), null, status, firstInService));
	}

	private Map<String, Object> occurrence(long asset, long plan, String status) {
		return this.jdbc.sql("select * from inv_plan_occurrence where asset_id = :a and plan_id = :p and status = :s")
			.param("a", asset)
			.param("p", plan)
			.param("s", status)
			.query()
			.singleRow();
	}

	private long count(String sql, long asset) {
		return this.jdbc.sql(sql).param("a", asset).query(Long.class).single();
	}

	@Test
	void theJobCreatesTheFirstOccurrenceAsTheArithmeticDoes() {
		LocalDate since = LocalDate.of(2019, 1, 31);
		long a = asset(since, "IN_SERVICE");
		long monthly = PlanRows.categoryPlan(this.jdbc, this.category, 1, null, "ANCHORED", 3, 7, 0);
		long yearly = PlanRows.categoryPlan(this.jdbc, this.category, 12, null, "ANCHORED", 0, 0, 0);
		long days = PlanRows.categoryPlan(this.jdbc, this.category, null, 45, "FLOATING", 0, 0, 0);
		LocalDate today = LocalDate.of(2027, 2, 10);

		this.sweep.sweep(today);

		assertThat(occurrence(a, monthly, "PLANNED")).containsEntry("due_on", java.sql.Date.valueOf("2027-02-28"))
			.containsEntry("window_start", java.sql.Date.valueOf("2027-02-25"))
			.containsEntry("window_end", java.sql.Date.valueOf("2027-03-07"));
		for (var plan : Map
			.of(monthly, Trigger.everyMonths(1, Recurrence.ANCHORED), yearly,
					Trigger.everyMonths(12, Recurrence.ANCHORED), days, Trigger.everyDays(45, Recurrence.FLOATING))
			.entrySet()) {
			assertThat(((java.sql.Date) occurrence(a, plan.getKey(), "PLANNED").get("due_on")).toLocalDate())
				.isEqualTo(NextDue.first(plan.getValue(), since, today, null).dueOn());
		}
	}

	@Test
	void theJobOpensTheWorkOrderOnceWithinTheLeadTimeForTheOwnerTeamWithThePlansChecklist() {
		long a = asset(TODAY.minusYears(3).plusDays(20), "IN_SERVICE");
		long far = asset(TODAY.minusYears(3).plusDays(60), "IN_SERVICE");
		long plan = PlanRows.categoryPlan(this.jdbc, this.category, 12, null, "ANCHORED", 0, 30, 30);
		this.jdbc
			.sql("""
					insert into inv_plan_task (plan_id, position, label, unit, lower_limit, upper_limit)
					values (:p, 0, 'Débit à 100 mL/h', 'mL/h', 95, 105), (:p, 1, 'Alarme d''occlusion', null, null, null)""")
			.param("p", plan)
			.update();

		this.sweep.sweep(TODAY);
		this.sweep.sweep(TODAY);

		Map<String, Object> open = occurrence(a, plan, "WORK_ORDER_OPEN");
		Map<String, Object> order = this.jdbc.sql("select * from inv_work_order where id = :id")
			.param("id", open.get("work_order_id"))
			.query()
			.singleRow();
		assertThat(order).containsEntry("team_id", this.team.getId())
			.containsEntry("type", "PREVENTIVE")
			.containsEntry("status", "OPEN")
			.containsEntry("due_on", java.sql.Date.valueOf(TODAY.plusDays(20)));
		assertThat(count("select count(*) from inv_work_order where asset_id = :a", a)).isEqualTo(1);
		assertThat(count("select count(*) from inv_plan_occurrence where asset_id = :a", a)).isEqualTo(1);
		assertThat(occurrence(far, plan, "PLANNED")).containsEntry("work_order_id", null);
		assertThat(this.jdbc.sql("""
				select label || ' ' || coalesce(unit, '-') || ' ' || coalesce(lower_limit::int::text, '-') || '..'
				 || coalesce(upper_limit::int::text, '-') || ' ' || from_plan
				from inv_work_order_check where work_order_id = :w order by position""")
			.param("w", open.get("work_order_id"))
			.query(String.class)
			.list()).containsExactly("Débit à 100 mL/h mL/h 95..105 true", "Alarme d'occlusion - -..- true");
	}

	@Test
	void anOccurrencePastItsWindowIsFlaggedOverdueOnlyOnce() {
		long a = asset(TODAY.minusYears(1), "IN_SERVICE");
		long plan = PlanRows.categoryPlan(this.jdbc, this.category, 12, null, "ANCHORED", 0, 15, 0);
		this.sweep.sweep(TODAY);

		this.sweep.sweep(TODAY.plusDays(15));
		boolean inWindow = (boolean) occurrence(a, plan, "WORK_ORDER_OPEN").get("overdue");
		this.sweep.sweep(TODAY.plusDays(16));
		long version = (long) occurrence(a, plan, "WORK_ORDER_OPEN").get("version");
		this.sweep.sweep(TODAY.plusDays(17));

		assertThat(inWindow).isFalse();
		assertThat(occurrence(a, plan, "WORK_ORDER_OPEN")).containsEntry("overdue", true)
			.containsEntry("version", version);
	}

	@Test
	void anAssetOutOfServiceGetsNoWorkOrderAndNoOverdueFlag() {
		long a = asset(TODAY.minusYears(1), "IN_SERVICE");
		long plan = PlanRows.categoryPlan(this.jdbc, this.category, 12, null, "ANCHORED", 0, 0, 10);
		this.sweep.sweep(TODAY.minusDays(20));
		this.jdbc.sql("update inv_asset set status = 'OUT_OF_SERVICE' where id = :a").param("a", a).update();

		this.sweep.sweep(TODAY.plusDays(5));

		assertThat(occurrence(a, plan, "PLANNED")).containsEntry("overdue", false);
		assertThat(count("select count(*) from inv_work_order where asset_id = :a", a)).isZero();
	}

	@Test
	void aContainedOccurrenceDueInTheContainingWindowIsSuppressedAndFollowsItsCompletion() {
		long a = asset(LocalDate.of(2025, 3, 1), "IN_SERVICE");
		long yearly = PlanRows.categoryPlan(this.jdbc, this.category, 12, null, "ANCHORED", 30, 30, 0);
		long quarterly = PlanRows.categoryPlan(this.jdbc, this.category, 3, null, "ANCHORED", 7, 7, 0);
		PlanRows.contains(this.jdbc, yearly, quarterly);
		long other = asset(LocalDate.of(2025, 4, 20), "IN_SERVICE");

		this.sweep.sweep(LocalDate.of(2026, 1, 10));

		Map<String, Object> containing = occurrence(a, yearly, "PLANNED");
		Map<String, Object> suppressed = occurrence(a, quarterly, "SUPPRESSED");
		assertThat(suppressed).containsEntry("due_on", java.sql.Date.valueOf("2026-03-01"))
			.containsEntry("suppressed_by_id", containing.get("id"));
		assertThat(occurrence(other, quarterly, "PLANNED")).containsEntry("due_on",
				java.sql.Date.valueOf("2026-01-20"));

		this.occurrences.completed((long) containing.get("id"), LocalDate.of(2026, 2, 25), null);

		assertThat(occurrence(a, quarterly, "SUPPRESSED")).containsEntry("completed_on",
				java.sql.Date.valueOf("2026-02-25"));
		assertThat(occurrence(a, quarterly, "PLANNED")).containsEntry("due_on", java.sql.Date.valueOf("2026-06-01"));
		assertThat(occurrence(a, yearly, "PLANNED")).containsEntry("due_on", java.sql.Date.valueOf("2027-03-01"));
	}

	@Test
	void completingLateKeepsTheAnniversaryWhenAnchoredAndCountsFromCompletionWhenFloating() {
		long a = asset(LocalDate.of(2025, 3, 10), "IN_SERVICE");
		long anchored = PlanRows.categoryPlan(this.jdbc, this.category, 12, null, "ANCHORED", 0, 30, 0);
		long floating = PlanRows.categoryPlan(this.jdbc, this.category, 12, null, "FLOATING", 0, 30, 0);
		this.sweep.sweep(LocalDate.of(2026, 1, 5));

		for (long plan : new long[] { anchored, floating }) {
			this.occurrences.completed((long) occurrence(a, plan, "PLANNED").get("id"), LocalDate.of(2026, 4, 2), null);
		}

		assertThat(occurrence(a, anchored, "PLANNED")).containsEntry("due_on", java.sql.Date.valueOf("2027-03-10"));
		assertThat(occurrence(a, floating, "PLANNED")).containsEntry("due_on", java.sql.Date.valueOf("2027-04-02"));
		assertThat(this.occurrences.completed((long) occurrence(a, anchored, "DONE").get("id"),
				LocalDate.of(2026, 4, 3), null))
			.isEmpty();
	}

	@Test
	void aWorkOrderFoundDoneCompletesItsOccurrence() {
		long a = asset(TODAY.minusYears(1).plusDays(5), "IN_SERVICE");
		long plan = PlanRows.categoryPlan(this.jdbc, this.category, 6, null, "FLOATING", 0, 10, 10);
		this.sweep.sweep(TODAY);
		Object order = occurrence(a, plan, "WORK_ORDER_OPEN").get("work_order_id");
		this.jdbc.sql("update inv_work_order set status = 'DONE', last_modified_at = :at where id = :id")
			.param("at", java.sql.Timestamp.valueOf("2026-12-08 10:00:00"))
			.param("id", order)
			.update();

		this.sweep.sweep(TODAY.plusDays(4));
		this.sweep.sweep(TODAY.plusDays(4));

		assertThat(occurrence(a, plan, "DONE")).containsEntry("completed_on", java.sql.Date.valueOf("2026-12-08"));
		assertThat(occurrence(a, plan, "PLANNED")).containsEntry("due_on", java.sql.Date.valueOf("2027-06-08"));
	}

	@Test
	void finishingTheWorkOrderSchedulesTheNextOccurrenceAtOnce() throws Exception {
		long a = asset(TODAY.minusYears(1).plusDays(5), "IN_SERVICE");
		long plan = PlanRows.categoryPlan(this.jdbc, this.category, 6, null, "FLOATING", 0, 10, 10);
		this.sweep.sweep(TODAY);
		long order = ((Number) occurrence(a, plan, "WORK_ORDER_OPEN").get("work_order_id")).longValue();
		UserAccount agent = this.fixtures.teamAccount(Role.AGENT, this.team);

		for (String to : new String[] { "IN_PROGRESS", "DONE" }) {
			this.mvc
				.perform(this.fixtures.as(agent, post("/api/v1/work-orders/{id}/transitions", order))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"to\":\"" + to + "\"}"))
				.andExpect(status().isOk());
		}

		assertThat(occurrence(a, plan, "DONE").get("completed_on")).isNotNull();
		assertThat(count("select count(*) from inv_plan_occurrence where asset_id = :a and status = 'PLANNED'", a))
			.isEqualTo(1);
	}

	@Test
	void aMeterReachingItsThresholdBringsTheOccurrenceForward() {
		long a = asset(TODAY.minusMonths(2), "IN_SERVICE");
		long plan = PlanRows.categoryPlan(this.jdbc, this.category, 12, null, "ANCHORED", 0, 10, 0);
		this.jdbc.sql("update inv_plan set meter_kind = 'HOURS', meter_interval = 1000 where id = :p")
			.param("p", plan)
			.update();
		this.sweep.sweep(TODAY);
		assertThat(occurrence(a, plan, "PLANNED").get("meter_due")).isEqualTo(new BigDecimal("1000.00"));
		for (String[] r : new String[][] { { "400", "2026-12-10" }, { "1004", "2027-01-15" },
				{ "1100", "2027-01-20" } }) {
			this.jdbc
				.sql("insert into inv_meter_reading (asset_id, meter_kind, reading, read_on, recorded_at, "
						+ "recorded_by) values (:a, 'HOURS', :r, :on, now(), 'test')")
				.param("a", a)
				.param("r", new BigDecimal(r[0]))
				.param("on", LocalDate.parse(r[1]))
				.update();
		}

		this.sweep.sweep(LocalDate.of(2027, 1, 21));

		assertThat(occurrence(a, plan, "WORK_ORDER_OPEN")).containsEntry("due_on", java.sql.Date.valueOf("2027-01-15"))
			.containsEntry("triggered_by", "METER");
	}

	@Test
	void aPlanSwitchedOffForOneAssetMakesNoOccurrenceThere() {
		long off = asset(TODAY.minusYears(2), "IN_SERVICE");
		long on = asset(TODAY.minusYears(2), "IN_SERVICE");
		long plan = PlanRows.categoryPlan(this.jdbc, this.category, 12, null, "ANCHORED", 0, 0, 0);
		this.jdbc.sql("""
				insert into inv_plan_override (plan_id, asset_id, disabled, reason, created_at, created_by,
				 last_modified_at, last_modified_by) values (:p, :a, true, 'Prêté longue durée', now(), 'test', now(),
				 'test')""").param("p", plan).param("a", off).update();

		this.sweep.sweep(TODAY);

		assertThat(count("select count(*) from inv_plan_occurrence where asset_id = :a", off)).isZero();
		assertThat(count("select count(*) from inv_plan_occurrence where asset_id = :a", on)).isEqualTo(1);
	}

}
