package org.socle.servicedesk.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.servicedesk.calendar.CalendarCommands.CalendarCommand;
import org.socle.servicedesk.calendar.CalendarCommands.ClosureLine;
import org.socle.servicedesk.calendar.CalendarCommands.HoursLine;
import org.socle.shared.web.FieldRuleException;

/**
 * Checks a calendar as written and turns it into a definition, or refuses it naming the
 * field and the rule (fields as the API and the page name them: {@code hours[3].end},
 * {@code closures[0].last}). Nothing is kept from a refused calendar.
 */
final class CalendarDefinitions {

	static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

	static final int NAME_MAX = 150;

	static final int LABEL_MAX = 200;

	static final int RANGES_PER_DAY = 2;

	static final int CLOSURE_MAX_DAYS = 366;

	private CalendarDefinitions() {
	}

	static CalendarDefinition check(CalendarCommand command) {
		String name = name(command.name());
		ZoneId zone = zone(command.zoneId());
		HolidaySet holidays = holidays(command.holidays());
		boolean alwaysOpen = Boolean.TRUE.equals(command.alwaysOpen());
		WeeklyHours hours = hours(command.hours());
		if (!alwaysOpen && hours.isEmpty()) {
			throw FieldRuleException.invalid("hours", "CalendarNoWorkingHours");
		}
		List<Closure> closures = closures(command.closures());
		return new CalendarDefinition(name, alwaysOpen, new CalendarRules(zone, hours, holidays, closures));
	}

	private static String name(String name) {
		if (name == null || name.isBlank()) {
			throw FieldRuleException.invalid("name", "NotBlank");
		}
		if (name.strip().length() > NAME_MAX) {
			throw FieldRuleException.invalid("name", "Size", 1, NAME_MAX);
		}
		return name.strip();
	}

	private static ZoneId zone(String zoneId) {
		if (zoneId == null || zoneId.isBlank()) {
			return DEFAULT_ZONE;
		}
		try {
			return ZoneId.of(zoneId.strip());
		}
		catch (DateTimeException ex) {
			throw FieldRuleException.invalid("zoneId", "UnknownTimeZone", zoneId);
		}
	}

	private static HolidaySet holidays(String holidays) {
		if (holidays == null || holidays.isBlank()) {
			return HolidaySet.NONE;
		}
		try {
			return HolidaySet.valueOf(holidays.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw FieldRuleException.invalid("holidays", "NotOneOf", holidays, accepted(HolidaySet.values()));
		}
	}

	private static WeeklyHours hours(List<HoursLine> lines) {
		Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
		List<HoursLine> all = (lines != null) ? lines : List.of();
		for (int i = 0; i < all.size(); i++) {
			HoursLine line = all.get(i);
			if (line == null || line.blank()) {
				continue;
			}
			String field = "hours[" + i + "]";
			DayOfWeek day = day(line.day(), field + ".day");
			int start = time(line.start(), field + ".start");
			int end = time(line.end(), field + ".end");
			if (end <= start) {
				throw FieldRuleException.invalid(field + ".end", "RangeEndBeforeStart", line.start(), line.end());
			}
			List<TimeRange> ranges = days.computeIfAbsent(day, d -> new ArrayList<>());
			if (ranges.size() == RANGES_PER_DAY) {
				throw FieldRuleException.invalid(field + ".start", "CalendarTooManyRanges", RANGES_PER_DAY);
			}
			TimeRange range = new TimeRange(start, end);
			for (TimeRange other : ranges) {
				if (range.startMinute() < other.endMinute() && other.startMinute() < range.endMinute()) {
					throw FieldRuleException.invalid(field + ".start", "RangesOverlap", range, other);
				}
			}
			ranges.add(range);
		}
		return WeeklyHours.of(days);
	}

	private static DayOfWeek day(String day, String field) {
		try {
			return DayOfWeek.valueOf((day != null) ? day.strip().toUpperCase(Locale.ROOT) : "");
		}
		catch (IllegalArgumentException ex) {
			throw FieldRuleException.invalid(field, "NotOneOf", day, accepted(DayOfWeek.values()));
		}
	}

	private static int time(String text, String field) {
		int minute = TimeRange.minuteOf(text);
		if (minute < 0) {
			throw FieldRuleException.invalid(field, "TimeOfDay", (text != null) ? text : "");
		}
		return minute;
	}

	private static List<Closure> closures(List<ClosureLine> lines) {
		List<Closure> closures = new ArrayList<>();
		List<ClosureLine> all = (lines != null) ? lines : List.of();
		for (int i = 0; i < all.size(); i++) {
			ClosureLine line = all.get(i);
			if (line == null || line.blank()) {
				continue;
			}
			String field = "closures[" + i + "]";
			if (line.first() == null) {
				throw FieldRuleException.invalid(field + ".first", "NotBlank");
			}
			if (line.last() == null) {
				throw FieldRuleException.invalid(field + ".last", "NotBlank");
			}
			if (line.last().isBefore(line.first())) {
				throw FieldRuleException.invalid(field + ".last", "ClosureEndBeforeStart", line.first(), line.last());
			}
			if (ChronoUnit.DAYS.between(line.first(), line.last()) >= CLOSURE_MAX_DAYS) {
				throw FieldRuleException.invalid(field + ".last", "ClosureTooLong", CLOSURE_MAX_DAYS);
			}
			if (line.label() == null || line.label().isBlank()) {
				throw FieldRuleException.invalid(field + ".label", "NotBlank");
			}
			if (line.label().strip().length() > LABEL_MAX) {
				throw FieldRuleException.invalid(field + ".label", "Size", 1, LABEL_MAX);
			}
			closures.add(new Closure(line.first(), line.last(), line.label()));
		}
		return closures;
	}

	private static String accepted(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
	}

}
