package org.socle.shared.csvimport;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The job registry and runner with a fake importer, a hand-cranked executor and a clock
 * the test moves.
 */
class ImportJobsTests {

	private final MutableClock clock = new MutableClock();

	private final ManualExecutor executor = new ManualExecutor();

	private final ImportJobs jobs = new ImportJobs(new ImportRunner(new NoTransactions(), this.clock, this.executor),
			this.clock);

	private final FakeImporter importer = new FakeImporter();

	@AfterEach
	void clearSecurityContext() {
		SecurityContextHolder.clearContext();
	}

	private ImportJob start(String owner, String csv) {
		return this.jobs.start(this.importer, owner, "file.csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private ImportJob ready(String owner) {
		ImportJob job = start(owner, "name\nalpha\nbad one\nold beta\n");
		this.executor.runAll();
		return job;
	}

	@Test
	void linesAreValidatedInTheBackgroundThenThePreviewIsReady() {
		ImportJob job = start("ann", "name;comment\nalpha;x\nbad one;y\nold beta;z\n");

		assertThat(job.getPhase()).isEqualTo(ImportPhase.VALIDATING);
		assertThat(job.getPercent()).isZero();
		this.executor.runAll();

		assertThat(job.getPhase()).isEqualTo(ImportPhase.READY);
		assertThat(job.getProcessed()).isEqualTo(3);
		assertThat(job.getPercent()).isEqualTo(100);
		assertThat(job.getTotalLines()).isEqualTo(3);
		assertThat(job.getValidLines()).isEqualTo(2);
		assertThat(job.getErrorLines()).isEqualTo(1);
		assertThat(job.getErrors()).singleElement().satisfies(e -> {
			assertThat(e.line()).isEqualTo(3);
			assertThat(e.column()).isEqualTo("name");
			assertThat(e.header()).isEqualTo("name");
			assertThat(e.messageKey()).isEqualTo("fake.bad");
		});
		assertThat(job.getPreviewRows()).extracting(r -> r.get("name")).containsExactly("alpha", "old beta");
		assertThat(this.importer.written).isEmpty();
	}

	@Test
	void confirmingWritesOnlyTheValidLinesAndCountsCreatedAndUpdated() {
		ImportJob job = ready("ann");

		this.jobs.confirm(job.getId(), "ann");
		assertThat(job.getPhase()).isEqualTo(ImportPhase.IMPORTING);
		this.executor.runAll();

		assertThat(job.getPhase()).isEqualTo(ImportPhase.DONE);
		assertThat(this.importer.written).containsExactly("alpha", "old beta");
		assertThat(job.getCreated()).isEqualTo(1);
		assertThat(job.getUpdated()).isEqualTo(1);
		assertThat(job.getSkipped()).isEqualTo(1);
		assertThat(job.getPercent()).isEqualTo(100);
	}

	@Test
	void progressStaysBelowOneHundredPercentUntilThePhaseIsOver() {
		ImportJob job = start("ann", "name\nalpha\nbeta\n");

		job.advance();
		job.advance();

		assertThat(job.getPercent()).isEqualTo(99);
		this.executor.runAll();
		assertThat(job.getPercent()).isEqualTo(100);
	}

	@Test
	void aLineThatHasBecomeInvalidByConfirmationIsSkippedAndListed() {
		ImportJob job = ready("ann");
		this.importer.invalidNow.add("alpha");

		this.jobs.confirm(job.getId(), "ann");
		this.executor.runAll();

		assertThat(this.importer.written).containsExactly("old beta");
		assertThat(job.getSkipped()).isEqualTo(2);
		assertThat(job.getErrors()).extracting(LineError::line).containsExactly(2, 3);
	}

	@Test
	void thePassesRunAsTheUserWhoAsked() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("ann", "x"));
		start("ann", "name\nalpha\n");
		SecurityContextHolder.clearContext();

		this.executor.runAll();

		assertThat(this.importer.runAs).containsExactly("ann");
	}

	@Test
	void confirmingBeforeThePreviewIsReadyOrTwiceIsRefused() {
		ImportJob job = start("ann", "name\nalpha\n");

		assertThatThrownBy(() -> this.jobs.confirm(job.getId(), "ann")).isInstanceOf(ImportRefusedException.class)
			.satisfies(ex -> assertThat(((ImportRefusedException) ex).getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
		this.executor.runAll();
		this.jobs.confirm(job.getId(), "ann");
		assertThatThrownBy(() -> this.jobs.confirm(job.getId(), "ann")).isInstanceOf(ImportRefusedException.class);
		this.executor.runAll();
		assertThat(this.importer.written).containsExactly("alpha");
	}

	@Test
	void anotherOwnersJobIsNotFound() {
		ImportJob job = ready("ann");

		assertThatThrownBy(() -> this.jobs.get(job.getId(), "bob")).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> this.jobs.confirm(job.getId(), "bob")).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> this.jobs.discard(job.getId(), "bob")).isInstanceOf(RecordNotFoundException.class);
		assertThat(this.jobs.get(job.getId(), "ann")).isSameAs(job);
	}

	@Test
	void aJobExpiresAnHourAfterItsLastStep() {
		ImportJob job = ready("ann");

		this.clock.advance(Duration.ofMinutes(59));
		assertThat(this.jobs.get(job.getId(), "ann")).isSameAs(job);
		this.clock.advance(Duration.ofMinutes(2));
		assertThatThrownBy(() -> this.jobs.get(job.getId(), "ann")).isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void aRunningJobDoesNotExpire() {
		ImportJob job = start("ann", "name\nalpha\n");

		this.clock.advance(Duration.ofHours(3));

		assertThat(this.jobs.get(job.getId(), "ann").getPhase()).isEqualTo(ImportPhase.VALIDATING);
	}

	@Test
	void eachOwnerHasALimitedNumberOfOpenJobsAndFinishedOnesMakeRoom() {
		List<ImportJob> open = new ArrayList<>();
		for (int i = 0; i < ImportJobs.MAX_JOBS_PER_OWNER; i++) {
			open.add(ready("ann"));
		}

		assertThatThrownBy(() -> start("ann", "name\nalpha\n")).isInstanceOf(ImportRefusedException.class)
			.satisfies(ex -> assertThat(((ImportRefusedException) ex).getStatusCode())
				.isEqualTo(HttpStatus.TOO_MANY_REQUESTS));
		assertThat(start("bob", "name\nalpha\n")).isNotNull();
		this.jobs.confirm(open.get(2).getId(), "ann");
		this.executor.runAll();
		ImportJob next = start("ann", "name\nalpha\n");

		assertThat(this.jobs.get(next.getId(), "ann")).isSameAs(next);
		assertThatThrownBy(() -> this.jobs.get(open.get(2).getId(), "ann")).isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void discardingAJobStopsItsRunAndForgetsIt() {
		ImportJob job = ready("ann");
		this.jobs.confirm(job.getId(), "ann");

		this.jobs.discard(job.getId(), "ann");
		this.executor.runAll();

		assertThat(this.importer.written).isEmpty();
		assertThat(job.getPhase()).isEqualTo(ImportPhase.IMPORTING);
		assertThatThrownBy(() -> this.jobs.get(job.getId(), "ann")).isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void aPassThatBreaksMarksTheJobFailed() {
		ImportJob job = ready("ann");
		this.importer.breakOnWrite = true;

		this.jobs.confirm(job.getId(), "ann");
		this.executor.runAll();

		assertThat(job.getPhase()).isEqualTo(ImportPhase.FAILED);
		assertThat(job.getFailureKey()).isEqualTo("csvimport.failed");
	}

	@Test
	void aFileWithoutTheRequiredColumnIsRefusedAtOnce() {
		assertThatThrownBy(() -> start("ann", "comment\nx\n"))
			.isInstanceOf(org.socle.shared.web.FieldRuleException.class);
		assertThat(this.executor.tasks).isEmpty();
	}

	/** Accepts lines whose name has no "bad", updates those starting with "old". */
	static final class FakeImporter implements Importer {

		final List<String> written = new ArrayList<>();

		final Set<String> invalidNow = new HashSet<>();

		final List<String> runAs = new ArrayList<>();

		boolean breakOnWrite;

		@Override
		public String kind() {
			return "things";
		}

		@Override
		public List<ImportColumn> columns() {
			return List.of(ImportColumn.required("name", "nom"), ImportColumn.optional("comment"));
		}

		@Override
		public ImportPass begin(List<ImportRow> rows) {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			this.runAs.add((authentication != null) ? authentication.getName() : null);
			return new ImportPass() {

				@Override
				public List<FieldProblem> validate(ImportRow row) {
					String name = row.get("name");
					if (name.contains("bad") || FakeImporter.this.invalidNow.contains(name)) {
						return List.of(FieldProblem.of("name", "fake.bad"));
					}
					return List.of();
				}

				@Override
				public ImportAction apply(ImportRow row) {
					if (FakeImporter.this.breakOnWrite) {
						throw new IllegalStateException("database down");
					}
					FakeImporter.this.written.add(row.get("name"));
					return row.get("name").startsWith("old") ? ImportAction.UPDATED : ImportAction.CREATED;
				}

			};
		}

	}

	/** Runs submitted tasks only when the test says so, in the test's thread. */
	static final class ManualExecutor implements TaskExecutor {

		final Deque<Runnable> tasks = new ArrayDeque<>();

		@Override
		public void execute(Runnable task) {
			this.tasks.add(task);
		}

		void runAll() {
			while (!this.tasks.isEmpty()) {
				this.tasks.poll().run();
			}
		}

	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-25T08:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	static final class NoTransactions extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
