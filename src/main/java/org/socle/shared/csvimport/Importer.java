package org.socle.shared.csvimport;

import java.util.List;

/**
 * What a module supplies to import one kind of row (people, departments, assets...): the
 * columns it reads and, for each pass over a file, the rules and the writes.
 * <p>
 * The engine calls {@link #begin} once for the preview (in a read-only transaction) and
 * once more on confirmation (in the one write transaction), with the security context of
 * the user who asked, so the pass may read the user's scope.
 */
public interface Importer {

	/** The kind named in URLs, e.g. {@code people}. */
	String kind();

	/** The columns, in the order the template lists them. */
	List<ImportColumn> columns();

	/**
	 * Example lines for the downloadable template, in the order of {@link #columns()}.
	 */
	default List<List<String>> templateLines() {
		return List.of();
	}

	/**
	 * Starts a pass over the given rows: loads the reference data the rules need and may
	 * look at every row first (to find duplicates within the file).
	 */
	ImportPass begin(List<ImportRow> rows);

}
