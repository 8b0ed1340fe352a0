package org.socle.inventory.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.shared.audit.CurrentUsername;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The daily plan job run on demand by a group administrator (catching up, or timing it):
 * the same job, as the system on a thread of its own, timed. Without the cluster lock,
 * like any manual run: the job is safe when two run at once.
 */
@RestController
class OperatorPlanRun {

	private static final Logger log = LoggerFactory.getLogger(OperatorPlanRun.class);

	private final CurrentAccess access;

	private final PlanSweep sweep;

	private final Clock clock;

	OperatorPlanRun(CurrentAccess access, PlanSweep sweep, Clock clock) {
		this.access = access;
		this.sweep = sweep;
		this.clock = clock;
	}

	/**
	 * Runs the daily plan job now and says what it did, with its time in milliseconds.
	 */
	@PostMapping("/api/v1/maintenance/run-daily")
	@ResponseStatus(HttpStatus.OK)
	RunReport run() {
		if (!this.access.scope().hasGroupRole(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Not a group administrator");
		}
		LocalDate today = LocalDate.now(this.clock);
		long start = System.nanoTime();
		PlanSweep.Result result = asTheSystem(today);
		RunReport report = new RunReport(result, (System.nanoTime() - start) / 1_000_000);
		log.info("Plan job run by {}: {}", CurrentUsername.get(), report);
		return report;
	}

	private PlanSweep.Result asTheSystem(LocalDate today) {
		FutureTask<PlanSweep.Result> task = new FutureTask<>(() -> this.sweep.sweep(today));
		new Thread(task, "plan-sweep-operator").start();
		try {
			return task.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running the plan job", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
	}

	/** What the run did, and how long it took. */
	record RunReport(PlanSweep.Result result, long millis) {
	}

}
