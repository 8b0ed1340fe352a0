package org.socle.servicedesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.socle.shared.web.FieldRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The days of a report: bounds in the group's zone, field rules. */
class ReportPeriodTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Test
	void aPeriodRunsFromTheFirstMidnightToTheMidnightAfterTheLastDayInTheZoneAcrossDaylightSaving() {
		ReportPeriod march = ReportPeriod.month(YearMonth.of(2026, 3), PARIS);
		assertThat(march.start()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
		assertThat(march.end()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
		assertThat(march.isMonth()).isTrue();
		ReportPeriod oneDay = ReportPeriod.of(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25), PARIS);
		assertThat(oneDay.end()).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
		assertThat(oneDay.isMonth()).isFalse();
	}

	@Test
	void bothDaysAreRequired() {
		assertRefused(null, LocalDate.of(2026, 1, 31), "from", "NotBlank");
		assertRefused(LocalDate.of(2026, 1, 1), null, "to", "NotBlank");
	}

	@Test
	void theLastDayMayNotComeBeforeTheFirst() {
		assertRefused(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1), "to", "PeriodEndBeforeStart");
		assertThat(ReportPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), PARIS)).isNotNull();
	}

	@Test
	void aPeriodCoversTwoYearsAtMost() {
		assertThat(ReportPeriod.of(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 2, 28), PARIS)).isNotNull();
		assertRefused(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 3, 1), "to", "PeriodTooLong");
	}

	private static void assertRefused(LocalDate from, LocalDate to, String field, String rule) {
		assertThatThrownBy(() -> ReportPeriod.of(from, to, PARIS)).isInstanceOfSatisfying(FieldRuleException.class,
				ex -> {
					assertThat(ex.getField()).isEqualTo(field);
					assertThat(ex.getRule()).isEqualTo(rule);
				});
	}

}
