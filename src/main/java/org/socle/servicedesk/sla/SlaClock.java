package org.socle.servicedesk.sla;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.socle.servicedesk.calendar.WorkingTime;

/**
 * One clock of a ticket against one target. Working time consumed is kept up to
 * {@code runningSince}; while it runs, its due instant and its at-risk instant are worked
 * out on the calendar, so that the sweep compares instants only. Every method takes the
 * instant it happens at and the calendar's working time: the rules are plain arithmetic,
 * tested without a database. Rows are locked (select for update) before a change, not
 * versioned: the sweep and a ticket's change then wait for each other instead of failing.
 */
@Entity
@Table(name = "sd_sla_clock")
public class SlaClock {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	@Enumerated(EnumType.STRING)
	private ClockKind kind;

	private Long agreementId;

	private int priority;

	private int targetMinutes;

	private Long calendarId;

	private int atRiskPercent;

	private Instant startedAt;

	private long consumedSeconds;

	private Instant runningSince;

	private Instant pausedSince;

	private String pauseReason;

	private Instant atRiskAt;

	private Instant dueAt;

	@Enumerated(EnumType.STRING)
	private ClockState state;

	private Instant stoppedAt;

	private Instant breachedAt;

	private boolean current = true;

	private Instant supersededAt;

	private String supersededReason;

	protected SlaClock() {
	}

	SlaClock(Long ticketId, ClockKind kind, Long agreementId, int priority, int targetMinutes, Long calendarId,
			int atRiskPercent) {
		this.ticketId = ticketId;
		this.kind = kind;
		this.agreementId = agreementId;
		this.priority = priority;
		this.targetMinutes = targetMinutes;
		this.calendarId = calendarId;
		this.atRiskPercent = atRiskPercent;
		this.state = ClockState.ON_TRACK;
	}

	/** Starts counting at the instant (the ticket's creation). */
	SlaClock start(Instant at, WorkingTime time) {
		this.startedAt = at;
		this.runningSince = at;
		schedule(time);
		return this;
	}

	/**
	 * Replaced by a clock for other targets: the time consumed so far is banked and this
	 * row is kept as history.
	 */
	void supersede(Instant at, String reason, WorkingTime time) {
		bankTo(at, time);
		this.current = false;
		this.supersededAt = at;
		this.supersededReason = reason;
	}

	/**
	 * The clock that takes this (superseded) one's place for other targets: same start,
	 * same time consumed, running or paused as this one was.
	 */
	SlaClock successor(Long agreementId, int priority, int targetMinutes, Long calendarId, int atRiskPercent,
			Instant at, WorkingTime time) {
		SlaClock next = new SlaClock(this.ticketId, this.kind, agreementId, priority, targetMinutes, calendarId,
				atRiskPercent);
		next.startedAt = this.startedAt;
		next.consumedSeconds = this.consumedSeconds;
		if (this.pausedSince != null) {
			next.pausedSince = this.pausedSince;
			next.pauseReason = this.pauseReason;
			next.state = ClockState.PAUSED;
		}
		else {
			next.runningSince = at;
			next.schedule(time);
		}
		return next;
	}

	/** Stops counting for a while (pending); nothing when not running. */
	void pause(Instant at, String reason, WorkingTime time) {
		if (this.runningSince == null) {
			return;
		}
		bankTo(at, time);
		this.runningSince = null;
		this.pausedSince = at;
		this.pauseReason = reason;
		this.dueAt = null;
		this.atRiskAt = null;
		this.state = (this.breachedAt != null) ? ClockState.BREACHED : ClockState.PAUSED;
	}

	/** Counts again from the instant; nothing when not paused. */
	void resume(Instant at, WorkingTime time) {
		if (this.pausedSince == null || this.stoppedAt != null) {
			return;
		}
		this.pausedSince = null;
		this.pauseReason = null;
		this.runningSince = at;
		schedule(time);
	}

	/** Stops for good (answered, resolved): met within the target, or breached. */
	void stop(Instant at, WorkingTime time) {
		if (this.stoppedAt != null) {
			return;
		}
		bankTo(at, time);
		if (this.breachedAt == null && this.consumedSeconds > this.targetMinutes * 60L) {
			this.breachedAt = (this.dueAt != null && this.dueAt.isBefore(at)) ? this.dueAt : at;
		}
		this.stoppedAt = at;
		this.runningSince = null;
		this.pausedSince = null;
		this.pauseReason = null;
		this.dueAt = null;
		this.atRiskAt = null;
		this.state = (this.breachedAt != null) ? ClockState.BREACHED : ClockState.MET;
	}

	/** The ticket was cancelled: no outcome, unless a breach was already recorded. */
	void cancel(Instant at, WorkingTime time) {
		if (this.stoppedAt != null) {
			return;
		}
		stop(at, time);
		if (this.state == ClockState.MET) {
			this.state = ClockState.CANCELLED;
		}
	}

	/**
	 * The ticket was reopened: the clock counts again from the instant with the time it
	 * had consumed; the time while resolved does not count; a breach stays recorded.
	 */
	void reopen(Instant at, WorkingTime time) {
		if (this.stoppedAt == null) {
			return;
		}
		this.stoppedAt = null;
		this.runningSince = at;
		schedule(time);
	}

	/** Working time consumed up to the instant. */
	Duration consumedAt(Instant at, WorkingTime time) {
		Duration consumed = Duration.ofSeconds(this.consumedSeconds);
		return (this.runningSince != null) ? consumed.plus(time.between(this.runningSince, at)) : consumed;
	}

	/** Working time left at the instant; negative once past the target. */
	Duration leftAt(Instant at, WorkingTime time) {
		return Duration.ofMinutes(this.targetMinutes).minus(consumedAt(at, time));
	}

	private void bankTo(Instant at, WorkingTime time) {
		if (this.runningSince != null) {
			this.consumedSeconds += time.between(this.runningSince, at).getSeconds();
			this.runningSince = at;
		}
	}

	/**
	 * Works out the due and at-risk instants from now on; the state becomes on track,
	 * unless already warned (at risk) or breached: the sweep decides those.
	 */
	private void schedule(WorkingTime time) {
		Duration consumed = Duration.ofSeconds(this.consumedSeconds);
		Duration target = Duration.ofMinutes(this.targetMinutes);
		Duration atRisk = Duration.ofSeconds(this.targetMinutes * 60L * this.atRiskPercent / 100);
		this.dueAt = time.plus(this.runningSince, positive(target.minus(consumed)));
		this.atRiskAt = time.plus(this.runningSince, positive(atRisk.minus(consumed)));
		if (this.breachedAt != null) {
			this.state = ClockState.BREACHED;
		}
		else if (this.state != ClockState.AT_RISK) {
			this.state = ClockState.ON_TRACK;
		}
	}

	private static Duration positive(Duration d) {
		return d.isNegative() ? Duration.ZERO : d;
	}

	public Long getId() {
		return this.id;
	}

	public Long getTicketId() {
		return this.ticketId;
	}

	public ClockKind getKind() {
		return this.kind;
	}

	public Long getAgreementId() {
		return this.agreementId;
	}

	public int getPriority() {
		return this.priority;
	}

	public int getTargetMinutes() {
		return this.targetMinutes;
	}

	public Long getCalendarId() {
		return this.calendarId;
	}

	public int getAtRiskPercent() {
		return this.atRiskPercent;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public long getConsumedSeconds() {
		return this.consumedSeconds;
	}

	public Instant getRunningSince() {
		return this.runningSince;
	}

	public Instant getPausedSince() {
		return this.pausedSince;
	}

	public String getPauseReason() {
		return this.pauseReason;
	}

	public Instant getAtRiskAt() {
		return this.atRiskAt;
	}

	public Instant getDueAt() {
		return this.dueAt;
	}

	public ClockState getState() {
		return this.state;
	}

	public Instant getStoppedAt() {
		return this.stoppedAt;
	}

	public Instant getBreachedAt() {
		return this.breachedAt;
	}

	public boolean isCurrent() {
		return this.current;
	}

	public Instant getSupersededAt() {
		return this.supersededAt;
	}

	public String getSupersededReason() {
		return this.supersededReason;
	}

	public boolean isRunning() {
		return this.runningSince != null;
	}

}
