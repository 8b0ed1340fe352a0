package org.socle.servicedesk.calendar;

import java.time.LocalDate;
import java.util.List;

/** What a group administrator asks of the calendars, in a page or through the API. */
final class CalendarCommands {

	private CalendarCommands() {
	}

	/**
	 * A calendar as written: hours as lines (a weekday and a range "08:00"-"12:30"; lines
	 * with neither start nor end are ignored), closures as lines. Zone: Europe/Paris when
	 * absent; holidays: none when absent. The version is the one the caller saw
	 * (updates).
	 */
	record CalendarCommand(String name, String zoneId, Boolean alwaysOpen, String holidays, List<HoursLine> hours,
			List<ClosureLine> closures, Long version) {
	}

	/** One working range of a weekday ("MONDAY", "08:00", "12:30"). */
	record HoursLine(String day, String start, String end) {

		boolean blank() {
			return (this.start == null || this.start.isBlank()) && (this.end == null || this.end.isBlank());
		}

	}

	/** A closure: from its first to its last day, both closed. */
	record ClosureLine(LocalDate first, LocalDate last, String label) {

		boolean blank() {
			return this.first == null && this.last == null && (this.label == null || this.label.isBlank());
		}

	}

	/** Archives with a reason, based on the version the caller saw. */
	record Archive(Long version, String reason) {
	}

}
