package org.socle.shared.csvimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The errors of a file, line by line: every erroneous line is counted, the first
 * {@value #MAX_KEPT} errors are kept for display.
 */
final class LineErrors {

	static final int MAX_KEPT = 1000;

	private final List<LineError> kept = new ArrayList<>();

	private int lines;

	private boolean truncated;

	LineErrors() {
	}

	/** A copy to extend (e.g. with lines that fail again on confirmation). */
	LineErrors copy() {
		LineErrors copy = new LineErrors();
		copy.kept.addAll(this.kept);
		copy.lines = this.lines;
		copy.truncated = this.truncated;
		return copy;
	}

	void add(ImportRow row, List<FieldProblem> problems, Function<String, String> headerOf) {
		this.lines++;
		for (FieldProblem problem : problems) {
			if (this.kept.size() >= MAX_KEPT) {
				this.truncated = true;
				return;
			}
			this.kept.add(new LineError(row.line(), problem.column(), headerOf.apply(problem.column()),
					problem.messageKey(), problem.arguments()));
		}
	}

	int lines() {
		return this.lines;
	}

	/** The kept errors, by line. */
	List<LineError> list() {
		List<LineError> list = new ArrayList<>(this.kept);
		list.sort(Comparator.comparingInt(LineError::line));
		return list;
	}

	boolean truncated() {
		return this.truncated;
	}

}
