package org.socle.inventory.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class NextDueTests {

	private static final LocalDate JAN_31 = LocalDate.of(2025, 1, 31);

	private static final Trigger YEARLY_ANCHORED = Trigger.everyMonths(12, Recurrence.ANCHORED);

	private static final Trigger YEARLY_FLOATING = Trigger.everyMonths(12, Recurrence.FLOATING);

	@Test
	void anchoredMonthlyFromTheLastDayOfJanuaryKeepsTheAnniversaryDayWhenTheMonthHasIt() {
		Trigger monthly = Trigger.everyMonths(1, Recurrence.ANCHORED);

		Due february = NextDue.afterCompletion(monthly, JAN_31, JAN_31, JAN_31, null, null);
		Due march = NextDue.afterCompletion(monthly, JAN_31, february.dueOn(), february.dueOn(), null, null);
		Due april = NextDue.afterCompletion(monthly, JAN_31, march.dueOn(), march.dueOn(), null, null);

		assertThat(february.dueOn()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(march.dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(april.dueOn()).isEqualTo(LocalDate.of(2025, 4, 30));
	}

	@Test
	void anchoredMonthlyFromTheLastDayOfJanuaryGivesTheTwentyNinthOfFebruaryInALeapYear() {
		LocalDate jan31 = LocalDate.of(2028, 1, 31);

		Due next = NextDue.afterCompletion(Trigger.everyMonths(1, Recurrence.ANCHORED), jan31, jan31, jan31, null,
				null);

		assertThat(next.dueOn()).isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void anchoredPlanKeepsTheAnniversaryDateWhenDoneLate() {
		LocalDate due = LocalDate.of(2025, 3, 10);

		Due next = NextDue.afterCompletion(YEARLY_ANCHORED, LocalDate.of(2024, 3, 10), due, LocalDate.of(2025, 4, 2),
				null, null);

		assertThat(next.dueOn()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(next.seriesStart()).isEqualTo(LocalDate.of(2024, 3, 10));
	}

	@Test
	void anchoredPlanKeepsTheAnniversaryDateWhenDoneEarly() {
		Due next = NextDue.afterCompletion(YEARLY_ANCHORED, LocalDate.of(2024, 3, 10), LocalDate.of(2025, 3, 10),
				LocalDate.of(2025, 2, 20), null, null);

		assertThat(next.dueOn()).isEqualTo(LocalDate.of(2026, 3, 10));
	}

	@Test
	void anchoredPlanDoneAfterTheNextAnniversaryGoesToTheFollowingOne() {
		Due next = NextDue.afterCompletion(YEARLY_ANCHORED, LocalDate.of(2023, 3, 10), LocalDate.of(2024, 3, 10),
				LocalDate.of(2025, 5, 1), null, null);

		assertThat(next.dueOn()).isEqualTo(LocalDate.of(2026, 3, 10));
	}

	@Test
	void floatingPlanCountsFromTheCompletionWhenDoneLate() {
		Due next = NextDue.afterCompletion(YEARLY_FLOATING, LocalDate.of(2024, 3, 10), LocalDate.of(2025, 3, 10),
				LocalDate.of(2025, 4, 2), null, null);

		assertThat(next.dueOn()).isEqualTo(LocalDate.of(2026, 4, 2));
		assertThat(next.seriesStart()).isEqualTo(LocalDate.of(2025, 4, 2));
	}

	@Test
	void floatingPlanCountsFromTheCompletionWhenDoneEarly() {
		Due next = NextDue.afterCompletion(Trigger.everyDays(90, Recurrence.FLOATING), LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 4, 1), LocalDate.of(2025, 3, 20), null, null);

		assertThat(next.dueOn()).isEqualTo(LocalDate.of(2025, 6, 18));
	}

	@Test
	void theFirstDueDateIsTheFirstAnniversaryOfEntryIntoServiceNotBeforeToday() {
		Due first = NextDue.first(YEARLY_ANCHORED, LocalDate.of(2019, 6, 15), LocalDate.of(2026, 12, 5), null);

		assertThat(first.seriesStart()).isEqualTo(LocalDate.of(2019, 6, 15));
		assertThat(first.dueOn()).isEqualTo(LocalDate.of(2027, 6, 15));
	}

	@Test
	void theFirstDueDateOfANewAssetIsOneIntervalAfterItsEntryIntoService() {
		Due first = NextDue.first(Trigger.everyMonths(6, Recurrence.ANCHORED), LocalDate.of(2026, 12, 5),
				LocalDate.of(2026, 12, 5), null);

		assertThat(first.dueOn()).isEqualTo(LocalDate.of(2027, 6, 5));
	}

	@Test
	void theFirstDueDateMayBeTodayWhenTodayIsTheAnniversary() {
		Due first = NextDue.first(YEARLY_ANCHORED, LocalDate.of(2020, 12, 5), LocalDate.of(2026, 12, 5), null);

		assertThat(first.dueOn()).isEqualTo(LocalDate.of(2026, 12, 5));
	}

	@Test
	void withoutADateOfEntryIntoServiceTheSeriesStartsWhenThePlanFirstApplies() {
		Due first = NextDue.first(Trigger.everyDays(30, Recurrence.ANCHORED), null, LocalDate.of(2026, 12, 5), null);

		assertThat(first.seriesStart()).isEqualTo(LocalDate.of(2026, 12, 5));
		assertThat(first.dueOn()).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void aMeterOnlyPlanHasNoDateUntilTheMeterGetsThere() {
		Trigger hours = new Trigger(null, null, MeterKind.HOURS, new BigDecimal("2000"), Recurrence.FLOATING);

		Due first = NextDue.first(hours, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 5), new BigDecimal("1500"));
		Due next = NextDue.afterCompletion(hours, first.seriesStart(), LocalDate.of(2027, 2, 1),
				LocalDate.of(2027, 2, 3), new BigDecimal("3512"), first.meterDue());

		assertThat(first.dueOn()).isNull();
		assertThat(first.meterDue()).isEqualByComparingTo("3500");
		assertThat(next.dueOn()).isNull();
		assertThat(next.meterDue()).isEqualByComparingTo("5512");
	}

	@Test
	void aMeterCompletedWithoutReadingCountsFromThePreviousThreshold() {
		Trigger cycles = Trigger.everyMonths(12, Recurrence.ANCHORED).orMeter(MeterKind.CYCLES, new BigDecimal("500"));

		Due next = NextDue.afterCompletion(cycles, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 1, 3), null, new BigDecimal("1500"));

		assertThat(next.meterDue()).isEqualByComparingTo("2000");
		assertThat(next.dueOn()).isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@Test
	void whicheverComesFirstTakesTheMeterWhenItGetsThereBeforeTheDate() {
		LocalDate dateDue = LocalDate.of(2027, 6, 1);

		assertThat(NextDue.whicheverFirst(dateDue, LocalDate.of(2027, 3, 2))).isEqualTo(LocalDate.of(2027, 3, 2));
		assertThat(NextDue.whicheverFirst(dateDue, LocalDate.of(2027, 7, 2))).isEqualTo(dateDue);
		assertThat(NextDue.whicheverFirst(dateDue, null)).isEqualTo(dateDue);
		assertThat(NextDue.whicheverFirst(null, LocalDate.of(2027, 7, 2))).isEqualTo(LocalDate.of(2027, 7, 2));
	}

	@Test
	void anAnchoredPlanDoneEarlyBecauseOfItsMeterKeepsItsAnniversary() {
		Trigger both = YEARLY_ANCHORED.orMeter(MeterKind.HOURS, new BigDecimal("1000"));

		Due next = NextDue.afterCompletion(both, LocalDate.of(2024, 9, 1), LocalDate.of(2025, 5, 12),
				LocalDate.of(2025, 5, 14), new BigDecimal("1012"), new BigDecimal("1000"));

		assertThat(next.dueOn()).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(next.meterDue()).isEqualByComparingTo("2012");
	}

	@Test
	void theToleranceWindowIncludesBothEnds() {
		Window window = Window.around(LocalDate.of(2026, 3, 10), 15, 30);

		assertThat(window.contains(LocalDate.of(2026, 2, 23))).isTrue();
		assertThat(window.contains(LocalDate.of(2026, 2, 22))).isFalse();
		assertThat(window.contains(LocalDate.of(2026, 4, 9))).isTrue();
		assertThat(window.overdueOn(LocalDate.of(2026, 4, 9))).isFalse();
		assertThat(window.overdueOn(LocalDate.of(2026, 4, 10))).isTrue();
	}

	@Test
	void aContainedOccurrenceIsSuppressedOnlyWhenItFallsDueInTheContainingWindow() {
		Window yearly = Window.around(LocalDate.of(2026, 6, 1), 30, 30);

		assertThat(NextDue.suppressedBy(yearly, LocalDate.of(2026, 5, 15))).isTrue();
		assertThat(NextDue.suppressedBy(yearly, LocalDate.of(2026, 7, 1))).isTrue();
		assertThat(NextDue.suppressedBy(yearly, LocalDate.of(2026, 7, 2))).isFalse();
		assertThat(NextDue.suppressedBy(yearly, null)).isFalse();
	}

	@Test
	void anAnchoredSeriesAlwaysLandsOnAStepAfterBothTheDueDateAndTheCompletion() {
		qt().forAll(integers().between(1, 24), integers().between(0, 3000), integers().between(-400, 400))
			.checkAssert((months, startOffset, lateness) -> {
				Trigger trigger = Trigger.everyMonths(months, Recurrence.ANCHORED);
				LocalDate start = LocalDate.of(2020, 1, 1).plusDays(startOffset);
				LocalDate due = trigger.step(start, 2);
				LocalDate done = due.plusDays(lateness);

				LocalDate next = NextDue.afterCompletion(trigger, start, due, done, null, null).dueOn();

				assertThat(next).isAfter(due).isAfter(done);
				long k = 1;
				while (trigger.step(start, k).isBefore(next)) {
					k++;
				}
				assertThat(trigger.step(start, k)).isEqualTo(next);
				assertThat(trigger.step(start, k - 1)).isBeforeOrEqualTo(due.isAfter(done) ? due : done);
			});
	}

}
