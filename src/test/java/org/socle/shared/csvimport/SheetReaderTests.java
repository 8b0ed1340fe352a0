package org.socle.shared.csvimport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.socle.shared.web.FieldRuleException;
import org.socle.testing.TestWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetReaderTests {

	@Test
	void aWorkbookReadsAsTextLinesWithDatesInIsoAndNumbersPlain() {
		byte[] xlsx = TestWorkbooks.of(sheet -> {
			sheet.value(0, 0, "N° inventaire");
			sheet.value(0, 1, "Mise en service");
			sheet.value(0, 2, "Prix");
			sheet.value(1, 0, "INV-1");
			sheet.value(1, 1, LocalDate.of(2021, 3, 15));
			sheet.style(1, 1).format("dd/mm/yyyy").set();
			sheet.value(1, 2, new BigDecimal("1234.50"));
			sheet.value(3, 0, "INV-2");
			sheet.value(3, 2, 12);
		});

		CsvDocument document = ImportJobs.readAny(xlsx);

		assertThat(document.format()).isEqualTo(CsvDocument.XLSX);
		assertThat(document.headers()).containsExactly("N° inventaire", "Mise en service", "Prix");
		assertThat(document.lines()).hasSize(2);
		assertThat(document.lines().get(0).values()).containsExactly("INV-1", "2021-03-15", "1234.5");
		assertThat(document.lines().get(1).number()).as("spreadsheet row number, blank row skipped").isEqualTo(4);
		assertThat(document.lines().get(1).values()).containsExactly("INV-2", "", "12");
	}

	@Test
	void csvBytesStillReadAsCsv() {
		CsvDocument document = ImportJobs.readAny("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));

		assertThat(document.format()).isEqualTo(CsvDocument.CSV);
		assertThat(document.lines()).singleElement().satisfies(l -> assertThat(l.values()).containsExactly("1", "2"));
	}

	@Test
	void anOldBinaryWorkbookIsRefusedWithItsOwnRule() {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0,
				0 };

		assertThatThrownBy(() -> ImportJobs.readAny(ole2)).isInstanceOfSatisfying(FieldRuleException.class,
				ex -> assertThat(ex.getRule()).isEqualTo("ImportOldWorkbook"));
	}

	@Test
	void dateFormatsAreToldFromNumberFormats() {
		assertThat(SheetReader.isDateFormat("dd/mm/yyyy")).isTrue();
		assertThat(SheetReader.isDateFormat("m/d/yy")).isTrue();
		assertThat(SheetReader.isDateFormat("[$-40C]d mmmm yyyy")).isTrue();
		assertThat(SheetReader.isDateFormat("General")).isFalse();
		assertThat(SheetReader.isDateFormat("#,##0.00 \"€\"")).isFalse();
	}

}
