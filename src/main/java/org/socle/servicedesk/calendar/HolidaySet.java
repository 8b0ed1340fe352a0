package org.socle.servicedesk.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;

/**
 * The public holidays a calendar closes on, as Jollyday knows them: none, France, France
 * with the Alsace-Moselle days (Good Friday and 26 December, department 57), or Quebec.
 */
public enum HolidaySet {

	NONE(null), FRANCE(HolidayCalendar.FRANCE), FRANCE_ALSACE_MOSELLE(HolidayCalendar.FRANCE, "57"),
	QUEBEC(HolidayCalendar.CANADA, "qc");

	private final HolidayCalendar country;

	private final String[] subdivision;

	HolidaySet(HolidayCalendar country, String... subdivision) {
		this.country = country;
		this.subdivision = subdivision;
	}

	HolidayCalendar country() {
		return this.country;
	}

	String[] subdivision() {
		return this.subdivision.clone();
	}

}
