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

	/**
	 * The position in the file each column's header designates, by column key: what
	 * {@link #of} would pick, without refusing anything (a column named twice keeps its
	 * first header). A page offers it as the mapping's starting point.
	 */
	static Map<String, Integer> guess(List<String> fileHeaders, List<ImportColumn> columns) {
		Map<String, Integer> positions = new LinkedHashMap<>();
		for (ImportColumn column : columns) {
			for (int i = 0; i < fileHeaders.size(); i++) {
				if (column.matches(fileHeaders.get(i)) && !positions.containsValue(i)) {
					positions.put(column.key(), i);
					break;
				}
			}
		}
		return positions;
	}

	/**
	 * The mapping a user chose: a column key for some positions of the file (keys of
	 * unknown columns and positions outside the file are ignored).
	 * @throws FieldRuleException on field {@code mapping}: {@code ImportDuplicateColumn}
	 * when one position is given twice, {@code ImportMissingColumns} when a required
	 * column has no position
	 */
	static ColumnMapping explicit(List<String> fileHeaders, List<ImportColumn> columns,
			Map<String, Integer> positions) {
		String[] keys = new String[fileHeaders.size()];
		Map<String, String> ordered = new LinkedHashMap<>();
		for (ImportColumn column : columns) {
			Integer position = positions.get(column.key());
			if (position == null || position < 0 || position >= fileHeaders.size()) {
				continue;
			}
			if (keys[position] != null) {
				throw FieldRuleException.invalid("mapping", "ImportDuplicateColumn", fileHeaders.get(position));
			}
			keys[position] = column.key();
			ordered.put(column.key(),
					fileHeaders.get(position).isEmpty() ? column.templateHeader() : fileHeaders.get(position));
		}
		List<String> missing = columns.stream()
			.filter(c -> c.required() && !ordered.containsKey(c.key()))
			.map(ImportColumn::templateHeader)
			.toList();
		if (!missing.isEmpty()) {
			throw FieldRuleException.invalid("mapping", "ImportMissingColumns", String.join(", ", missing));
		}
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
