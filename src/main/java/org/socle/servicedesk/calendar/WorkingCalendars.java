package org.socle.servicedesk.calendar;

/** The business calendars of the group, as working time to measure with. */
public interface WorkingCalendars {

	/** The calendar's working time; a null id is the 24/7 calendar. */
	WorkingTime of(Long calendarId);

}
