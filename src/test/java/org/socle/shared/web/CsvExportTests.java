package org.socle.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTests {

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
		assertThat(CsvExport.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(CsvExport.cell("+33 6 00")).isEqualTo("'+33 6 00");
		assertThat(CsvExport.cell("-1+1")).isEqualTo("'-1+1");
		assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
	}

	@Test
	void ordinaryValuesAreKeptAndNullIsEmpty() {
		assertThat(CsvExport.cell("Centre hospitalier")).isEqualTo("Centre hospitalier");
		assertThat(CsvExport.cell(42L)).isEqualTo(42L);
		assertThat(CsvExport.cell(-3)).isEqualTo(-3);
		assertThat(CsvExport.cell("")).isEqualTo("");
		assertThat(CsvExport.cell(null)).isEqualTo("");
	}

}
