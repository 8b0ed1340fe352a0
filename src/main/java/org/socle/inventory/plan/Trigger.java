package org.socle.inventory.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * When a plan falls due on one asset: every N days or every N months (at most one of
 * them), and/or every N units of a meter; whichever comes first when both are given.
 */
public record Trigger(Integer intervalDays, Integer intervalMonths, MeterKind meterKind, BigDecimal meterInterval,
		Recurrence recurrence) {

	public Trigger {
		if (intervalDays != null && intervalMonths != null) {
			throw new IllegalArgumentException("Days or months, not both");
		}
		if (intervalDays == null && intervalMonths == null && meterInterval == null) {
			throw new IllegalArgumentException("A trigger needs an interval or a meter");
		}
		if (recurrence == null) {
			throw new IllegalArgumentException("A trigger needs a recurrence");
		}
	}

	public static Trigger everyDays(int days, Recurrence recurrence) {
		return new Trigger(days, null, null, null, recurrence);
	}

	public static Trigger everyMonths(int months, Recurrence recurrence) {
		return new Trigger(null, months, null, null, recurrence);
	}

	/** The same trigger, also due every {@code interval} units of the meter. */
	public Trigger orMeter(MeterKind kind, BigDecimal interval) {
		return new Trigger(this.intervalDays, this.intervalMonths, kind, interval, this.recurrence);
	}

	public boolean timed() {
		return this.intervalDays != null || this.intervalMonths != null;
	}

	public boolean metered() {
		return this.meterInterval != null;
	}

	/**
	 * The k-th step from the start. Months are always counted from the start, never from
	 * the previous step, so a series that starts on the 31st keeps the 31st whenever the
	 * month has one (31 Jan, 28/29 Feb, 31 Mar): PostgreSQL's {@code date + interval}
	 * clamps the same way, which the daily job relies on.
	 */
	public LocalDate step(LocalDate start, long k) {
		return (this.intervalDays != null) ? start.plusDays(k * this.intervalDays)
				: start.plusMonths(k * this.intervalMonths);
	}

}
