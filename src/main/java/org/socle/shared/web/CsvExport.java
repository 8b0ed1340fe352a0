package org.socle.shared.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a list as CSV the way French spreadsheets open it: UTF-8 with a byte-order mark
 * and semicolons.
 */
public final class CsvExport {

	public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').get();

	private CsvExport() {
	}

	/**
	 * A cell as a spreadsheet should read it: text that a spreadsheet would run as a
	 * formula (a name typed as "=HYPERLINK(...)") is prefixed with an apostrophe (OWASP
	 * "CSV injection").
	 */
	static Object cell(Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return (value != null) ? value : "";
	}

	public static <T> void write(HttpServletResponse response, String fileName, List<String> headers, Iterable<T> rows,
			Function<T, List<?>> columns) {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
		try {
			Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
				printer.printRecord(headers);
				for (T row : rows) {
					printer.printRecord(columns.apply(row).stream().map(CsvExport::cell).toList());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
