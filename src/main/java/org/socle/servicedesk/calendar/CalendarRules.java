package org.socle.servicedesk.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What a business calendar counts: the working hours of each weekday, in wall-clock time
 * of its zone, except on the public holidays of its set and on its closures.
 */
public record CalendarRules(ZoneId zone, WeeklyHours hours, HolidaySet holidays, List<Closure> closures) {

	public CalendarRules {
		closures = List.copyOf(closures);
	}

	/** Whether a day is closed whatever its weekday's hours. */
	boolean isClosed(LocalDate day, PublicHolidays publicHolidays) {
		if (this.closures.stream().anyMatch(c -> c.closes(day))) {
			return true;
		}
		return this.holidays != HolidaySet.NONE
				&& publicHolidays.closedDays(this.holidays, day.getYear()).contains(day);
	}

}
