package org.socle.servicedesk.calendar;

import java.util.List;
import java.util.Optional;

/**
 * The calendars other features offer to choose from (an agreement's calendar), and the
 * one they name. No access check: the caller's page or API has its own.
 */
public interface CalendarChoices {

	/** The active calendars, by name. */
	List<CalendarChoice> active();

	/** A calendar, archived or not. */
	Optional<CalendarChoice> find(Long calendarId);

	/** A calendar to choose. */
	record CalendarChoice(Long id, String name, String zoneId, boolean alwaysOpen, boolean archived) {
	}

}
