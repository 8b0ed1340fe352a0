package org.socle.servicedesk.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.socle.servicedesk.calendar.CalendarCommands.ClosureLine;
import org.socle.servicedesk.calendar.CalendarCommands.HoursLine;

/**
 * A calendar as the API shows it; its hours and closures have the shape the API takes, so
 * what is read can be sent back changed.
 */
record CalendarView(Long id, String name, String zoneId, boolean alwaysOpen, HolidaySet holidays, List<HoursLine> hours,
		List<ClosureLine> closures, boolean archived, String archiveReason, long version, Instant createdAt,
		String createdBy, Instant lastModifiedAt, String lastModifiedBy) {

	static CalendarView of(BusinessCalendar c) {
		return new CalendarView(c.getId(), c.getName(), c.getZoneId(), c.isAlwaysOpen(), c.getHolidaySet(),
				hoursOf(c.getWeeklyHours()), closuresOf(c), c.isArchived(), c.getArchiveReason(), c.getVersion(),
				c.getCreatedAt(), c.getCreatedBy(), c.getLastModifiedAt(), c.getLastModifiedBy());
	}

	static List<HoursLine> hoursOf(WeeklyHours hours) {
		List<HoursLine> lines = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.of(day).forEach(r -> lines.add(new HoursLine(day.name(), r.start(), r.end())));
		}
		return lines;
	}

	private static List<ClosureLine> closuresOf(BusinessCalendar c) {
		return c.getClosures().stream().map(x -> new ClosureLine(x.first(), x.last(), x.label())).toList();
	}

}
