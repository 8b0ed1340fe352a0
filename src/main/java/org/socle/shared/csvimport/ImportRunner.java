package org.socle.shared.csvimport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the two passes of a job in the background, as the user who asked: validation in a
 * read-only transaction, then, once confirmed, the writes in one transaction (all valid
 * lines or nothing). Its own small pool keeps imports from starving other work.
 */
@Component
class ImportRunner implements DisposableBean {

	/** Written lines between two checkpoints of the pass. */
	static final int CHECKPOINT_EVERY = 500;

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final TaskExecutor executor;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	private final Clock clock;

	@Autowired
	ImportRunner(PlatformTransactionManager transactions, Clock clock) {
		this(transactions, clock, pool());
	}

	ImportRunner(PlatformTransactionManager transactions, Clock clock, TaskExecutor executor) {
		this.executor = executor;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	void validate(ImportJob job, List<ImportRow> rows) {
		submit(job, () -> {
			List<ImportRow> valid = new ArrayList<>();
			LineErrors errors = new LineErrors();
			this.reading.executeWithoutResult(status -> {
				ImportPass pass = job.importer().begin(rows);
				for (ImportRow row : rows) {
					checkNotCancelled(job);
					List<FieldProblem> problems = pass.validate(row);
					if (problems.isEmpty()) {
						valid.add(row);
					}
					else {
						errors.add(row, problems, job::headerOf);
					}
					job.advance();
				}
				job.counts(pass.counts());
			});
			job.ready(valid, errors, this.clock.instant());
			log.info("Import {} ({}) validated: {} valid line(s), {} with errors", job.getId(), job.getKind(),
					valid.size(), errors.lines());
		});
	}

	void apply(ImportJob job) {
		submit(job, () -> {
			int[] counts = new int[ImportAction.values().length];
			LineErrors errors = job.lineErrors().copy();
			this.writing.executeWithoutResult(status -> {
				List<ImportRow> rows = job.validRows();
				ImportPass pass = job.importer().begin(rows);
				int written = 0;
				for (ImportRow row : rows) {
					checkNotCancelled(job);
					List<FieldProblem> problems = pass.validate(row);
					if (problems.isEmpty()) {
						counts[pass.apply(row).ordinal()]++;
						if (++written % CHECKPOINT_EVERY == 0) {
							pass.checkpoint();
						}
					}
					else {
						errors.add(row, problems, job::headerOf);
					}
					job.advance();
				}
				pass.finish();
				job.counts(pass.counts());
			});
			job.done(counts[ImportAction.CREATED.ordinal()], counts[ImportAction.UPDATED.ordinal()], errors,
					this.clock.instant());
			log.info("Import {} ({}) done: {} created, {} updated, {} skipped", job.getId(), job.getKind(),
					job.getCreated(), job.getUpdated(), job.getSkipped());
		});
	}

	private void submit(ImportJob job, Runnable work) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
		this.executor.execute(new DelegatingSecurityContextRunnable(() -> guarded(job, work), context));
	}

	private void guarded(ImportJob job, Runnable work) {
		try {
			work.run();
		}
		catch (ImportCancelled ex) {
			log.info("Import {} cancelled", job.getId());
		}
		catch (RuntimeException ex) {
			log.error("Import {} ({}) failed in phase {}", job.getId(), job.getKind(), job.getPhase(), ex);
			job.fail("csvimport.failed", this.clock.instant());
		}
	}

	private static void checkNotCancelled(ImportJob job) {
		if (job.isCancelled()) {
			throw new ImportCancelled();
		}
	}

	private static ThreadPoolTaskExecutor pool() {
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setCorePoolSize(2);
		pool.setMaxPoolSize(2);
		pool.setQueueCapacity(ImportJobs.MAX_JOBS * 2);
		pool.setThreadNamePrefix("csv-import-");
		pool.initialize();
		return pool;
	}

	@Override
	public void destroy() {
		if (this.executor instanceof ThreadPoolTaskExecutor pool) {
			pool.shutdown();
		}
	}

	/** Thrown inside a pass when the user discarded the job: rolls the pass back. */
	private static final class ImportCancelled extends RuntimeException {

		ImportCancelled() {
			super(null, null, false, false);
		}

	}

}
