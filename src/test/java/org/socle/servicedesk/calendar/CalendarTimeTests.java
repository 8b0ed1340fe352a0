package org.socle.servicedesk.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The working-time arithmetic of business calendars, exact to the minute. */
class CalendarTimeTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

	static final TimeRange OFFICE = range("08:00", "18:00");

	static TimeRange range(String start, String end) {
		return new TimeRange(TimeRange.minuteOf(start), TimeRange.minuteOf(end));
	}

	static WorkingTime calendar(ZoneId zone, HolidaySet holidays, WeeklyHours hours, Closure... closures) {
		return new CalendarTime(new CalendarRules(zone, hours, holidays, List.of(closures)), PublicHolidays.shared());
	}

	static WorkingTime office(HolidaySet holidays) {
		return calendar(PARIS, holidays, WeeklyHours.weekdays(OFFICE));
	}

	static WeeklyHours everyDay(TimeRange... ranges) {
		Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day, List.of(ranges));
		}
		return WeeklyHours.of(days);
	}

	static Instant at(String localDateTime, ZoneId zone) {
		return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
	}

	static Instant paris(String localDateTime) {
		return at(localDateTime, PARIS);
	}

	@Test
	void fridayEveningPlusTwoHoursIsMondayMorning() {
		WorkingTime time = office(HolidaySet.FRANCE);
		assertThat(time.plus(paris("2026-11-20T17:00"), Duration.ofHours(2))).isEqualTo(paris("2026-11-23T09:00"));
		assertThat(time.between(paris("2026-11-20T17:00"), paris("2026-11-23T09:00"))).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void workEndingExactlyAtClosingTimeIsDueAtClosingTime() {
		assertThat(office(HolidaySet.FRANCE).plus(paris("2026-11-20T17:00"), Duration.ofHours(1)))
			.isEqualTo(paris("2026-11-20T18:00"));
	}

	@Test
	void timeRaisedAtNightStartsCountingAtOpening() {
		WorkingTime time = office(HolidaySet.FRANCE);
		assertThat(time.plus(paris("2026-11-23T03:00"), Duration.ofMinutes(61))).isEqualTo(paris("2026-11-23T09:01"));
		assertThat(time.between(paris("2026-11-21T10:00"), paris("2026-11-22T16:00"))).isZero();
	}

	@Test
	void easterMondayIsNotWorked() {
		// Easter 2026 is on 5 April
		assertThat(office(HolidaySet.FRANCE).plus(paris("2026-04-03T17:00"), Duration.ofHours(2)))
			.isEqualTo(paris("2026-04-07T09:00"));
	}

	@Test
	void theFirstOfMayIsNotWorked() {
		// 1 May 2026 is a Friday
		assertThat(office(HolidaySet.FRANCE).plus(paris("2026-04-30T17:00"), Duration.ofHours(2)))
			.isEqualTo(paris("2026-05-04T09:00"));
		assertThat(office(HolidaySet.NONE).plus(paris("2026-04-30T17:00"), Duration.ofHours(2)))
			.isEqualTo(paris("2026-05-01T09:00"));
	}

	@Test
	void goodFridayIsOffOnlyInAlsaceMoselle() {
		// Good Friday 2026 is 3 April, Easter Monday 6 April
		Instant thursdayEvening = paris("2026-04-02T17:00");
		assertThat(office(HolidaySet.FRANCE).plus(thursdayEvening, Duration.ofHours(2)))
			.isEqualTo(paris("2026-04-03T09:00"));
		assertThat(office(HolidaySet.FRANCE_ALSACE_MOSELLE).plus(thursdayEvening, Duration.ofHours(2)))
			.isEqualTo(paris("2026-04-07T09:00"));
	}

	@Test
	void saintStephensDayIsOffOnlyInAlsaceMoselle() {
		// 25 December 2025 is a Thursday, 26 a Friday
		Instant christmasEve = paris("2025-12-24T17:00");
		assertThat(office(HolidaySet.FRANCE).plus(christmasEve, Duration.ofHours(2)))
			.isEqualTo(paris("2025-12-26T09:00"));
		assertThat(office(HolidaySet.FRANCE_ALSACE_MOSELLE).plus(christmasEve, Duration.ofHours(2)))
			.isEqualTo(paris("2025-12-29T09:00"));
	}

	@Test
	void quebecClosesOnItsFeteNationaleTheSaintJeanBaptiste() {
		WorkingTime quebec = calendar(MONTREAL, HolidaySet.QUEBEC, WeeklyHours.weekdays(OFFICE));
		// 24 June 2026 is a Wednesday
		assertThat(quebec.plus(at("2026-06-23T17:00", MONTREAL), Duration.ofHours(2)))
			.isEqualTo(at("2026-06-25T09:00", MONTREAL));
		assertThat(office(HolidaySet.FRANCE).plus(paris("2026-06-23T17:00"), Duration.ofHours(2)))
			.isEqualTo(paris("2026-06-24T09:00"));
		assertThat(PublicHolidays.shared().list(HolidaySet.QUEBEC, 2026, Locale.FRENCH))
			.anySatisfy(h -> assertThat(h.date()).isEqualTo(LocalDate.of(2026, 6, 24)));
		assertThat(PublicHolidays.shared().closedDays(HolidaySet.FRANCE, 2026))
			.doesNotContain(LocalDate.of(2026, 6, 24));
	}

	@Test
	void quebecWorksOnFrenchHolidaysAndCountsInItsOwnZone() {
		WorkingTime quebec = calendar(MONTREAL, HolidaySet.QUEBEC, WeeklyHours.weekdays(OFFICE));
		// 14 July is worked in Quebec; 08:00 in Montreal is 14:00 in Paris
		assertThat(quebec.plus(paris("2026-07-14T10:00"), Duration.ofHours(1))).isEqualTo(paris("2026-07-14T15:00"));
		// Patriots' Day, the Monday before 25 May: 18 May 2026
		assertThat(quebec.plus(at("2026-05-15T17:00", MONTREAL), Duration.ofHours(2)))
			.isEqualTo(at("2026-05-19T09:00", MONTREAL));
	}

	@Test
	void aClosureClosesEveryDayOfItsRange() {
		WorkingTime time = calendar(PARIS, HolidaySet.FRANCE, WeeklyHours.weekdays(OFFICE),
				new Closure(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1), "Fermeture de fin d'année"));
		assertThat(time.plus(paris("2026-12-23T17:00"), Duration.ofHours(2))).isEqualTo(paris("2027-01-04T09:00"));
		assertThat(time.between(paris("2026-12-23T00:00"), paris("2027-01-05T00:00"))).isEqualTo(Duration.ofHours(20));
	}

	@Test
	void theAlwaysOpenCalendarCountsEveryMinute() {
		WorkingTime always = WorkingTime.always();
		assertThat(always.plus(paris("2026-05-01T23:30"), Duration.ofHours(2))).isEqualTo(paris("2026-05-02T01:30"));
		assertThat(always.between(paris("2026-03-29T00:00"), paris("2026-03-30T00:00")))
			.isEqualTo(Duration.ofHours(23));
	}

	@Test
	void theSpringGapCountsForNothing() {
		// 29 March 2026: in Paris 02:00 becomes 03:00
		WorkingTime allDay = calendar(PARIS, HolidaySet.NONE, everyDay(range("00:00", "24:00")));
		assertThat(allDay.between(paris("2026-03-29T00:00"), paris("2026-03-30T00:00")))
			.isEqualTo(Duration.ofHours(23));
		assertThat(allDay.plus(paris("2026-03-29T01:30"), Duration.ofHours(1))).isEqualTo(paris("2026-03-29T03:30"));
		WorkingTime night = calendar(PARIS, HolidaySet.NONE, everyDay(range("01:00", "04:00")));
		assertThat(night.between(paris("2026-03-29T00:00"), paris("2026-03-30T00:00"))).isEqualTo(Duration.ofHours(2));
		WorkingTime inTheGap = calendar(PARIS, HolidaySet.NONE, everyDay(range("02:15", "02:45")));
		assertThat(inTheGap.between(paris("2026-03-29T00:00"), paris("2026-03-30T00:00"))).isZero();
	}

	@Test
	void theRepeatedAutumnHourCountsTwiceWhenWorked() {
		// 25 October 2026: in Paris 03:00 goes back to 02:00
		WorkingTime allDay = calendar(PARIS, HolidaySet.NONE, everyDay(range("00:00", "24:00")));
		assertThat(allDay.between(paris("2026-10-25T00:00"), paris("2026-10-26T00:00")))
			.isEqualTo(Duration.ofHours(25));
		WorkingTime night = calendar(PARIS, HolidaySet.NONE, everyDay(range("01:00", "03:00")));
		assertThat(night.between(paris("2026-10-25T00:00"), paris("2026-10-26T00:00"))).isEqualTo(Duration.ofHours(3));
		WorkingTime inTheOverlap = calendar(PARIS, HolidaySet.NONE, everyDay(range("02:15", "02:45")));
		assertThat(inTheOverlap.between(paris("2026-10-25T00:00"), paris("2026-10-26T00:00")))
			.isEqualTo(Duration.ofHours(1));
		// 01:30 CEST + 1 h of a 01:00-03:00 range: 02:00 CEST, 02:30 CEST, then 02:30 CET
		Instant due = night.plus(paris("2026-10-25T01:30"), Duration.ofMinutes(90));
		assertThat(due).isEqualTo(LocalDateTime.parse("2026-10-25T02:00").toInstant(ZoneOffset.ofHours(1)));
	}

	@Test
	void officeHoursAreWallClockHoursOnBothSidesOfAChange() {
		WorkingTime time = office(HolidaySet.FRANCE);
		// Friday 27 March 17:00 CET + 2 h → Monday 30 March 09:00 CEST
		assertThat(time.plus(paris("2026-03-27T17:00"), Duration.ofHours(2))).isEqualTo(paris("2026-03-30T09:00"));
		assertThat(time.plus(paris("2026-10-23T17:00"), Duration.ofHours(2))).isEqualTo(paris("2026-10-26T09:00"));
	}

	@Test
	void theLunchBreakIsNotWorked() {
		WorkingTime time = calendar(PARIS, HolidaySet.FRANCE,
				WeeklyHours.weekdays(range("08:00", "12:30"), range("13:30", "18:00")));
		assertThat(time.plus(paris("2026-11-23T12:00"), Duration.ofHours(1))).isEqualTo(paris("2026-11-23T14:00"));
		assertThat(time.between(paris("2026-11-23T00:00"), paris("2026-11-24T00:00"))).isEqualTo(Duration.ofHours(9));
		assertThat(time.between(paris("2026-11-23T12:45"), paris("2026-11-23T13:15"))).isZero();
	}

	@Test
	void aLongDurationCrossesWeeksExactly() {
		WorkingTime time = office(HolidaySet.NONE);
		// 10 h a day, 5 days a week: 100 h is two weeks
		assertThat(time.plus(paris("2026-11-23T08:00"), Duration.ofHours(100))).isEqualTo(paris("2026-12-04T18:00"));
	}

	@Test
	void nothingIsAddedForAZeroOrNegativeDurationAndNothingIsMeasuredBackwards() {
		WorkingTime time = office(HolidaySet.FRANCE);
		Instant saturday = paris("2026-11-21T10:00");
		assertThat(time.plus(saturday, Duration.ZERO)).isEqualTo(saturday);
		assertThat(time.plus(saturday, Duration.ofHours(-3))).isEqualTo(saturday);
		assertThat(time.between(paris("2026-11-24T10:00"), paris("2026-11-23T10:00"))).isZero();
	}

}
