package org.socle.shared.csvimport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * An import job as the API returns it and the page shows it: progress, then the preview
 * (counts, errors by line in the user's language, first valid lines), then the outcome.
 * {@code counts} holds the importer's extra figures by message key.
 */
public record ImportJobView(String id, String kind, String fileName, ImportPhase status, boolean running, int processed,
		int total, int percent, String encoding, String delimiter, int totalLines, int validLines, int errorLines,
		List<ErrorView> errors, boolean errorsTruncated, List<ColumnView> columns, List<RowView> firstRows, int created,
		int updated, int skipped, String failure, String format, Map<String, Integer> counts) {

	public static ImportJobView of(ImportJob job, MessageSource messages, Locale locale) {
		ImportPhase phase = job.getPhase();
		boolean previewed = phase == ImportPhase.READY || phase == ImportPhase.IMPORTING || phase == ImportPhase.DONE;
		List<ColumnView> columns = job.getColumnKeys().stream().map(k -> new ColumnView(k, job.headerOf(k))).toList();
		List<ErrorView> errors = job.getErrors()
			.stream()
			.map(e -> new ErrorView(e.line(), e.column(), e.header(), messages.getMessage(e, locale)))
			.toList();
		List<RowView> rows = previewed ? job.getPreviewRows().stream().map(r -> RowView.of(r, columns)).toList()
				: List.of();
		String failure = (job.getFailureKey() != null)
				? messages.getMessage(job.getFailureKey(), null, job.getFailureKey(), locale) : null;
		return new ImportJobView(job.getId(), job.getKind(), job.getFileName(), phase, phase.isRunning(),
				job.getProcessed(), job.getTotal(), job.getPercent(), job.getCharset().name(),
				delimiterName(job.getDelimiter()), job.getTotalLines(), job.getValidLines(), job.getErrorLines(),
				errors, job.isErrorsTruncated(), columns, rows, job.getCreated(), job.getUpdated(), job.getSkipped(),
				failure, job.getFormat(), job.getCounts());
	}

	private static String delimiterName(char delimiter) {
		return switch (delimiter) {
			case ',' -> "COMMA";
			case '\t' -> "TAB";
			default -> "SEMICOLON";
		};
	}

	/** One error of one line, its message in the user's language. */
	public record ErrorView(int line, String column, String header, String message) {
	}

	/** A valid line of the preview: its row number and its values by column key. */
	public record RowView(int line, Map<String, String> values) {

		static RowView of(ImportRow row, List<ColumnView> columns) {
			Map<String, String> values = new LinkedHashMap<>();
			columns.forEach(c -> values.put(c.key(), row.values().getOrDefault(c.key(), "")));
			return new RowView(row.line(), values);
		}

	}

	/** A column of the file: its key and its header as written in the file. */
	public record ColumnView(String key, String header) {
	}

}
