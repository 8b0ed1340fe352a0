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
