package org.socle.servicedesk.calendar;

import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.Archivable;

/**
 * A business calendar of the group: working hours per weekday in a time zone, public
 * holidays, exceptional closures, or 24/7. Kept by group administrators, archived never
 * deleted.
 */
@Entity
@Table(name = "sd_calendar")
@Audited
public class BusinessCalendar extends Archivable {

	private String name;

	private String zoneId;

	private boolean alwaysOpen;

	@Enumerated(EnumType.STRING)
	private HolidaySet holidaySet;

	private String weeklyHours;

	private String closures;

	protected BusinessCalendar() {
	}

	BusinessCalendar(CalendarDefinition definition) {
		apply(definition);
	}

	void apply(CalendarDefinition definition) {
		this.name = definition.name();
		this.zoneId = definition.zone().getId();
		this.alwaysOpen = definition.alwaysOpen();
		this.holidaySet = definition.rules().holidays();
		this.weeklyHours = definition.rules().hours().toText();
		this.closures = Closure.toText(definition.rules().closures());
	}

	/** What the calendar counts (meaningless when {@link #isAlwaysOpen()}). */
	public CalendarRules rules() {
		return new CalendarRules(zone(), getWeeklyHours(), this.holidaySet, getClosures());
	}

	public String getName() {
		return this.name;
	}

	public ZoneId zone() {
		return ZoneId.of(this.zoneId);
	}

	public String getZoneId() {
		return this.zoneId;
	}

	public boolean isAlwaysOpen() {
		return this.alwaysOpen;
	}

	public HolidaySet getHolidaySet() {
		return this.holidaySet;
	}

	public WeeklyHours getWeeklyHours() {
		return WeeklyHours.fromText(this.weeklyHours);
	}

	public List<Closure> getClosures() {
		return Closure.fromText(this.closures);
	}

}
