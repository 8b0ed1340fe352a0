package org.socle.shared.csvimport;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A CSV file (or the first sheet of a workbook) as read: its header names, its data lines
 * (blank lines left out), and how it was decoded.
 *
 * @param headers the header names as written in the file (trimmed)
 * @param lines the data lines, numbered as a spreadsheet numbers rows (header = 1)
 * @param charset the character set the bytes were decoded with
 * @param delimiter the field separator found on the header line
 * @param format {@code CSV} or {@code XLSX}
 */
public record CsvDocument(List<String> headers, List<Line> lines, Charset charset, char delimiter, String format) {

	public static final String CSV = "CSV";

	public static final String XLSX = "XLSX";

	/** A CSV file. */
	public CsvDocument(List<String> headers, List<Line> lines, Charset charset, char delimiter) {
		this(headers, lines, charset, delimiter, CSV);
	}

	/** One data line: its row number in the file and its raw values. */
	public record Line(int number, List<String> values) {
	}

}
