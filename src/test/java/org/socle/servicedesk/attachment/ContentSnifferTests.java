package org.socle.servicedesk.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Types are told from the bytes, and the extension may not contradict them. */
class ContentSnifferTests {

	private final ContentSniffer sniffer = new ContentSniffer();

	@TempDir
	Path dir;

	private Optional<String> detect(String filename, byte[] content) throws IOException {
		Path file = Files.write(this.dir.resolve("upload.part"), content);
		return this.sniffer.detect(file, filename);
	}

	@Test
	void photosAndPdfAreKnownByTheirMagicNumbers() throws IOException {
		assertThat(detect("IMG_0001.JPG", TestFiles.jpeg())).contains("image/jpeg");
		assertThat(detect("sans-extension", TestFiles.jpeg())).contains("image/jpeg");
		assertThat(detect("scan.png", bytes("\u0089PNG\r\n\u001A\n rest"))).contains("image/png");
		assertThat(detect("a.gif", bytes("GIF89a rest"))).contains("image/gif");
		assertThat(detect("a.webp", bytes("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).contains("image/webp");
		assertThat(detect("IMG_0002.HEIC", bytes("\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000mif1heic")))
			.contains("image/heic");
		assertThat(detect("facture.pdf", bytes("%PDF-1.7\n%âãÏÓ"))).contains("application/pdf");
	}

	@Test
	void aPageOrAProgramUnderAnotherNameIsNotRecognised() throws IOException {
		assertThat(detect("photo.png", TestFiles.html())).isEmpty();
		assertThat(detect("page.txt", TestFiles.html())).isEmpty();
		assertThat(detect("page.html", TestFiles.html())).isEmpty();
		assertThat(detect("setup.exe", TestFiles.program())).isEmpty();
		assertThat(detect("facture.pdf", TestFiles.program())).isEmpty();
		assertThat(detect("notes.txt", TestFiles.program())).isEmpty();
		assertThat(detect("image.svg", bytes("<svg xmlns='http://www.w3.org/2000/svg'/>"))).isEmpty();
	}

	@Test
	void anExtensionThatContradictsTheBytesIsRefused() throws IOException {
		assertThat(detect("photo.pdf", TestFiles.jpeg())).isEmpty();
		assertThat(detect("rapport.docx", TestFiles.zip("readme.txt"))).isEmpty();
	}

	@Test
	void officeDocumentsAreToldApartByTheirEntriesAndAPlainZipIsNot() throws IOException {
		assertThat(detect("rapport.docx", TestFiles.docx())).contains(ContentSniffer.DOCX);
		assertThat(detect("budget.xlsx", TestFiles.zip("[Content_Types].xml", "xl/workbook.xml")))
			.contains(ContentSniffer.XLSX);
		assertThat(detect("compte-rendu.odt", TestFiles.zip("mimetype", "content.xml"))).contains(ContentSniffer.ODT);
		assertThat(detect("archive.zip", TestFiles.zip("readme.txt"))).isEmpty();
	}

	@Test
	void textCsvAndMailAreTakenUnderTheirExtensionOnly() throws IOException {
		assertThat(detect("export.csv", bytes("nom;prénom\nDurand;Léa\n"))).contains("text/csv");
		assertThat(detect("journal.log", bytes("12:00 démarrage\n"))).contains("text/plain");
		assertThat(detect("message.eml", bytes("From: a@example.org\nSubject: panne\n\nbonjour")))
			.contains("message/rfc822");
		assertThat(detect("message.eml", bytes("bonjour"))).isEmpty();
		assertThat(detect("notes", bytes("bonjour"))).isEmpty();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
