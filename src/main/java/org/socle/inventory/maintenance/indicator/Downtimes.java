package org.socle.inventory.maintenance.indicator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Downtime of one asset over a period: its windows (a repair, a nonconformity's stop...)
 * clipped to the period and merged where they overlap, so that time is counted once.
 */
final class Downtimes {

	private Downtimes() {
	}

	/**
	 * The total length of the windows inside [from, to), overlapping windows counted
	 * once. A window without an end runs to {@code to}.
	 */
	static Duration within(List<Window> windows, Instant from, Instant to) {
		List<Window> clipped = new ArrayList<>();
		for (Window w : windows) {
			Instant start = w.start().isBefore(from) ? from : w.start();
			Instant end = (w.end() == null || w.end().isAfter(to)) ? to : w.end();
			if (start.isBefore(end)) {
				clipped.add(new Window(start, end));
			}
		}
		clipped.sort(Comparator.comparing(Window::start));
		Duration total = Duration.ZERO;
		Instant runStart = null;
		Instant runEnd = null;
		for (Window w : clipped) {
			if (runEnd != null && !w.start().isAfter(runEnd)) {
				runEnd = w.end().isAfter(runEnd) ? w.end() : runEnd;
				continue;
			}
			if (runEnd != null) {
				total = total.plus(Duration.between(runStart, runEnd));
			}
			runStart = w.start();
			runEnd = w.end();
		}
		return (runEnd != null) ? total.plus(Duration.between(runStart, runEnd)) : total;
	}

	/** A stop of the asset, from {@code start} to {@code end} (null while still down). */
	record Window(Instant start, Instant end) {
	}

}
