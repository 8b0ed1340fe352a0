package org.socle.inventory.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.socle.shared.csvimport.ImportColumn;
import org.socle.shared.csvimport.ImportJob;
import org.socle.shared.csvimport.ImportJobs;

/**
 * The mapping page's model: for each asset field, the file's column it reads (a position,
 * or none), and the file's columns with their first values to choose from.
 */
record AssetMapping(List<Field> fields, List<FileColumn> columns) {

	static final int SAMPLES = 3;

	static Map<String, Integer> guessed(ImportJob job) {
		return ImportJobs.guessMapping(job);
	}

	static AssetMapping of(ImportJob job, Map<String, Integer> chosen) {
		List<Field> fields = new ArrayList<>();
		for (ImportColumn column : AssetColumns.ALL) {
			fields.add(new Field(column.key(), column.required(), chosen.get(column.key())));
		}
		List<List<String>> samples = job.getSampleLines(SAMPLES);
		List<FileColumn> columns = new ArrayList<>();
		List<String> headers = job.getFileHeaders();
		for (int i = 0; i < headers.size(); i++) {
			int position = i;
			List<String> values = samples.stream()
				.map(line -> (position < line.size()) ? line.get(position) : "")
				.filter(v -> !v.isEmpty())
				.toList();
			columns.add(new FileColumn(i, headers.get(i), String.join(" · ", values)));
		}
		return new AssetMapping(fields, columns);
	}

	/** An asset field and the position of the file's column mapped to it (or null). */
	record Field(String key, boolean required, Integer position) {
	}

	/** A column of the file: position, header and a few values. */
	record FileColumn(int position, String header, String samples) {
	}

}
