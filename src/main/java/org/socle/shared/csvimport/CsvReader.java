package org.socle.shared.csvimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.socle.shared.web.FieldRuleException;

/**
 * Reads the CSV files users export from spreadsheets and HR software: UTF-8 with or
 * without a byte-order mark, falling back to Windows-1252 when the bytes are not valid
 * UTF-8 (Excel's "CSV (separator: semicolon)"); the separator (';', ',' or tab) is the
 * one found most often on the header line, outside quotes.
 */
public final class CsvReader {

	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final char[] DELIMITERS = { ';', ',', '\t' };

	private CsvReader() {
	}

	/**
	 * @throws FieldRuleException on field {@code file}: {@code ImportEmpty} when there is
	 * no header line, {@code ImportUnreadable} (with the line number) when quoting is
	 * broken
	 */
	public static CsvDocument read(byte[] content) {
		Charset charset = detectCharset(content);
		String text = decode(content, charset);
		char delimiter = detectDelimiter(firstLine(text));
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		List<String> headers = null;
		List<CsvDocument.Line> lines = new ArrayList<>();
		CSVParser parser = open(format, text);
		try (parser) {
			for (CSVRecord record : parser) {
				List<String> values = values(record);
				if (headers == null) {
					headers = values;
				}
				else if (!isBlank(values)) {
					lines.add(new CsvDocument.Line((int) record.getRecordNumber(), values));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw FieldRuleException.invalid("file", "ImportUnreadable", parser.getCurrentLineNumber() + 1);
		}
		if (headers == null || isBlank(headers)) {
			throw FieldRuleException.invalid("file", "ImportEmpty");
		}
		return new CsvDocument(headers, lines, charset, delimiter);
	}

	/**
	 * UTF-8 when the bytes start with its byte-order mark or decode as valid UTF-8,
	 * otherwise Windows-1252.
	 */
	public static Charset detectCharset(byte[] content) {
		if (startsWith(content, UTF8_BOM)) {
			return StandardCharsets.UTF_8;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return WINDOWS_1252;
		}
	}

	/** The separator found most often outside quotes; ';' when none or on a tie. */
	public static char detectDelimiter(String headerLine) {
		int[] counts = new int[DELIMITERS.length];
		boolean quoted = false;
		for (char c : headerLine.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			for (int i = 0; !quoted && i < DELIMITERS.length; i++) {
				if (c == DELIMITERS[i]) {
					counts[i]++;
				}
			}
		}
		int best = 0;
		for (int i = 1; i < DELIMITERS.length; i++) {
			if (counts[i] > counts[best]) {
				best = i;
			}
		}
		return DELIMITERS[best];
	}

	private static CSVParser open(CSVFormat format, String text) {
		try {
			return format.parse(new StringReader(text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String decode(byte[] content, Charset charset) {
		int offset = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
		CharBuffer chars = charset.decode(ByteBuffer.wrap(content, offset, content.length - offset));
		String text = chars.toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end);
	}

	private static List<String> values(CSVRecord record) {
		List<String> values = new ArrayList<>(record.size());
		record.forEach(value -> values.add(clean(value)));
		return values;
	}

	/** Trims spaces, including the non-breaking ones spreadsheets leave behind. */
	static String clean(String value) {
		return (value == null) ? "" : value.replace('\u00A0', ' ').strip();
	}

	private static boolean isBlank(List<String> values) {
		return values.stream().allMatch(String::isEmpty);
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
