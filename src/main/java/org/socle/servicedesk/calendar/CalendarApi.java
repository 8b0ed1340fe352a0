package org.socle.servicedesk.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.socle.servicedesk.calendar.CalendarCommands.Archive;
import org.socle.servicedesk.calendar.CalendarCommands.CalendarCommand;
import org.socle.shared.web.FieldRuleException;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the group's business calendars, and due dates counted on them. */
@RestController
@RequestMapping("/api/v1/calendars")
class CalendarApi {

	/** Ten years of minutes: beyond, a due date means nothing. */
	static final long MAX_MINUTES = 10L * 366 * 24 * 60;

	private final CalendarService calendars;

	private final CalendarList list;

	private final WorkingCalendars workingTime;

	CalendarApi(CalendarService calendars, CalendarList list, WorkingCalendars workingTime) {
		this.calendars = calendars;
		this.list = list;
		this.workingTime = workingTime;
	}

	/** The calendars by name; archived ones too when asked. */
	@GetMapping
	List<CalendarView> list(@RequestParam(defaultValue = "false") boolean archived) {
		return this.list.calendars(archived).stream().map(CalendarView::of).toList();
	}

	@GetMapping("/{id}")
	CalendarView get(@PathVariable Long id) {
		return CalendarView.of(this.calendars.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CalendarView create(@RequestBody CalendarCommand command) {
		return CalendarView.of(this.calendars.create(command));
	}

	@PutMapping("/{id}")
	CalendarView update(@PathVariable Long id, @RequestBody CalendarCommand command) {
		return CalendarView.of(this.calendars.update(id, command));
	}

	@PostMapping("/{id}/archive")
	CalendarView archive(@PathVariable Long id, @RequestBody Archive command) {
		return CalendarView.of(this.calendars.archive(id, command));
	}

	/**
	 * When {@code minutes} of working time have passed since {@code from} (an instant
	 * with its offset, e.g. 2026-11-20T17:00:00+01:00 or 2026-11-20T16:00:00Z).
	 */
	@GetMapping("/{id}/due")
	@Transactional(readOnly = true)
	Due due(@PathVariable Long id, @RequestParam String from, @RequestParam long minutes) {
		BusinessCalendar calendar = this.calendars.get(id);
		Instant start = instant(from);
		if (minutes < 0 || minutes > MAX_MINUTES) {
			throw FieldRuleException.invalid("minutes", "DueMinutesRange", 0, MAX_MINUTES);
		}
		Instant due = this.workingTime.of(id).plus(start, Duration.ofMinutes(minutes));
		return new Due(id, start, minutes, due, due.atZone(calendar.zone()).toOffsetDateTime());
	}

	static Instant instant(String text) {
		try {
			Instant instant = OffsetDateTime.parse(text.strip()).toInstant();
			if (instant.isBefore(Instant.parse("1900-01-01T00:00:00Z"))
					|| instant.isAfter(Instant.parse("2200-01-01T00:00:00Z"))) {
				throw FieldRuleException.invalid("from", "DueFromRange");
			}
			return instant;
		}
		catch (DateTimeException ex) {
			throw FieldRuleException.invalid("from", "DateTimeWithOffset", text);
		}
	}

	/** A due date: the instant, and the calendar's wall-clock time then. */
	record Due(Long calendarId, Instant from, long minutes, Instant due, OffsetDateTime dueLocal) {
	}

}
