package org.socle.shared.csvimport;

import java.util.List;
import java.util.Map;

/**
 * One pass over the lines of a file, in file order. A pass keeps state across lines: a
 * line may refer to one validated before it (a parent department defined higher up).
 */
public interface ImportPass {

	/**
	 * The problems of one line, empty when it can be imported. A pass remembers a valid
	 * line so later lines may refer to it.
	 */
	List<FieldProblem> validate(ImportRow row);

	/**
	 * Writes a line that {@link #validate} has just accepted, inside the import
	 * transaction.
	 */
	ImportAction apply(ImportRow row);

	/**
	 * Called every few hundred written lines: a chance to flush and clear the persistence
	 * context so a large file does not hold every row in memory.
	 */
	default void checkpoint() {
	}

	/**
	 * Called once after the last line of the write pass, inside the import transaction:
	 * the place to write what {@link #apply} buffered (e.g. a last JDBC batch).
	 */
	default void finish() {
	}

	/**
	 * Figures the preview shows besides the line counts, by message key (e.g. how many
	 * manufacturers the confirmation will create); read after the pass.
	 */
	default Map<String, Integer> counts() {
		return Map.of();
	}

}
