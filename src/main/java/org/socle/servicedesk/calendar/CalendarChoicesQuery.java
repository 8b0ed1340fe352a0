package org.socle.servicedesk.calendar;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the calendars to choose from. */
@Component
class CalendarChoicesQuery implements CalendarChoices {

	private final BusinessCalendarRepository calendars;

	CalendarChoicesQuery(BusinessCalendarRepository calendars) {
		this.calendars = calendars;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CalendarChoice> active() {
		return this.calendars.findByArchivedFalseOrderByNameAsc().stream().map(CalendarChoicesQuery::choice).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CalendarChoice> find(Long calendarId) {
		return (calendarId != null) ? this.calendars.findById(calendarId).map(CalendarChoicesQuery::choice)
				: Optional.empty();
	}

	private static CalendarChoice choice(BusinessCalendar c) {
		return new CalendarChoice(c.getId(), c.getName(), c.getZoneId(), c.isAlwaysOpen(), c.isArchived());
	}

}
