package org.socle.servicedesk.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;

/**
 * The working intervals of one local day, as instants (epoch nanoseconds, flat pairs
 * {@code [start0, end0, start1, end1, ...]}, in order). Exact across offset changes: an
 * instant counts when its wall-clock time falls in a range. So in the spring gap
 * (02:00→03:00 in Europe/Paris) the missing hour counts for nothing, and in the autumn's
 * repeated hour both passes of the clock count when they fall in a range.
 */
final class DayIntervals {

	static final long[] NONE = new long[0];

	private static final long NANOS = 1_000_000_000L;

	private DayIntervals() {
	}

	static long[] of(LocalDate day, List<TimeRange> ranges, ZoneId zone) {
		if (ranges.isEmpty()) {
			return NONE;
		}
		ZoneRules rules = zone.getRules();
		LocalDateTime midnight = day.atStartOfDay();
		Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
		long[] out = new long[ranges.size() * 4];
		int n = 0;
		Instant segmentStart = day.atStartOfDay(zone).toInstant();
		while (segmentStart.isBefore(dayEnd)) {
			ZoneOffsetTransition next = rules.nextTransition(segmentStart);
			Instant segmentEnd = (next == null || !next.getInstant().isBefore(dayEnd)) ? dayEnd : next.getInstant();
			ZoneOffset offset = rules.getOffset(segmentStart);
			long from = secondsSinceMidnight(midnight, segmentStart, offset);
			long to = Math.min(secondsSinceMidnight(midnight, segmentEnd, offset), 86_400L);
			for (TimeRange range : ranges) {
				long start = Math.max(range.startMinute() * 60L, from);
				long end = Math.min(range.endMinute() * 60L, to);
				if (start < end) {
					if (n + 2 > out.length) {
						out = Arrays.copyOf(out, out.length * 2);
					}
					out[n++] = nanos(midnight.plusSeconds(start).toInstant(offset));
					out[n++] = nanos(midnight.plusSeconds(end).toInstant(offset));
				}
			}
			segmentStart = segmentEnd;
		}
		return Arrays.copyOf(out, n);
	}

	private static long secondsSinceMidnight(LocalDateTime midnight, Instant instant, ZoneOffset offset) {
		return Duration.between(midnight, LocalDateTime.ofInstant(instant, offset)).getSeconds();
	}

	static long total(long[] intervals) {
		long total = 0;
		for (int i = 0; i < intervals.length; i += 2) {
			total += intervals[i + 1] - intervals[i];
		}
		return total;
	}

	static long nanos(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS), instant.getNano());
	}

	static Instant instant(long nanos) {
		return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
	}

}
