package org.socle.shared.csvimport;

import java.util.Collections;
import java.util.Map;

/**
 * One data line of an import file, its values by column key. A blank value reads as null;
 * a column the file does not have is absent ({@link #hasColumn}), so an importer can
 * leave the matching field unchanged.
 */
public final class ImportRow {

	private final int line;

	private final Map<String, String> values;

	public ImportRow(int line, Map<String, String> values) {
		this.line = line;
		this.values = Collections.unmodifiableMap(values);
	}

	/** The row number in the file, as a spreadsheet shows it (the header is row 1). */
	public int line() {
		return this.line;
	}

	/** The trimmed value, or null when blank or when the file has no such column. */
	public String get(String key) {
		String value = this.values.get(key);
		return (value == null || value.isEmpty()) ? null : value;
	}

	public boolean hasColumn(String key) {
		return this.values.containsKey(key);
	}

	/** The values by column key, blank ones as empty strings. */
	public Map<String, String> values() {
		return this.values;
	}

}
