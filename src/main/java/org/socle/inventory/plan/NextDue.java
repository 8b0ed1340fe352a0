package org.socle.inventory.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The next-due arithmetic of maintenance plans, with no framework in the way. The daily
 * job does the first-occurrence step in SQL over the whole group; it follows the same
 * rules as {@link #first}, and a test compares the two.
 *
 * <ul>
 * <li><b>First occurrence</b>: the series counts from the asset's first entry into
 * service (or from the day the plan first applies when that date is unknown). The first
 * due date is the first step of the series on or after that day, never before it: a plan
 * added today for a device in service since 2019 is not born years overdue.</li>
 * <li><b>Anchored</b> (the regulatory "date anniversaire"): the next due date is the
 * first step of the series after the previous due date and after the completion. Done
 * early or a little late, the anniversary stays; done so late that the next anniversary
 * has passed too, the next due date is the following anniversary (there is no point in
 * opening an occurrence that is already overdue the day the previous one closes).</li>
 * <li><b>Floating</b>: the series restarts at the completion: next due = completion +
 * interval.</li>
 * <li><b>Months</b> are counted from the series start, never from the previous due date:
 * monthly from 31 January gives 28 (or 29) February, then 31 March, keeping the
 * anniversary day whenever the month has it.</li>
 * <li><b>Meter</b>: the occurrence also falls due when the meter reaches the reading at
 * completion plus the interval; whichever comes first, date or meter.</li>
 * </ul>
 */
public final class NextDue {

	private NextDue() {
	}

	/**
	 * The first occurrence of a plan on an asset.
	 * @param firstInServiceOn the asset's first entry into service, or null
	 * @param today the day the plan starts to apply to the asset
	 * @param lastReading the asset's latest reading of the plan's meter, or null
	 */
	public static Due first(Trigger trigger, LocalDate firstInServiceOn, LocalDate today, BigDecimal lastReading) {
		LocalDate start = (firstInServiceOn != null) ? firstInServiceOn : today;
		LocalDate due = trigger.timed() ? firstStep(trigger, start, today, false) : null;
		return new Due(start, due, meterDue(trigger, lastReading, null));
	}

	/**
	 * The occurrence after one completed.
	 * @param seriesStart the completed occurrence's series start
	 * @param previousDue the completed occurrence's due date (null for a meter-only plan
	 * never reached)
	 * @param completedOn the day the work was done
	 * @param reading the meter reading at completion, or null when none was taken
	 * @param previousMeterDue the completed occurrence's meter threshold, or null
	 */
	public static Due afterCompletion(Trigger trigger, LocalDate seriesStart, LocalDate previousDue,
			LocalDate completedOn, BigDecimal reading, BigDecimal previousMeterDue) {
		BigDecimal meter = meterDue(trigger, reading, previousMeterDue);
		if (!trigger.timed()) {
			return new Due(completedOn, null, meter);
		}
		if (trigger.recurrence() == Recurrence.FLOATING) {
			return new Due(completedOn, trigger.step(completedOn, 1), meter);
		}
		LocalDate bound = (previousDue != null && previousDue.isAfter(completedOn)) ? previousDue : completedOn;
		return new Due(seriesStart, firstStep(trigger, seriesStart, bound, true), meter);
	}

	/**
	 * The earlier of the date due and the day the meter got there (either may be null).
	 */
	public static LocalDate whicheverFirst(LocalDate timeDue, LocalDate meterReachedOn) {
		if (timeDue == null || (meterReachedOn != null && meterReachedOn.isBefore(timeDue))) {
			return meterReachedOn;
		}
		return timeDue;
	}

	/**
	 * Whether an occurrence of a contained plan is suppressed by one of the containing
	 * plan on the same asset: its due date falls in the containing occurrence's window.
	 */
	public static boolean suppressedBy(Window containing, LocalDate containedDue) {
		return containedDue != null && containing.contains(containedDue);
	}

	/**
	 * The first step of the series from {@code start} (k ≥ 1) on or after the bound, or
	 * strictly after it.
	 */
	static LocalDate firstStep(Trigger trigger, LocalDate start, LocalDate bound, boolean strictlyAfter) {
		long k = Math.max(1, estimate(trigger, start, bound));
		LocalDate step = trigger.step(start, k);
		while (step.isBefore(bound) || (strictlyAfter && step.isEqual(bound))) {
			k++;
			step = trigger.step(start, k);
		}
		return step;
	}

	/** Steps that fit between start and bound, never more (so the search only climbs). */
	private static long estimate(Trigger trigger, LocalDate start, LocalDate bound) {
		if (trigger.intervalDays() != null) {
			return ChronoUnit.DAYS.between(start, bound) / trigger.intervalDays();
		}
		long months = ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(bound));
		return months / trigger.intervalMonths() - 1;
	}

	private static BigDecimal meterDue(Trigger trigger, BigDecimal reading, BigDecimal previousMeterDue) {
		if (!trigger.metered()) {
			return null;
		}
		BigDecimal base = (reading != null) ? reading : (previousMeterDue != null) ? previousMeterDue : BigDecimal.ZERO;
		return base.add(trigger.meterInterval());
	}

}
