package org.socle.shared.csvimport;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.shared.web.FieldRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class ColumnMappingTests {

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("lastName", "nom", "last_name"),
			ImportColumn.required("firstName", "prénom", "first_name"),
			ImportColumn.optional("departmentCode", "code_uf", "department_code"),
			ImportColumn.optional("phone", "téléphone", "phone"));

	private static CsvDocument.Line line(int number, String... values) {
		return new CsvDocument.Line(number, List.of(values));
	}

	@Test
	void headersMatchAliasesWhateverTheirCaseAccentsAndPunctuation() {
		ColumnMapping mapping = ColumnMapping.of(List.of("PRENOM", "Nom", "Code UF"), COLUMNS);

		assertThat(mapping.headers()).containsExactly(entry("lastName", "Nom"), entry("firstName", "PRENOM"),
				entry("departmentCode", "Code UF"));
		ImportRow row = mapping.rows(List.of(line(2, "Zoé", "Durand", "UF12"))).get(0);
		assertThat(row.get("lastName")).isEqualTo("Durand");
		assertThat(row.get("firstName")).isEqualTo("Zoé");
		assertThat(row.get("departmentCode")).isEqualTo("UF12");
		assertThat(row.line()).isEqualTo(2);
	}

	@Test
	void englishAliasesAndTheKeyItselfMatchToo() {
		ColumnMapping mapping = ColumnMapping.of(List.of("last_name", "First-Name", "Department_Code", "PhOnE"),
				COLUMNS);

		assertThat(mapping.headers()).containsOnlyKeys("lastName", "firstName", "departmentCode", "phone");
	}

	@Test
	void unknownHeadersAreIgnoredAndAbsentColumnsAreNotPartOfTheRow() {
		ColumnMapping mapping = ColumnMapping.of(List.of("nom", "matricule", "prénom", ""), COLUMNS);
		ImportRow row = mapping.rows(List.of(line(2, "Durand", "123", "Paul", ""))).get(0);

		assertThat(row.values()).containsOnlyKeys("lastName", "firstName");
		assertThat(row.hasColumn("phone")).isFalse();
		assertThat(row.get("phone")).isNull();
	}

	@Test
	void aShortLineReadsItsMissingValuesAsBlank() {
		ColumnMapping mapping = ColumnMapping.of(List.of("nom", "prénom", "téléphone"), COLUMNS);
		ImportRow row = mapping.rows(List.of(line(2, "Durand"))).get(0);

		assertThat(row.hasColumn("phone")).isTrue();
		assertThat(row.get("phone")).isNull();
		assertThat(row.get("firstName")).isNull();
	}

	@Test
	void aMissingRequiredColumnIsRefusedNamingIt() {
		assertThatThrownBy(() -> ColumnMapping.of(List.of("nom", "téléphone"), COLUMNS))
			.isInstanceOf(FieldRuleException.class)
			.satisfies(ex -> {
				FieldRuleException rule = (FieldRuleException) ex;
				assertThat(rule.getRule()).isEqualTo("ImportMissingColumns");
				assertThat(rule.getArguments()).containsExactly("prénom");
			});
	}

	@Test
	void twoHeadersForTheSameColumnAreRefused() {
		assertThatThrownBy(() -> ColumnMapping.of(List.of("nom", "prénom", "last_name"), COLUMNS))
			.isInstanceOf(FieldRuleException.class)
			.satisfies(ex -> assertThat(((FieldRuleException) ex).getRule()).isEqualTo("ImportDuplicateColumn"));
	}

	@Test
	void normalisingDropsAccentsCaseAndPunctuation() {
		assertThat(ImportColumn.normalise("Libellé de la Structure")).isEqualTo("libelledelastructure");
		assertThat(ImportColumn.normalise("TÉLÉPHONE")).isEqualTo("telephone");
		assertThat(ImportColumn.normalise("code_uf")).isEqualTo(ImportColumn.normalise("Code UF"));
	}

}
