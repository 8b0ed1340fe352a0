package org.socle.shared.csvimport;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.shared.web.FieldRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnMappingChoiceTests {

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("number", "n° inventaire"),
			ImportColumn.optional("serial", "n° série"), ImportColumn.optional("comment", "commentaire"));

	@Test
	void aGuessTakesEachHeaderOnceAndRefusesNothing() {
		Map<String, Integer> guess = ColumnMapping.guess(List.of("N° série", "Divers", "N° INVENTAIRE", "n° serie"),
				COLUMNS);

		assertThat(guess).containsExactlyInAnyOrderEntriesOf(Map.of("number", 2, "serial", 0));
	}

	@Test
	void theUsersMappingReadsTheChosenPositionsEvenUnderOtherHeaders() {
		ColumnMapping mapping = ColumnMapping.explicit(List.of("Code", "Num", ""), COLUMNS,
				Map.of("number", 1, "comment", 2, "unknown", 0));

		List<ImportRow> rows = mapping.rows(List.of(new CsvDocument.Line(2, List.of("X", "INV-9", "fragile"))));

		assertThat(rows.get(0).get("number")).isEqualTo("INV-9");
		assertThat(rows.get(0).get("comment")).isEqualTo("fragile");
		assertThat(rows.get(0).hasColumn("serial")).isFalse();
		assertThat(mapping.headers()).containsEntry("number", "Num").containsEntry("comment", "commentaire");
	}

	@Test
	void aMappingWithoutARequiredColumnOrWithAPositionTwiceIsRefused() {
		assertThatThrownBy(() -> ColumnMapping.explicit(List.of("a", "b"), COLUMNS, Map.of("serial", 0)))
			.isInstanceOfSatisfying(FieldRuleException.class, ex -> {
				assertThat(ex.getField()).isEqualTo("mapping");
				assertThat(ex.getRule()).isEqualTo("ImportMissingColumns");
			});
		assertThatThrownBy(() -> ColumnMapping.explicit(List.of("a", "b"), COLUMNS, Map.of("number", 0, "serial", 0)))
			.isInstanceOfSatisfying(FieldRuleException.class,
					ex -> assertThat(ex.getRule()).isEqualTo("ImportDuplicateColumn"));
	}

}
