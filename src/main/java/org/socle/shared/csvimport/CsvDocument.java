package org.socle.shared.csvimport;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A CSV file as read: its header names, its data lines (blank lines left out), and how it
 * was decoded.
 *
 * @param headers the header names as written in the file (trimmed)
 * @param lines the data lines, numbered as a spreadsheet numbers rows (header = 1)
 * @param charset the character set the bytes were decoded with
 * @param delimiter the field separator found on the header line
 */
public record CsvDocument(List<String> headers, List<Line> lines, Charset charset, char delimiter) {

	/** One data line: its row number in the file and its raw values. */
	public record Line(int number, List<String> values) {
	}

}
