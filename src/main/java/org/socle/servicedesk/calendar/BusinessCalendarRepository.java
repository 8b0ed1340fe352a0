package org.socle.servicedesk.calendar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BusinessCalendarRepository extends JpaRepository<BusinessCalendar, Long> {

	List<BusinessCalendar> findAllByOrderByNameAsc();

	List<BusinessCalendar> findByArchivedFalseOrderByNameAsc();

}
