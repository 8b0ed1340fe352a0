package org.socle.servicedesk.calendar;

import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo group's calendars, when none exists yet: office hours in France, in
 * Alsace-Moselle and in Quebec, and 24/7.
 */
@Component
@ConditionalOnProperty(name = "socle.demo-data", havingValue = "true")
@Order(110)
class DemoCalendars implements ApplicationRunner {

	private static final TimeRange OFFICE = new TimeRange(8 * 60, 18 * 60);

	private final BusinessCalendarRepository calendars;

	DemoCalendars(BusinessCalendarRepository calendars) {
		this.calendars = calendars;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.calendars.count() > 0) {
			return;
		}
		add("Heures ouvrées (France)", "Europe/Paris", HolidaySet.FRANCE, false);
		add("Heures ouvrées Alsace-Moselle", "Europe/Paris", HolidaySet.FRANCE_ALSACE_MOSELLE, false);
		add("Heures ouvrées (Québec)", "America/Montreal", HolidaySet.QUEBEC, false);
		add("24/7", "Europe/Paris", HolidaySet.NONE, true);
	}

	private void add(String name, String zone, HolidaySet holidays, boolean alwaysOpen) {
		CalendarRules rules = new CalendarRules(ZoneId.of(zone), WeeklyHours.weekdays(OFFICE), holidays, List.of());
		this.calendars.save(new BusinessCalendar(new CalendarDefinition(name, alwaysOpen, rules)));
	}

}
