package org.socle.shared.csvimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.socle.shared.web.FieldRuleException;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) as the CSV reader reads a file: the
 * first non-blank row holds the headers, blank rows are left out, and every cell becomes
 * text — a date cell its ISO date ({@code 2021-03-15}), a number its plain digits with a
 * dot ({@code 1234.5}), so the importers parse one kind of value whatever the format.
 */
public final class SheetReader {

	/**
	 * Cell formats read (to tell dates from numbers); a cell that fails to parse fails.
	 */
	private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

	private SheetReader() {
	}

	/** Whether the bytes are an Office Open XML (zip) workbook. */
	public static boolean isWorkbook(byte[] content) {
		return ReadableWorkbook.isOOXMLZipHeader(content);
	}

	/** Whether the bytes are an old binary Excel file (.xls), which is not read. */
	public static boolean isOldWorkbook(byte[] content) {
		return ReadableWorkbook.isOLE2Header(content);
	}

	/**
	 * @throws FieldRuleException on field {@code file}: {@code ImportEmpty} when the
	 * first sheet has no header row, {@code ImportUnreadableSheet} when the workbook
	 * cannot be opened
	 */
	public static CsvDocument read(byte[] content) {
		List<String> headers = null;
		List<CsvDocument.Line> lines = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), WITH_FORMATS);
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			for (Row row : (Iterable<Row>) rows::iterator) {
				List<String> values = values(row);
				if (values.stream().allMatch(String::isEmpty)) {
					continue;
				}
				if (headers == null) {
					headers = values;
				}
				else {
					lines.add(new CsvDocument.Line(row.getRowNum(), values));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw FieldRuleException.invalid("file", "ImportUnreadableSheet");
		}
		if (headers == null) {
			throw FieldRuleException.invalid("file", "ImportEmpty");
		}
		return new CsvDocument(headers, lines, StandardCharsets.UTF_8, ';', CsvDocument.XLSX);
	}

	private static List<String> values(Row row) {
		List<String> values = new ArrayList<>(row.getCellCount());
		for (int i = 0; i < row.getCellCount(); i++) {
			values.add(text(row.getCell(i)));
		}
		return values;
	}

	static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY || cell.getType() == CellType.ERROR) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			if (isDateFormat(cell.getDataFormatString())) {
				return cell.asDate().toLocalDate().toString();
			}
			BigDecimal number = cell.asNumber();
			return (number == null) ? "" : number.stripTrailingZeros().toPlainString();
		}
		if (cell.getType() == CellType.BOOLEAN) {
			return String.valueOf(cell.asBoolean());
		}
		return CsvReader.clean(cell.getText());
	}

	/** A number format that shows a date: it has a day, month or year part. */
	static boolean isDateFormat(String format) {
		if (format == null) {
			return false;
		}
		String unquoted = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "");
		String lower = unquoted.toLowerCase(Locale.ROOT);
		return lower.contains("d") || lower.contains("y");
	}

}
