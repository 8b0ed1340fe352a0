package org.socle.directory.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.socle.shared.csvimport.FieldProblem;
import org.socle.shared.csvimport.ImportRow;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Checks shared by the directory's importers. */
final class LineRules {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private LineRules() {
	}

	/**
	 * The value of a text column, or null; a missing required value or one too long adds
	 * a problem (and gives null).
	 */
	static String text(ImportRow row, String column, int maxLength, boolean required, List<FieldProblem> problems) {
		String value = row.get(column);
		if (value == null) {
			if (required) {
				problems.add(FieldProblem.of(column, "directory.imports.error.required"));
			}
			return null;
		}
		if (value.length() > maxLength) {
			problems.add(FieldProblem.of(column, "directory.imports.error.tooLong", maxLength));
			return null;
		}
		return value;
	}

	static boolean isEmail(String value) {
		return EMAIL.matcher(value).matches();
	}

	/** The other line of the file holding the same key, or 0 when the key is unique. */
	static int otherLine(Map<String, List<Integer>> linesByKey, String key, int line) {
		List<Integer> lines = linesByKey.getOrDefault(key, List.of());
		return lines.stream().filter(l -> l != line).findFirst().orElse(0);
	}

	/** The lines of the file by key (rows without a key left out). */
	static Map<String, List<Integer>> linesByKey(List<ImportRow> rows, Function<ImportRow, String> key) {
		Map<String, List<Integer>> lines = new HashMap<>();
		for (ImportRow row : rows) {
			String k = key.apply(row);
			if (k != null) {
				lines.computeIfAbsent(k, x -> new ArrayList<>(1)).add(row.line());
			}
		}
		return lines;
	}

	/** A message argument that is itself a message (e.g. an enum label). */
	static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(new String[] { key }, key);
	}

}
