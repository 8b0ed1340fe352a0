package org.socle.servicedesk.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working time on a business calendar. Walks whole days, not minutes: each local day's
 * working intervals are computed once per year of the calendar (holidays, closures and
 * offset changes included) and kept, so a sweep over many tickets costs a few array reads
 * per day crossed.
 */
final class CalendarTime implements WorkingTime {

	/** A calendar with no working time for ten years is broken: stop rather than loop. */
	private static final int MAX_EMPTY_DAYS = 3660;

	private final CalendarRules rules;

	private final PublicHolidays holidays;

	private final Map<Integer, YearPlan> years = new ConcurrentHashMap<>();

	CalendarTime(CalendarRules rules, PublicHolidays holidays) {
		this.rules = rules;
		this.holidays = holidays;
	}

	CalendarRules rules() {
		return this.rules;
	}

	@Override
	public Instant plus(Instant from, Duration amount) {
		if (amount.isNegative() || amount.isZero()) {
			return from;
		}
		long position = DayIntervals.nanos(from);
		long remaining = amount.toNanos();
		long day = localDay(from);
		int emptyDays = 0;
		while (true) {
			long[] intervals = intervalsOf(day);
			if (intervals.length == 0) {
				if (++emptyDays > MAX_EMPTY_DAYS) {
					throw new IllegalStateException("The calendar has no working time after " + from);
				}
			}
			else {
				emptyDays = 0;
				long total = totalOf(day);
				if (position <= intervals[0] && remaining > total) {
					remaining -= total;
				}
				else {
					for (int i = 0; i < intervals.length; i += 2) {
						if (intervals[i + 1] <= position) {
							continue;
						}
						long start = Math.max(intervals[i], position);
						long available = intervals[i + 1] - start;
						if (remaining <= available) {
							return DayIntervals.instant(start + remaining);
						}
						remaining -= available;
					}
				}
				position = intervals[intervals.length - 1];
			}
			day++;
		}
	}

	@Override
	public Duration between(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		long start = DayIntervals.nanos(from);
		long end = DayIntervals.nanos(to);
		long first = localDay(from);
		long last = localDay(to);
		long sum = 0;
		for (long day = first; day <= last; day++) {
			if (day > first && day < last) {
				sum += totalOf(day);
				continue;
			}
			long[] intervals = intervalsOf(day);
			for (int i = 0; i < intervals.length; i += 2) {
				long s = Math.max(intervals[i], start);
				long e = Math.min(intervals[i + 1], end);
				if (s < e) {
					sum += e - s;
				}
			}
		}
		return Duration.ofNanos(sum);
	}

	private long localDay(Instant instant) {
		return LocalDate.ofInstant(instant, this.rules.zone()).toEpochDay();
	}

	long[] intervalsOf(long epochDay) {
		return plan(epochDay).intervals(epochDay);
	}

	private long totalOf(long epochDay) {
		return plan(epochDay).total(epochDay);
	}

	private YearPlan plan(long epochDay) {
		int year = LocalDate.ofEpochDay(epochDay).getYear();
		return this.years.computeIfAbsent(year, this::planOf);
	}

	private YearPlan planOf(int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		int length = first.lengthOfYear();
		long[][] intervals = new long[length][];
		long[] totals = new long[length];
		for (int i = 0; i < length; i++) {
			LocalDate day = first.plusDays(i);
			intervals[i] = this.rules.isClosed(day, this.holidays) ? DayIntervals.NONE
					: DayIntervals.of(day, this.rules.hours().of(day.getDayOfWeek()), this.rules.zone());
			totals[i] = DayIntervals.total(intervals[i]);
		}
		return new YearPlan(first.toEpochDay(), intervals, totals);
	}

	/** A year's days: their working intervals and total working time. */
	private record YearPlan(long firstDay, long[][] days, long[] totals) {

		long[] intervals(long epochDay) {
			return this.days[(int) (epochDay - this.firstDay)];
		}

		long total(long epochDay) {
			return this.totals[(int) (epochDay - this.firstDay)];
		}

	}

}
