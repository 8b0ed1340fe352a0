package org.socle.inventory.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.shared.csvimport.ImportColumn;
import org.socle.shared.web.FieldRuleException;

/** Mappings of a file's columns to asset fields, as the API and the pages give them. */
final class Mappings {

	private Mappings() {
	}

	/**
	 * The positions of the named headers, by field; the other fields guessed.
	 * @throws FieldRuleException on field {@code mapping}: {@code ImportUnknownField},
	 * {@code ImportUnknownHeader}
	 */
	static Map<String, Integer> byHeaders(List<String> fileHeaders, List<ImportColumn> columns,
			Map<String, Integer> guessed, Map<String, String> byHeader) {
		Map<String, Integer> positions = new HashMap<>(guessed);
		byHeader.forEach((key, header) -> {
			if (columns.stream().noneMatch(c -> c.key().equals(key))) {
				throw FieldRuleException.invalid("mapping", "ImportUnknownField", key);
			}
			int position = fileHeaders.indexOf(header.strip());
			if (position < 0) {
				String wanted = ImportColumn.normalise(header);
				position = fileHeaders.stream().map(ImportColumn::normalise).toList().indexOf(wanted);
			}
			if (position < 0) {
				throw FieldRuleException.invalid("mapping", "ImportUnknownHeader", header);
			}
			Integer taken = position;
			positions.values().removeIf(taken::equals);
			positions.put(key, position);
		});
		return positions;
	}

	/**
	 * The mapping a page's form posts: {@code column.<field>=<position>}, blank for a
	 * field left unmapped.
	 * @throws FieldRuleException on field {@code mapping}: {@code ImportUnknownHeader}
	 * for a position that is not a number
	 */
	static Map<String, Integer> fromForm(Map<String, String> params) {
		Map<String, Integer> positions = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith(FORM_PREFIX) && value != null && !value.isBlank()) {
				try {
					positions.put(name.substring(FORM_PREFIX.length()), Integer.parseInt(value.strip()));
				}
				catch (NumberFormatException ex) {
					throw FieldRuleException.invalid("mapping", "ImportUnknownHeader", value);
				}
			}
		});
		return positions;
	}

	static final String FORM_PREFIX = "column.";

}
