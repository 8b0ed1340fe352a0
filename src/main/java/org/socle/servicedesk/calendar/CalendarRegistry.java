package org.socle.servicedesk.calendar;

import org.springframework.stereotype.Component;

/**
 * The group's calendars. For now every calendar counts every minute: business calendars
 * replace this.
 */
@Component
class CalendarRegistry implements WorkingCalendars {

	@Override
	public WorkingTime of(Long calendarId) {
		return WorkingTime.always();
	}

}
