package org.socle.servicedesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.socle.servicedesk.calendar.CalendarCommands.CalendarCommand;
import org.socle.servicedesk.calendar.CalendarCommands.ClosureLine;
import org.socle.servicedesk.calendar.CalendarCommands.HoursLine;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A calendar as the page writes it: two range slots per weekday (hours[2d] and
 * hours[2d+1], Monday first), closure rows (the existing ones and a few blank ones).
 */
public class CalendarForm {

	static final int BLANK_CLOSURES = 3;

	private String name;

	private String zoneId = CalendarDefinitions.DEFAULT_ZONE.getId();

	private boolean alwaysOpen;

	private String holidays = HolidaySet.FRANCE.name();

	private List<HoursRow> hours = new ArrayList<>();

	private List<ClosureRow> closures = new ArrayList<>();

	private Long version;

	/** A new calendar: Monday to Friday, 08:00-18:00, French holidays. */
	static CalendarForm blank() {
		CalendarForm form = new CalendarForm();
		for (DayOfWeek day : DayOfWeek.values()) {
			boolean weekday = day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
			form.hours.add(new HoursRow(day, weekday ? "08:00" : "", weekday ? "18:00" : ""));
			form.hours.add(new HoursRow(day, "", ""));
		}
		form.padClosures();
		return form;
	}

	static CalendarForm of(BusinessCalendar calendar) {
		CalendarForm form = new CalendarForm();
		form.name = calendar.getName();
		form.zoneId = calendar.getZoneId();
		form.alwaysOpen = calendar.isAlwaysOpen();
		form.holidays = calendar.getHolidaySet().name();
		WeeklyHours week = calendar.getWeeklyHours();
		for (DayOfWeek day : DayOfWeek.values()) {
			List<TimeRange> ranges = week.of(day);
			for (int slot = 0; slot < CalendarDefinitions.RANGES_PER_DAY; slot++) {
				form.hours
					.add((slot < ranges.size()) ? new HoursRow(day, ranges.get(slot).start(), ranges.get(slot).end())
							: new HoursRow(day, "", ""));
			}
		}
		calendar.getClosures().forEach(c -> form.closures.add(new ClosureRow(c.first(), c.last(), c.label())));
		form.padClosures();
		form.version = calendar.getVersion();
		return form;
	}

	/**
	 * Makes sure every weekday has its two slots (a post may send fewer rows), so that
	 * the form shows again with what was typed.
	 */
	CalendarForm withAllSlots() {
		int slots = DayOfWeek.values().length * CalendarDefinitions.RANGES_PER_DAY;
		for (int i = 0; i < slots; i++) {
			DayOfWeek day = DayOfWeek.of(i / CalendarDefinitions.RANGES_PER_DAY + 1);
			if (i >= this.hours.size()) {
				this.hours.add(new HoursRow(day, "", ""));
			}
			else if (this.hours.get(i) == null) {
				this.hours.set(i, new HoursRow(day, "", ""));
			}
			else if (this.hours.get(i).getDay() == null) {
				this.hours.get(i).setDay(day.name());
			}
		}
		return this;
	}

	/** Adds blank closure rows to fill in. */
	void padClosures() {
		for (int i = 0; i < BLANK_CLOSURES; i++) {
			this.closures.add(new ClosureRow(null, null, ""));
		}
	}

	CalendarCommand toCommand() {
		return new CalendarCommand(this.name, this.zoneId, this.alwaysOpen, this.holidays,
				this.hours.stream()
					.map(h -> (h != null) ? new HoursLine(h.getDay(), h.getStart(), h.getEnd()) : null)
					.toList(),
				this.closures.stream()
					.map(c -> (c != null) ? new ClosureLine(c.getFirst(), c.getLast(), c.getLabel()) : null)
					.toList(),
				this.version);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getZoneId() {
		return this.zoneId;
	}

	public void setZoneId(String zoneId) {
		this.zoneId = zoneId;
	}

	public boolean isAlwaysOpen() {
		return this.alwaysOpen;
	}

	public void setAlwaysOpen(boolean alwaysOpen) {
		this.alwaysOpen = alwaysOpen;
	}

	public String getHolidays() {
		return this.holidays;
	}

	public void setHolidays(String holidays) {
		this.holidays = holidays;
	}

	public List<HoursRow> getHours() {
		return this.hours;
	}

	public void setHours(List<HoursRow> hours) {
		this.hours = hours;
	}

	public List<ClosureRow> getClosures() {
		return this.closures;
	}

	public void setClosures(List<ClosureRow> closures) {
		this.closures = closures;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** One range slot of a weekday. */
	public static class HoursRow {

		private String day;

		private String start;

		private String end;

		public HoursRow() {
		}

		HoursRow(DayOfWeek day, String start, String end) {
			this.day = day.name();
			this.start = start;
			this.end = end;
		}

		public String getDay() {
			return this.day;
		}

		public void setDay(String day) {
			this.day = day;
		}

		public String getStart() {
			return this.start;
		}

		public void setStart(String start) {
			this.start = start;
		}

		public String getEnd() {
			return this.end;
		}

		public void setEnd(String end) {
			this.end = end;
		}

	}

	/** One closure row. */
	public static class ClosureRow {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate first;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate last;

		private String label;

		public ClosureRow() {
		}

		ClosureRow(LocalDate first, LocalDate last, String label) {
			this.first = first;
			this.last = last;
			this.label = label;
		}

		public LocalDate getFirst() {
			return this.first;
		}

		public void setFirst(LocalDate first) {
			this.first = first;
		}

		public LocalDate getLast() {
			return this.last;
		}

		public void setLast(LocalDate last) {
			this.last = last;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

	}

}
