package org.socle.servicedesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.socle.shared.web.FieldRuleException;

/**
 * The days a report covers, first and last included, in the group's time zone: from the
 * first day's midnight (inclusive) to the midnight after the last day (exclusive). At
 * most two years.
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

	/** The longest period a report covers, in years. */
	static final int MAX_YEARS = 2;

	/**
	 * A period checked field by field: both days given, the last not before the first,
	 * two years at most.
	 */
	static ReportPeriod of(LocalDate from, LocalDate to, ZoneId zone) {
		if (from == null) {
			throw FieldRuleException.invalid("from", "NotBlank");
		}
		if (to == null) {
			throw FieldRuleException.invalid("to", "NotBlank");
		}
		if (to.isBefore(from)) {
			throw FieldRuleException.invalid("to", "PeriodEndBeforeStart", from, to);
		}
		if (to.plusDays(1).isAfter(from.plusYears(MAX_YEARS))) {
			throw FieldRuleException.invalid("to", "PeriodTooLong", MAX_YEARS);
		}
		return new ReportPeriod(from, to, zone);
	}

	/** A whole calendar month. */
	static ReportPeriod month(YearMonth month, ZoneId zone) {
		return new ReportPeriod(month.atDay(1), month.atEndOfMonth(), zone);
	}

	/** The first instant of the period. */
	public Instant start() {
		return this.from.atStartOfDay(this.zone).toInstant();
	}

	/** The first instant after the period. */
	public Instant end() {
		return this.to.plusDays(1).atStartOfDay(this.zone).toInstant();
	}

	/** Whether the period is exactly one calendar month. */
	public boolean isMonth() {
		return this.from.getDayOfMonth() == 1 && this.to.equals(YearMonth.from(this.from).atEndOfMonth());
	}

}
