package org.socle.servicedesk.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An exceptional closure: every day from {@code first} to {@code last} (both included) is
 * closed, e.g. a site closed between Christmas and New Year.
 */
public record Closure(LocalDate first, LocalDate last, String label) {

	public Closure {
		if (first == null || last == null || last.isBefore(first)) {
			throw new IllegalArgumentException("Not a closure: " + first + " to " + last);
		}
		label = (label != null) ? label.strip().replaceAll("\\s+", " ") : "";
	}

	public boolean closes(LocalDate day) {
		return !day.isBefore(this.first) && !day.isAfter(this.last);
	}

	/** One closure a line: {@code 2026-12-24 2027-01-01 Fermeture de fin d'année}. */
	static String toText(List<Closure> closures) {
		return closures.stream().map(c -> c.first + " " + c.last + " " + c.label).collect(Collectors.joining("\n"));
	}

	static List<Closure> fromText(String text) {
		List<Closure> closures = new ArrayList<>();
		if (text != null) {
			for (String line : text.split("\n")) {
				String[] parts = line.strip().split(" ", 3);
				if (parts.length >= 2) {
					closures.add(new Closure(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]),
							(parts.length > 2) ? parts[2] : ""));
				}
			}
		}
		return List.copyOf(closures);
	}

}
