package org.socle.shared.csvimport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.stereotype.Component;

/**
 * The import jobs of this node, in memory: each is owned by the account that uploaded it
 * (another account gets "not found"), expires {@link #LIFETIME} after its last step, and
 * the registry is bounded ({@value #MAX_JOBS} jobs, {@value #MAX_JOBS_PER_OWNER} per
 * account; finished jobs make room first).
 */
@Component
public class ImportJobs {

	public static final Duration LIFETIME = Duration.ofHours(1);

	/** The most data lines one file may have. */
	public static final int MAX_LINES = 100_000;

	static final int MAX_JOBS = 100;

	static final int MAX_JOBS_PER_OWNER = 5;

	private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

	private final ImportRunner runner;

	private final Clock clock;

	ImportJobs(ImportRunner runner, Clock clock) {
		this.runner = runner;
		this.clock = clock;
	}

	/**
	 * Reads the file, checks its columns, and starts validating its lines in the
	 * background. Nothing is written.
	 * @param owner who may see and confirm the job (e.g. an account id)
	 * @throws FieldRuleException on field {@code file} when the file cannot be read, has
	 * too many lines or lacks a required column
	 * @throws ImportRefusedException when the owner (or the node) has too many open jobs
	 */
	public ImportJob start(Importer importer, String owner, String fileName, byte[] content) {
		CsvDocument document = CsvReader.read(content);
		if (document.lines().size() > MAX_LINES) {
			throw FieldRuleException.invalid("file", "ImportTooManyLines", MAX_LINES);
		}
		ColumnMapping mapping = ColumnMapping.of(document.headers(), importer.columns());
		List<ImportRow> rows = mapping.rows(document.lines());
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), importer, owner, fileName, mapping.headers(),
				document, now());
		register(job);
		this.runner.validate(job, rows);
		return job;
	}

	/**
	 * Reads a CSV file or an Excel workbook (.xlsx, first sheet) and keeps it until the
	 * user says which of its columns holds which of the importer's columns
	 * ({@link #map}). Nothing is validated or written yet.
	 * @throws FieldRuleException on field {@code file} when the file cannot be read or
	 * has too many lines
	 * @throws ImportRefusedException when the owner (or the node) has too many open jobs
	 */
	public ImportJob upload(Importer importer, String owner, String fileName, byte[] content) {
		CsvDocument document = readAny(content);
		ImportJob job = ImportJob.awaitingMapping(UUID.randomUUID().toString(), importer, owner, fileName, document,
				now());
		register(job);
		return job;
	}

	/**
	 * The mapping the file's headers suggest, by column key: position in the file.
	 */
	public static Map<String, Integer> guessMapping(ImportJob job) {
		return guessMapping(job.getFileHeaders(), job.importer().columns());
	}

	/** The mapping these headers suggest, by column key: position among the headers. */
	public static Map<String, Integer> guessMapping(List<String> headers, List<ImportColumn> columns) {
		return ColumnMapping.guess(headers, columns);
	}

	/**
	 * Applies the user's mapping (column key: position in the file) and starts validating
	 * the lines in the background. Nothing is written.
	 * @throws FieldRuleException on field {@code mapping} when a required column is not
	 * mapped or a position is mapped twice
	 * @throws ImportRefusedException when the job is not waiting for a mapping
	 */
	public ImportJob map(String id, String owner, Map<String, Integer> positions) {
		ImportJob job = get(id, owner);
		CsvDocument document = job.document();
		if (document == null || job.getPhase() != ImportPhase.MAPPING) {
			throw ImportRefusedException.notMapping();
		}
		ColumnMapping mapping = ColumnMapping.explicit(document.headers(), job.importer().columns(), positions);
		List<ImportRow> rows = mapping.rows(document.lines());
		if (!job.mapped(mapping.headers(), now())) {
			throw ImportRefusedException.notMapping();
		}
		this.runner.validate(job, rows);
		return job;
	}

	/**
	 * A workbook when the bytes are one, else CSV.
	 * @throws FieldRuleException on field {@code file}
	 */
	static CsvDocument readAny(byte[] content) {
		if (SheetReader.isOldWorkbook(content)) {
			throw FieldRuleException.invalid("file", "ImportOldWorkbook");
		}
		CsvDocument document = SheetReader.isWorkbook(content) ? SheetReader.read(content) : CsvReader.read(content);
		if (document.lines().size() > MAX_LINES) {
			throw FieldRuleException.invalid("file", "ImportTooManyLines", MAX_LINES);
		}
		return document;
	}

	/**
	 * @throws RecordNotFoundException when unknown, expired or another owner's
	 */
	public ImportJob get(String id, String owner) {
		purgeExpired();
		ImportJob job = (id != null) ? this.jobs.get(id) : null;
		if (job == null || !job.owner().equals(owner)) {
			throw new RecordNotFoundException("ImportJob", id);
		}
		return job;
	}

	/**
	 * Writes the valid lines in the background, in one transaction; lines with errors are
	 * skipped.
	 * @throws ImportRefusedException when the job's preview is not ready or it already
	 * ran
	 */
	public ImportJob confirm(String id, String owner) {
		ImportJob job = get(id, owner);
		if (!job.startImport(now())) {
			throw ImportRefusedException.notReady();
		}
		this.runner.apply(job);
		return job;
	}

	/**
	 * Forgets a job; if it is still running, it stops and its transaction rolls back.
	 */
	public void discard(String id, String owner) {
		ImportJob job = get(id, owner);
		job.cancel();
		this.jobs.remove(job.getId());
	}

	private synchronized void register(ImportJob job) {
		purgeExpired();
		if (count(job.owner()) >= MAX_JOBS_PER_OWNER && !evictOldestFinished(job.owner())
				|| this.jobs.size() >= MAX_JOBS && !evictOldestFinished(null)) {
			throw ImportRefusedException.tooManyJobs();
		}
		this.jobs.put(job.getId(), job);
	}

	private long count(String owner) {
		return this.jobs.values().stream().filter(j -> j.owner().equals(owner)).count();
	}

	/** Drops the oldest done or failed job (of this owner, or of anyone when null). */
	private boolean evictOldestFinished(String owner) {
		Optional<ImportJob> oldest = this.jobs.values()
			.stream()
			.filter(j -> owner == null || j.owner().equals(owner))
			.filter(j -> j.getPhase() == ImportPhase.DONE || j.getPhase() == ImportPhase.FAILED)
			.min(Comparator.comparing(ImportJob::lastActivity));
		oldest.ifPresent(j -> this.jobs.remove(j.getId()));
		return oldest.isPresent();
	}

	private void purgeExpired() {
		Instant limit = now().minus(LIFETIME);
		this.jobs.values().removeIf(j -> !j.getPhase().isRunning() && j.lastActivity().isBefore(limit));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
