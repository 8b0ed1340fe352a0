package org.socle.shared.csvimport;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One uploaded file on its way in: progress while it is validated, then the preview (line
 * counts, errors by line, first valid lines), then the outcome of the confirmed import.
 * Held in memory by {@link ImportJobs} and owned by the account that uploaded it.
 */
public final class ImportJob {

	/** How many valid lines the preview shows. */
	public static final int PREVIEW_LINES = 20;

	private final String id;

	private final Importer importer;

	private final String owner;

	private final String fileName;

	private volatile Map<String, String> headers;

	private final String format;

	private final List<String> fileHeaders;

	/** The file as read, kept only while the job waits for its mapping. */
	private volatile CsvDocument document;

	private volatile Map<String, Integer> counts = Map.of();

	private final Charset charset;

	private final char delimiter;

	private final Instant createdAt;

	private final AtomicReference<ImportPhase> phase = new AtomicReference<>(ImportPhase.VALIDATING);

	private final AtomicInteger processed = new AtomicInteger();

	private volatile int total;

	private volatile int totalLines;

	private volatile int validLines;

	private volatile LineErrors errors = new LineErrors();

	private volatile List<ImportRow> validRows = List.of();

	private volatile int created;

	private volatile int updated;

	private volatile String failureKey;

	private volatile Instant lastActivity;

	private volatile boolean cancelled;

	ImportJob(String id, Importer importer, String owner, String fileName, Map<String, String> headers,
			CsvDocument document, Instant now) {
		this.id = id;
		this.importer = importer;
		this.owner = owner;
		this.fileName = fileName;
		this.headers = Map.copyOf(headers);
		this.format = document.format();
		this.fileHeaders = List.copyOf(document.headers());
		this.charset = document.charset();
		this.delimiter = document.delimiter();
		this.total = document.lines().size();
		this.totalLines = this.total;
		this.createdAt = now;
		this.lastActivity = now;
	}

	/**
	 * A job waiting for the user to map the file's columns ({@link ImportPhase#MAPPING}).
	 */
	static ImportJob awaitingMapping(String id, Importer importer, String owner, String fileName, CsvDocument document,
			Instant now) {
		ImportJob job = new ImportJob(id, importer, owner, fileName, Map.of(), document, now);
		job.document = document;
		job.phase.set(ImportPhase.MAPPING);
		return job;
	}

	public String getId() {
		return this.id;
	}

	public String getKind() {
		return this.importer.kind();
	}

	public String getFileName() {
		return this.fileName;
	}

	/** {@code CSV} or {@code XLSX}. */
	public String getFormat() {
		return this.format;
	}

	/** The headers of the file, in file order (blank for a column without header). */
	public List<String> getFileHeaders() {
		return this.fileHeaders;
	}

	/**
	 * The first values of each column of the file, by position, while the job waits for
	 * its mapping (empty afterwards).
	 */
	public List<List<String>> getSampleLines(int max) {
		CsvDocument file = this.document;
		if (file == null) {
			return List.of();
		}
		return file.lines().stream().limit(max).map(CsvDocument.Line::values).toList();
	}

	/** The preview's extra figures by message key (see {@link ImportPass#counts()}). */
	public Map<String, Integer> getCounts() {
		return this.counts;
	}

	public Charset getCharset() {
		return this.charset;
	}

	public char getDelimiter() {
		return this.delimiter;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public ImportPhase getPhase() {
		return this.phase.get();
	}

	/** Lines handled in the current phase (validation, then import). */
	public int getProcessed() {
		return this.processed.get();
	}

	/** Lines to handle in the current phase. */
	public int getTotal() {
		return this.total;
	}

	/**
	 * Progress of the current phase; 100 only once it is over (the commit of a large
	 * import still takes a while after its last line).
	 */
	public int getPercent() {
		boolean running = getPhase().isRunning();
		int of = this.total;
		if (of == 0) {
			return running ? 0 : 100;
		}
		int percent = (int) Math.min(100, (long) getProcessed() * 100 / of);
		return running ? Math.min(99, percent) : percent;
	}

	/** Data lines in the file (blank lines not counted). */
	public int getTotalLines() {
		return this.totalLines;
	}

	public int getValidLines() {
		return this.validLines;
	}

	/** Lines with at least one error: they are skipped. */
	public int getErrorLines() {
		return this.errors.lines();
	}

	/** The errors, line by line, up to {@link LineErrors#MAX_KEPT}. */
	public List<LineError> getErrors() {
		return this.errors.list();
	}

	public boolean isErrorsTruncated() {
		return this.errors.truncated();
	}

	/** The file's header of each column it has, by column key, in column order. */
	public Map<String, String> getHeaders() {
		return this.headers;
	}

	/** The header a column has in the file, or its template header when absent. */
	public String headerOf(String key) {
		String header = this.headers.get(key);
		if (header != null) {
			return header;
		}
		return this.importer.columns()
			.stream()
			.filter(c -> c.key().equals(key))
			.map(ImportColumn::templateHeader)
			.findFirst()
			.orElse(key);
	}

	public List<String> getColumnKeys() {
		return this.importer.columns().stream().map(ImportColumn::key).filter(this.headers::containsKey).toList();
	}

	public List<ImportRow> getPreviewRows() {
		List<ImportRow> rows = this.validRows;
		return rows.subList(0, Math.min(PREVIEW_LINES, rows.size()));
	}

	public int getCreated() {
		return this.created;
	}

	public int getUpdated() {
		return this.updated;
	}

	/** Lines not written because of their errors (once done). */
	public int getSkipped() {
		return getErrorLines();
	}

	/** The message key of the reason a job failed, or null. */
	public String getFailureKey() {
		return this.failureKey;
	}

	String owner() {
		return this.owner;
	}

	Importer importer() {
		return this.importer;
	}

	List<ImportRow> validRows() {
		return this.validRows;
	}

	Instant lastActivity() {
		return this.lastActivity;
	}

	boolean isCancelled() {
		return this.cancelled;
	}

	void cancel() {
		this.cancelled = true;
	}

	CsvDocument document() {
		return this.document;
	}

	/**
	 * The user mapped the columns: validation starts.
	 * @return false when the job was not waiting for a mapping
	 */
	synchronized boolean mapped(Map<String, String> mappedHeaders, Instant now) {
		if (!this.phase.compareAndSet(ImportPhase.MAPPING, ImportPhase.VALIDATING)) {
			return false;
		}
		this.headers = Map.copyOf(mappedHeaders);
		this.document = null;
		this.lastActivity = now;
		return true;
	}

	void counts(Map<String, Integer> passCounts) {
		this.counts = Map.copyOf(passCounts);
	}

	void advance() {
		this.processed.incrementAndGet();
	}

	/** Validation finished: the preview is ready. */
	void ready(List<ImportRow> valid, LineErrors lineErrors, Instant now) {
		this.validRows = List.copyOf(valid);
		this.validLines = valid.size();
		this.errors = lineErrors;
		this.lastActivity = now;
		this.phase.set(ImportPhase.READY);
	}

	/**
	 * @return false when the job was not waiting for a confirmation
	 */
	boolean startImport(Instant now) {
		if (!this.phase.compareAndSet(ImportPhase.READY, ImportPhase.IMPORTING)) {
			return false;
		}
		this.lastActivity = now;
		this.processed.set(0);
		this.total = this.validRows.size();
		return true;
	}

	/** The import transaction committed. */
	void done(int createdCount, int updatedCount, LineErrors lineErrors, Instant now) {
		this.created = createdCount;
		this.updated = updatedCount;
		this.validLines = createdCount + updatedCount;
		this.errors = lineErrors;
		this.validRows = this.validRows.subList(0, Math.min(PREVIEW_LINES, this.validRows.size()));
		this.lastActivity = now;
		this.phase.set(ImportPhase.DONE);
	}

	void fail(String messageKey, Instant now) {
		this.failureKey = messageKey;
		this.document = null;
		this.validRows = List.of();
		this.lastActivity = now;
		this.phase.set(ImportPhase.FAILED);
	}

	LineErrors lineErrors() {
		return this.errors;
	}

}
