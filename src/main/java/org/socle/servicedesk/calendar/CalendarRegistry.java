package org.socle.servicedesk.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The group's calendars as working time. Each calendar is read once and kept with its
 * computed years (holiday sets are shared per year), so SLA sweeps over many open tickets
 * do arithmetic, not queries. A calendar changed on this node is dropped at once (after
 * commit); one changed on another node is read again after the refresh delay
 * ({@code socle.servicedesk.calendars.refresh}, one minute by default). A null id is the
 * 24/7 calendar; so is an unknown id (logged: ids are never deleted), so that a sweep
 * never stops on one ticket. An archived calendar keeps counting for those that use it.
 */
@Component
class CalendarRegistry implements WorkingCalendars {

	private static final Logger log = LoggerFactory.getLogger(CalendarRegistry.class);

	private final BusinessCalendarRepository calendars;

	private final Clock clock;

	private final Duration refresh;

	private final Map<Long, Loaded> loaded = new ConcurrentHashMap<>();

	CalendarRegistry(BusinessCalendarRepository calendars, Clock clock,
			@Value("${socle.servicedesk.calendars.refresh:PT1M}") Duration refresh) {
		this.calendars = calendars;
		this.clock = clock;
		this.refresh = refresh;
	}

	@Override
	public WorkingTime of(Long calendarId) {
		if (calendarId == null) {
			return WorkingTime.always();
		}
		Instant now = this.clock.instant();
		Loaded entry = this.loaded.get(calendarId);
		if (entry == null || entry.readAt().plus(this.refresh).isBefore(now)) {
			entry = new Loaded(load(calendarId), now);
			this.loaded.put(calendarId, entry);
		}
		return entry.time();
	}

	/** Forgets a calendar, so that its next use reads it again. */
	void evict(Long calendarId) {
		this.loaded.remove(calendarId);
	}

	private WorkingTime load(Long calendarId) {
		return this.calendars.findById(calendarId)
			.map(c -> c.isAlwaysOpen() ? WorkingTime.always() : new CalendarTime(c.rules(), PublicHolidays.shared()))
			.orElseGet(() -> {
				log.warn("Unknown calendar {}: counting every minute", calendarId);
				return WorkingTime.always();
			});
	}

	private record Loaded(WorkingTime time, Instant readAt) {
	}

}
