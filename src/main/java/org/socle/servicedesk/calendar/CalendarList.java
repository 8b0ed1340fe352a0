package org.socle.servicedesk.calendar;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The group's calendars by name, for those who read them. */
@Component
class CalendarList {

	private final BusinessCalendarRepository calendars;

	private final CalendarAccess access;

	CalendarList(BusinessCalendarRepository calendars, CalendarAccess access) {
		this.calendars = calendars;
		this.access = access;
	}

	@Transactional(readOnly = true)
	List<BusinessCalendar> calendars(boolean withArchived) {
		this.access.checkReads();
		return withArchived ? this.calendars.findAllByOrderByNameAsc()
				: this.calendars.findByArchivedFalseOrderByNameAsc();
	}

}
