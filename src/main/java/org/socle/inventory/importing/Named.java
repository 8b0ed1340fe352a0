package org.socle.inventory.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.socle.shared.csvimport.ImportColumn;

/**
 * Rows found by the names a file may write for them (a code, a name, a FINESS...),
 * compared without case, accents, spaces or punctuation. A name two rows share is
 * ambiguous.
 */
class Named<T> {

	private final Map<String, List<T>> byName = new HashMap<>();

	/** Indexes every row under each of its non-blank names. */
	static <T> Named<T> of(List<T> rows, Function<T, List<String>> names) {
		Named<T> named = new Named<>();
		for (T row : rows) {
			names.apply(row)
				.stream()
				.map(ImportColumn::normalise)
				.filter(n -> !n.isEmpty())
				.distinct()
				.forEach(n -> named.add(n, row));
		}
		return named;
	}

	void add(String name, T row) {
		this.byName.computeIfAbsent(ImportColumn.normalise(name), k -> new ArrayList<>(1)).add(row);
	}

	/** The rows the text names: none, one, or several (ambiguous). */
	List<T> find(String text) {
		return this.byName.getOrDefault(ImportColumn.normalise(text), List.of());
	}

}
