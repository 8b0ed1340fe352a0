package org.socle.inventory.plan;

import java.time.LocalDate;

/**
 * The tolerance window of a due date: work done between start and end (both included)
 * counts as on time.
 */
public record Window(LocalDate start, LocalDate end) {

	public static Window around(LocalDate due, int daysBefore, int daysAfter) {
		return new Window(due.minusDays(daysBefore), due.plusDays(daysAfter));
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

	/** Past the window's end and not done: overdue. */
	public boolean overdueOn(LocalDate today) {
		return today.isAfter(this.end);
	}

}
