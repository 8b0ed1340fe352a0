package org.socle.servicedesk.sla;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.socle.servicedesk.calendar.WorkingTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clock's arithmetic, with explicit instants, on the 24/7 calendar and on an office
 * calendar.
 */
class SlaClockRulesTests {

	static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

	static final WorkingTime ALWAYS = WorkingTime.always();

	private static SlaClock clock(int targetMinutes) {
		return new SlaClock(1L, ClockKind.RESOLUTION, 1L, 3, targetMinutes, null, 75).start(T0, ALWAYS);
	}

	private static Instant at(int minutes) {
		return T0.plus(Duration.ofMinutes(minutes));
	}

	@Test
	void aStartedClockIsDueAfterItsTargetAndAtRiskAfterItsShare() {
		SlaClock clock = clock(240);
		assertThat(clock.getDueAt()).isEqualTo(at(240));
		assertThat(clock.getAtRiskAt()).isEqualTo(at(180));
		assertThat(clock.getState()).isEqualTo(ClockState.ON_TRACK);
	}

	@Test
	void aPauseDoesNotConsumeTimeAndPushesTheDueDateBackByItsLength() {
		SlaClock clock = clock(240);
		clock.pause(at(60), "REQUESTER", ALWAYS);
		assertThat(clock.getState()).isEqualTo(ClockState.PAUSED);
		assertThat(clock.getDueAt()).isNull();
		assertThat(clock.consumedAt(at(500), ALWAYS)).isEqualTo(Duration.ofMinutes(60));
		clock.resume(at(160), ALWAYS);
		assertThat(clock.getDueAt()).isEqualTo(at(340));
		assertThat(clock.getAtRiskAt()).isEqualTo(at(280));
		assertThat(clock.leftAt(at(200), ALWAYS)).isEqualTo(Duration.ofMinutes(140));
	}

	@Test
	void stoppedWithinTheTargetIsMetAndAfterItIsBreachedAtTheDueInstant() {
		SlaClock met = clock(60);
		met.stop(at(59), ALWAYS);
		assertThat(met.getState()).isEqualTo(ClockState.MET);
		SlaClock late = clock(60);
		late.stop(at(90), ALWAYS);
		assertThat(late.getState()).isEqualTo(ClockState.BREACHED);
		assertThat(late.getBreachedAt()).isEqualTo(at(60));
	}

	@Test
	void aReopenedClockCountsOnFromWhatItHadConsumedAndKeepsItsBreach() {
		SlaClock clock = clock(60);
		clock.stop(at(30), ALWAYS);
		clock.reopen(at(1000), ALWAYS);
		assertThat(clock.getState()).isEqualTo(ClockState.ON_TRACK);
		assertThat(clock.getDueAt()).isEqualTo(at(1030));
		SlaClock breached = clock(60);
		breached.stop(at(90), ALWAYS);
		breached.reopen(at(100), ALWAYS);
		assertThat(breached.getState()).isEqualTo(ClockState.BREACHED);
	}

	@Test
	void aRecomputedClockKeepsItsStartAndTimeConsumedWithTheNewTarget() {
		SlaClock clock = clock(480);
		clock.pause(at(60), "SUPPLIER", ALWAYS);
		clock.resume(at(120), ALWAYS);
		clock.supersede(at(180), "PRIORITY_CHANGED", ALWAYS);
		SlaClock next = clock.successor(2L, 1, 240, null, 75, at(180), ALWAYS);
		assertThat(clock.isCurrent()).isFalse();
		assertThat(next.getStartedAt()).isEqualTo(T0);
		assertThat(next.getConsumedSeconds()).isEqualTo(120 * 60);
		assertThat(next.getDueAt()).isEqualTo(at(300));
	}

	@Test
	void aCancelledTicketsClockHasNoOutcome() {
		SlaClock clock = clock(60);
		clock.cancel(at(10), ALWAYS);
		assertThat(clock.getState()).isEqualTo(ClockState.CANCELLED);
	}

	@Test
	void onAnOfficeCalendarNightsDoNotCount() {
		WorkingTime office = new OfficeHours();
		SlaClock clock = new SlaClock(1L, ClockKind.RESPONSE, 1L, 3, 120, null, 50)
			.start(Instant.parse("2026-03-02T17:00:00Z"), office);
		assertThat(clock.getDueAt()).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
		assertThat(clock.getAtRiskAt()).isEqualTo(Instant.parse("2026-03-02T18:00:00Z"));
	}

	/**
	 * Working time 08:00-18:00 UTC every day: enough to tell working from elapsed time.
	 */
	static final class OfficeHours implements WorkingTime {

		@Override
		public Instant plus(Instant from, Duration amount) {
			Instant at = from;
			Duration left = amount;
			while (true) {
				Instant open = at.truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofHours(8));
				Instant close = open.plus(Duration.ofHours(10));
				if (at.isBefore(open)) {
					at = open;
				}
				if (!at.isBefore(close)) {
					at = open.plus(Duration.ofDays(1));
					continue;
				}
				Duration today = Duration.between(at, close);
				if (left.compareTo(today) <= 0) {
					return at.plus(left);
				}
				left = left.minus(today);
				at = open.plus(Duration.ofDays(1));
			}
		}

		@Override
		public Duration between(Instant from, Instant to) {
			Duration total = Duration.ZERO;
			Instant day = from.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
			while (day.isBefore(to)) {
				Instant open = day.plus(Duration.ofHours(8));
				Instant close = day.plus(Duration.ofHours(18));
				Instant start = from.isAfter(open) ? from : open;
				Instant end = to.isBefore(close) ? to : close;
				if (end.isAfter(start)) {
					total = total.plus(Duration.between(start, end));
				}
				day = day.plus(Duration.ofDays(1));
			}
			return total;
		}

	}

}
