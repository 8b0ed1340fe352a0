package org.socle.servicedesk.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.shared.audit.CurrentUsername;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The escalation sweep run on demand by a group administrator (an operator checking that
 * it keeps up, or catching up after the jobs were stopped): the same sweep as the
 * scheduled one, timed, run as the system on a thread of its own (the timeline lines and
 * reassignments are the system's, not the operator's). Without the cluster lock, like any
 * manual run: the sweep is safe when two run at once.
 */
@Component
class OperatorSweep {

	private static final Logger log = LoggerFactory.getLogger(OperatorSweep.class);

	/** The running clocks the sweep compares with their at-risk and due instants. */
	private static final String WATCHED = """
			select count(*) from sd_sla_clock
			where current and running_since is not null and state in ('ON_TRACK', 'AT_RISK')""";

	private final CurrentAccess access;

	private final SlaSweep sweep;

	private final JdbcClient jdbc;

	private final Clock clock;

	OperatorSweep(CurrentAccess access, SlaSweep sweep, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.sweep = sweep;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Sweeps now; the clocks are counted before, outside the time measured.
	 * @throws AccessDeniedException unless the account is a group administrator
	 */
	SweepReport run() {
		if (!this.access.scope().hasGroupRole(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Not a group administrator");
		}
		long watched = this.jdbc.sql(WATCHED).query(Long.class).single();
		long start = System.nanoTime();
		SlaSweep.Result result = asTheSystem(this.clock.instant());
		long millis = (System.nanoTime() - start) / 1_000_000;
		SweepReport report = new SweepReport(watched, result.changed(), result.atRisk(), result.breached(),
				result.escalated(), millis);
		log.info("SLA sweep run by {}: {}", CurrentUsername.get(), report);
		return report;
	}

	/**
	 * Sweeps on a new thread, which carries neither the operator's request nor their
	 * sign-in: the sweep acts as it does when scheduled.
	 */
	private SlaSweep.Result asTheSystem(Instant now) {
		FutureTask<SlaSweep.Result> task = new FutureTask<>(() -> this.sweep.sweep(now));
		new Thread(task, "sla-sweep-operator").start();
		try {
			return task.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sweeping", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * What an operator's sweep did: running clocks it compared with their instants,
	 * tickets whose clocks changed state, clocks that became at risk and breached,
	 * escalations processed (mails, timeline lines), and how long the sweep took in
	 * milliseconds.
	 */
	record SweepReport(long clocksChecked, int ticketsChanged, int atRisk, int breached, int escalationsProcessed,
			long millis) {
	}

}
