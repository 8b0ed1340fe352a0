package org.socle.shared.csvimport;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.shared.web.FieldRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTests {

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aUtf8ByteOrderMarkIsDroppedFromTheFirstHeader() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = utf8("nom;prénom\nÉtienne;Zoé\n");
		byte[] content = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(body, 0, content, bom.length, body.length);

		CsvDocument document = CsvReader.read(content);

		assertThat(document.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(document.headers()).containsExactly("nom", "prénom");
		assertThat(document.lines().get(0).values()).containsExactly("Étienne", "Zoé");
	}

	@Test
	void utf8WithoutByteOrderMarkIsReadAsUtf8() {
		CsvDocument document = CsvReader.read(utf8("nom;fonction\nLefèvre;Aide-soignante\n"));

		assertThat(document.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(document.lines().get(0).values()).containsExactly("Lefèvre", "Aide-soignante");
	}

	@Test
	void bytesThatAreNotUtf8AreReadAsWindows1252WithTheirAccents() {
		byte[] content = "nom;prénom;fonction\nLefèvre;Hélène;Cadre de santé – œnologie\n"
			.getBytes(CsvReader.WINDOWS_1252);

		CsvDocument document = CsvReader.read(content);

		assertThat(document.charset()).isEqualTo(CsvReader.WINDOWS_1252);
		assertThat(document.headers()).containsExactly("nom", "prénom", "fonction");
		assertThat(document.lines().get(0).values()).containsExactly("Lefèvre", "Hélène", "Cadre de santé – œnologie");
	}

	@Test
	void theSeparatorIsASemicolonWhenTheHeaderHasMoreSemicolons() {
		CsvDocument document = CsvReader.read(utf8("nom;prénom;fonction\nDurand;Paul;Infirmier, de nuit\n"));

		assertThat(document.delimiter()).isEqualTo(';');
		assertThat(document.lines().get(0).values()).containsExactly("Durand", "Paul", "Infirmier, de nuit");
	}

	@Test
	void theSeparatorIsACommaWhenTheHeaderHasMoreCommas() {
		CsvDocument document = CsvReader.read(utf8("last_name,first_name,job_title\nDurand,Paul,Nurse; nights\n"));

		assertThat(document.delimiter()).isEqualTo(',');
		assertThat(document.lines().get(0).values()).containsExactly("Durand", "Paul", "Nurse; nights");
	}

	@Test
	void separatorsInsideQuotedHeadersDoNotCount() {
		assertThat(CsvReader.detectDelimiter("\"nom;prenom;x\",fonction,email")).isEqualTo(',');
	}

	@Test
	void quotedFieldsKeepSeparatorsQuotesAndLineBreaks() {
		String csv = "nom;fonction;email\n\"Martin; Jr\";\"Chef de \"\"bloc\"\"\nopératoire\";a@b.fr\nPetit;IDE;c@d.fr\n";

		CsvDocument document = CsvReader.read(utf8(csv));

		assertThat(document.lines()).hasSize(2);
		assertThat(document.lines().get(0).values()).containsExactly("Martin; Jr", "Chef de \"bloc\"\nopératoire",
				"a@b.fr");
		assertThat(document.lines().get(1).number()).isEqualTo(3);
	}

	@Test
	void blankLinesAreSkippedButLineNumbersFollowTheFile() {
		CsvDocument document = CsvReader.read(utf8("nom;prénom\r\nA;B\r\n\r\n;\r\nC;D\r\n"));

		assertThat(document.lines()).extracting(CsvDocument.Line::number).containsExactly(2, 5);
	}

	@Test
	void valuesAreTrimmedIncludingNonBreakingSpaces() {
		CsvDocument document = CsvReader.read(utf8(" nom ; prénom\n\u00A0Durand\u00A0 ;  Paul \n"));

		assertThat(document.headers()).containsExactly("nom", "prénom");
		assertThat(document.lines().get(0).values()).isEqualTo(List.of("Durand", "Paul"));
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatThrownBy(() -> CsvReader.read(new byte[0])).isInstanceOf(FieldRuleException.class)
			.satisfies(ex -> assertThat(((FieldRuleException) ex).getRule()).isEqualTo("ImportEmpty"));
	}

	@Test
	void anUnclosedQuoteIsRefusedAsUnreadable() {
		assertThatThrownBy(() -> CsvReader.read(utf8("nom;prénom\nA;B\n\"C;D\n")))
			.isInstanceOf(FieldRuleException.class)
			.satisfies(ex -> {
				FieldRuleException rule = (FieldRuleException) ex;
				assertThat(rule.getField()).isEqualTo("file");
				assertThat(rule.getRule()).isEqualTo("ImportUnreadable");
			});
	}

}
