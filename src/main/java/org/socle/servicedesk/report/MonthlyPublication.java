package org.socle.servicedesk.report;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.servicedesk.report.PublishedMonths.Publication;
import org.socle.shared.audit.CurrentUsername;
import org.socle.shared.web.FieldRuleException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Publishes the monthly figures of the months that are over: a job each night (the first
 * one of a month publishes the month before; the others catch up the months left behind,
 * as far back as {@code socle.servicedesk.reports.publication-back-months}, 24 by
 * default), and group administrators on demand for any span of months that are over.
 * Publishing a published month writes nothing.
 */
@Component
class MonthlyPublication {

	private static final Logger log = LoggerFactory.getLogger(MonthlyPublication.class);

	/** The most months an operator publishes at once. */
	static final int MAX_MONTHS = 36;

	private final PublishedMonths published;

	private final CurrentAccess access;

	private final ZoneId zone;

	private final Clock clock;

	private final int backMonths;

	MonthlyPublication(PublishedMonths published, CurrentAccess access, ServiceReports reports, Clock clock,
			@Value("${socle.servicedesk.reports.publication-back-months:24}") int backMonths) {
		this.published = published;
		this.access = access;
		this.zone = reports.zone();
		this.clock = clock;
		this.backMonths = backMonths;
	}

	@Scheduled(cron = "${socle.servicedesk.reports.publication-cron:0 20 2 * * *}")
	@SchedulerLock(name = "servicedesk-report-publication", lockAtMostFor = "PT2H")
	void onSchedule() {
		List<Publication> written = catchUp(this.clock.instant());
		written.forEach(p -> log.info("Monthly figures of {} published: {} cells", p.month(), p.cells()));
	}

	/**
	 * Publishes the months over at the instant, back to the configured number, that are
	 * not published yet, oldest first.
	 * @return the months published now
	 */
	List<Publication> catchUp(Instant now) {
		YearMonth last = YearMonth.from(now.atZone(this.zone)).minusMonths(1);
		return publish(last.minusMonths(this.backMonths - 1L), last, now, CurrentUsername.SYSTEM).stream()
			.filter(Publication::written)
			.toList();
	}

	/**
	 * Publishes the months from the first to the last (both included) for a group
	 * administrator: each month over, those published before answered as they were.
	 * @throws AccessDeniedException unless the account is a group administrator
	 * @throws FieldRuleException for a missing month, a span reversed, too long, or not
	 * over
	 */
	List<Publication> publishForOperator(YearMonth from, YearMonth to) {
		if (!this.access.scope().hasGroupRole(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Not a group administrator");
		}
		if (from == null) {
			throw FieldRuleException.invalid("from", "NotBlank");
		}
		if (to == null) {
			throw FieldRuleException.invalid("to", "NotBlank");
		}
		if (to.isBefore(from)) {
			throw FieldRuleException.invalid("to", "MonthsReversed", from, to);
		}
		if (!to.isBefore(from.plusMonths(MAX_MONTHS))) {
			throw FieldRuleException.invalid("to", "PublicationTooLong", MAX_MONTHS);
		}
		Instant now = this.clock.instant();
		if (!to.isBefore(YearMonth.from(now.atZone(this.zone)))) {
			throw FieldRuleException.invalid("to", "MonthNotOver", to);
		}
		List<Publication> done = publish(from, to, now, CurrentUsername.get());
		done.stream()
			.filter(Publication::written)
			.forEach(p -> log.info("Monthly figures of {} published by {}: {} cells", p.month(), p.publishedBy(),
					p.cells()));
		return done;
	}

	private List<Publication> publish(YearMonth first, YearMonth last, Instant now, String by) {
		List<Publication> done = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			done.add(this.published.publish(month, this.zone, now, by));
		}
		return done;
	}

}
