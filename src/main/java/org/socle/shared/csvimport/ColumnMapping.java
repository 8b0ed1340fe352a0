package org.socle.shared.csvimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socle.shared.web.FieldRuleException;

/**
 * Which position of the file holds which column: headers matched to an importer's
 * columns; unknown headers are ignored.
 */
final class ColumnMapping {

	/** Column key by position in the file; null for an ignored header. */
	private final String[] keyByPosition;

	/** Header as written in the file, by column key, in the importer's column order. */
	private final Map<String, String> headers;

	private ColumnMapping(String[] keyByPosition, Map<String, String> headers) {
		this.keyByPosition = keyByPosition;
		this.headers = headers;
	}

	/**
	 * @throws FieldRuleException on field {@code file}: {@code ImportDuplicateColumn}
	 * when two headers name the same column, {@code ImportMissingColumns} (with the
	 * missing template headers) when a required column is absent
	 */
	static ColumnMapping of(List<String> fileHeaders, List<ImportColumn> columns) {
		String[] keys = new String[fileHeaders.size()];
		Map<String, String> found = new HashMap<>();
		for (int i = 0; i < fileHeaders.size(); i++) {
			String header = fileHeaders.get(i);
			for (ImportColumn column : columns) {
				if (column.matches(header)) {
					if (found.containsKey(column.key())) {
						throw FieldRuleException.invalid("file", "ImportDuplicateColumn", header);
					}
					found.put(column.key(), header);
					keys[i] = column.key();
				}
			}
		}
		List<String> missing = columns.stream()
			.filter(c -> c.required() && !found.containsKey(c.key()))
			.map(ImportColumn::templateHeader)
			.toList();
		if (!missing.isEmpty()) {
			throw FieldRuleException.invalid("file", "ImportMissingColumns", String.join(", ", missing));
		}
		Map<String, String> ordered = new LinkedHashMap<>();
		columns.stream().filter(c -> found.containsKey(c.key())).forEach(c -> ordered.put(c.key(), found.get(c.key())));
		return new ColumnMapping(keys, ordered);
	}

	/** The file's header of each column it has, by column key, in column order. */
	Map<String, String> headers() {
		return this.headers;
	}

	List<ImportRow> rows(List<CsvDocument.Line> lines) {
		List<ImportRow> rows = new ArrayList<>(lines.size());
		for (CsvDocument.Line line : lines) {
			Map<String, String> values = new HashMap<>();
			this.headers.keySet().forEach(key -> values.put(key, ""));
			for (int i = 0; i < this.keyByPosition.length && i < line.values().size(); i++) {
				if (this.keyByPosition[i] != null) {
					values.put(this.keyByPosition[i], line.values().get(i));
				}
			}
			rows.add(new ImportRow(line.number(), values));
		}
		return rows;
	}

}
