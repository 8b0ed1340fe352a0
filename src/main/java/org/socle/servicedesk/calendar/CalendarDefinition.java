package org.socle.servicedesk.calendar;

import java.time.ZoneId;

/** A calendar as checked, ready to be kept. */
record CalendarDefinition(String name, boolean alwaysOpen, CalendarRules rules) {

	ZoneId zone() {
		return this.rules.zone();
	}

}
