package org.socle.servicedesk.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Properties of the working-time arithmetic on random calendars (zones with and without
 * offset changes, half-hour changes included; zero to two ranges a day; holiday sets;
 * closures), random starts (2020-2032, to the nanosecond) and random durations.
 */
class CalendarTimePropertyTests {

	private static final List<String> ZONES = List.of("Europe/Paris", "America/Montreal", "UTC", "Australia/Lord_Howe",
			"Asia/Kolkata", "America/St_Johns");

	private static final long FROM = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();

	private static final long TO = Instant.parse("2032-01-01T00:00:00Z").getEpochSecond();

	/** Zero to two ranges, on a five-minute grid, not overlapping. */
	static Gen<List<TimeRange>> day() {
		Gen<Integer> cut = integers().between(0, 288);
		return cut.zip(cut, cut, cut, integers().between(0, 2), (a, b, c, d, count) -> {
			int[] bounds = { a * 5, b * 5, c * 5, d * 5 };
			java.util.Arrays.sort(bounds);
			List<TimeRange> ranges = new ArrayList<>();
			if (count >= 1 && bounds[0] < bounds[1]) {
				ranges.add(new TimeRange(bounds[0], bounds[1]));
			}
			if (count >= 2 && bounds[2] < bounds[3]) {
				ranges.add(new TimeRange(bounds[2], bounds[3]));
			}
			return ranges;
		});
	}

	static Gen<WeeklyHours> week() {
		Gen<List<TimeRange>> d = day();
		return d.zip(d, d, d, (mon, tue, wed, thu) -> List.of(mon, tue, wed, thu))
			.zip(d, d, d, (first, fri, sat, sun) -> {
				Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
				List<List<TimeRange>> all = List.of(first.get(0), first.get(1), first.get(2), first.get(3), fri, sat,
						sun);
				for (DayOfWeek w : DayOfWeek.values()) {
					days.put(w, all.get(w.ordinal()));
				}
				return WeeklyHours.of(days);
			})
			.assuming(w -> !w.isEmpty());
	}

	static Gen<List<Closure>> closures() {
		Gen<Closure> closure = integers().between(0, 12 * 366)
			.zip(integers().between(0, 30), (start, length) -> new Closure(LocalDate.of(2020, 1, 1).plusDays(start),
					LocalDate.of(2020, 1, 1).plusDays(start + length), "Fermeture"));
		return closure.zip(closure, integers().between(0, 2), (a, b, n) -> List.of(a, b).subList(0, n));
	}

	static Gen<WorkingTime> calendars() {
		return Generate.pick(ZONES)
			.zip(week(), Generate.enumValues(HolidaySet.class), closures(),
					(zone, week, holidays, closures) -> new CalendarTime(
							new CalendarRules(ZoneId.of(zone), week, holidays, closures), PublicHolidays.shared()));
	}

	static Gen<Instant> instants() {
		return longs().between(FROM, TO).zip(integers().between(0, 999_999_999), Instant::ofEpochSecond);
	}

	/** Up to 500 working hours, to the second. */
	static Gen<Duration> durations() {
		return longs().between(0, 500L * 3600).map(seconds -> Duration.ofSeconds(seconds));
	}

	@Test
	void measuringBackWhatWasAddedGivesTheDuration() {
		qt().withExamples(400)
			.forAll(calendars(), instants(), durations())
			.check((time, start, amount) -> time.between(start, time.plus(start, amount)).equals(amount));
	}

	@Test
	void addingMoreNeverEndsEarlier() {
		qt().withExamples(400).forAll(calendars(), instants(), durations(), durations()).check((time, start, a, b) -> {
			Duration shorter = (a.compareTo(b) <= 0) ? a : b;
			Duration longer = (a.compareTo(b) <= 0) ? b : a;
			return !time.plus(start, shorter).isAfter(time.plus(start, longer));
		});
	}

	@Test
	void workingTimeIsAdditiveOverASplitPoint() {
		qt().withExamples(400).forAll(calendars(), instants(), instants(), instants()).check((time, x, y, z) -> {
			List<Instant> sorted = new ArrayList<>(List.of(x, y, z));
			sorted.sort(null);
			Instant a = sorted.get(0);
			Instant b = sorted.get(1);
			Instant c = sorted.get(2);
			return time.between(a, c).equals(time.between(a, b).plus(time.between(b, c)));
		});
	}

	@Test
	void workingTimeNeverRunsFasterThanTheClock() {
		qt().withExamples(400)
			.forAll(calendars(), instants(), durations())
			.check((time, start, amount) -> !time.plus(start, amount).isBefore(start.plus(amount)));
	}

	@Test
	void theSameRulesGiveTheSameAnswersWhateverWasAskedBefore() {
		CalendarRules rules = new CalendarRules(ZoneId.of("Europe/Paris"),
				WeeklyHours.weekdays(new TimeRange(480, 1080)), HolidaySet.FRANCE, List.of());
		CalendarTime warm = new CalendarTime(rules, PublicHolidays.shared());
		warm.plus(Instant.parse("2031-06-01T00:00:00Z"), Duration.ofHours(3000));
		qt().withExamples(200)
			.forAll(instants(), durations())
			.check((start, amount) -> warm.plus(start, amount)
				.equals(new CalendarTime(rules, PublicHolidays.shared()).plus(start, amount)));
		assertThat(warm.rules()).isEqualTo(rules);
	}

}
