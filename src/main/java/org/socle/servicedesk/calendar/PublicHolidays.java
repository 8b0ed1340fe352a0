package org.socle.servicedesk.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The public holidays of a set, per year, from Jollyday's rules (Easter-based days
 * included), cached: a year's set is computed once. Only days off by law count
 * (Jollyday's public holidays; bank holidays and observances do not close a calendar). A
 * holiday moved by its rule (Canada Day on a Sunday) closes the day it is observed.
 */
public final class PublicHolidays {

	private static final PublicHolidays SHARED = new PublicHolidays();

	private final Map<HolidaySet, HolidayManager> managers = new ConcurrentHashMap<>();

	private final Map<String, List<Holiday>> years = new ConcurrentHashMap<>();

	private final Map<String, Set<LocalDate>> dates = new ConcurrentHashMap<>();

	/** The holidays of every calendar, shared by all (Jollyday's data never changes). */
	public static PublicHolidays shared() {
		return SHARED;
	}

	/** The days closed by the set's holidays in a year. */
	public Set<LocalDate> closedDays(HolidaySet set, int year) {
		return this.dates.computeIfAbsent(set + "/" + year,
				key -> holidays(set, year).stream()
					.map(Holiday::getActualDate)
					.collect(Collectors.toUnmodifiableSet()));
	}

	/** The set's holidays of a year, by date, with their names in a language. */
	public List<NamedHoliday> list(HolidaySet set, int year, Locale locale) {
		return holidays(set, year).stream()
			.map(h -> new NamedHoliday(h.getActualDate(), h.getDescription(locale)))
			.sorted(Comparator.comparing(NamedHoliday::date))
			.toList();
	}

	private List<Holiday> holidays(HolidaySet set, int year) {
		if (set == HolidaySet.NONE) {
			return List.of();
		}
		return this.years.computeIfAbsent(set + "/" + year, key -> List
			.copyOf(manager(set).getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, set.subdivision())));
	}

	private HolidayManager manager(HolidaySet set) {
		return this.managers.computeIfAbsent(set,
				s -> HolidayManager.getInstance(ManagerParameters.create(s.country())));
	}

	/** A public holiday and its name. */
	public record NamedHoliday(LocalDate date, String name) {
	}

}
