package org.socle.servicedesk.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The working hours of each weekday: zero, one or more wall-clock ranges (08:00-12:30 and
 * 13:30-18:00), sorted, not overlapping. Stored as text, one weekday a line:
 * {@code MONDAY 08:00-12:30 13:30-18:00}.
 */
public final class WeeklyHours {

	private static final WeeklyHours NONE = new WeeklyHours(Map.of());

	private final Map<DayOfWeek, List<TimeRange>> days;

	private WeeklyHours(Map<DayOfWeek, List<TimeRange>> days) {
		EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			List<TimeRange> ranges = new ArrayList<>(days.getOrDefault(day, List.of()));
			Collections.sort(ranges);
			for (int i = 1; i < ranges.size(); i++) {
				if (ranges.get(i).startMinute() < ranges.get(i - 1).endMinute()) {
					throw new IllegalArgumentException("Overlapping ranges on " + day);
				}
			}
			copy.put(day, List.copyOf(ranges));
		}
		this.days = Collections.unmodifiableMap(copy);
	}

	public static WeeklyHours of(Map<DayOfWeek, List<TimeRange>> days) {
		return new WeeklyHours(days);
	}

	public static WeeklyHours none() {
		return NONE;
	}

	/** The same ranges every day from Monday to Friday, none at the weekend. */
	public static WeeklyHours weekdays(TimeRange... ranges) {
		Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
				days.put(day, List.of(ranges));
			}
		}
		return new WeeklyHours(days);
	}

	public List<TimeRange> of(DayOfWeek day) {
		return this.days.get(day);
	}

	public boolean isEmpty() {
		return this.days.values().stream().allMatch(List::isEmpty);
	}

	/** The working minutes of a whole week. */
	public int minutesPerWeek() {
		return this.days.values().stream().flatMap(List::stream).mapToInt(TimeRange::minutes).sum();
	}

	public String toText() {
		return this.days.entrySet()
			.stream()
			.filter(e -> !e.getValue().isEmpty())
			.map(e -> e.getKey() + " "
					+ e.getValue().stream().map(TimeRange::toString).collect(Collectors.joining(" ")))
			.collect(Collectors.joining("\n"));
	}

	/** Reads {@link #toText()}; stored text is trusted (it was checked when written). */
	public static WeeklyHours fromText(String text) {
		Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
		if (text != null) {
			for (String line : text.split("\n")) {
				String[] parts = line.strip().split("\\s+");
				if (parts.length < 2) {
					continue;
				}
				List<TimeRange> ranges = new ArrayList<>();
				for (int i = 1; i < parts.length; i++) {
					String[] bounds = parts[i].split("-");
					ranges.add(new TimeRange(TimeRange.minuteOf(bounds[0]), TimeRange.minuteOf(bounds[1])));
				}
				days.put(DayOfWeek.valueOf(parts[0]), ranges);
			}
		}
		return new WeeklyHours(days);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WeeklyHours w && w.days.equals(this.days);
	}

	@Override
	public int hashCode() {
		return this.days.hashCode();
	}

	@Override
	public String toString() {
		return toText();
	}

}
