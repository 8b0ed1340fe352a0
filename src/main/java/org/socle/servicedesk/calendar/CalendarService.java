package org.socle.servicedesk.calendar;

import org.socle.servicedesk.calendar.CalendarCommands.Archive;
import org.socle.servicedesk.calendar.CalendarCommands.CalendarCommand;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the group's calendars: create, change (based on the version the caller saw),
 * archive with a reason. Names are unique among active calendars, whatever their case.
 */
@Service
class CalendarService {

	static final String NAME_INDEX = "uk_sd_calendar_name";

	private final BusinessCalendarRepository calendars;

	private final CalendarAccess access;

	private final CalendarRegistry registry;

	CalendarService(BusinessCalendarRepository calendars, CalendarAccess access, CalendarRegistry registry) {
		this.calendars = calendars;
		this.access = access;
		this.registry = registry;
	}

	@Transactional(readOnly = true)
	public BusinessCalendar get(Long id) {
		this.access.checkReads();
		return this.calendars.findById(id).orElseThrow(() -> new RecordNotFoundException("Calendar", id));
	}

	@Transactional
	public BusinessCalendar create(CalendarCommand command) {
		this.access.checkKeeps();
		return save(new BusinessCalendar(CalendarDefinitions.check(command)));
	}

	@Transactional
	public BusinessCalendar update(Long id, CalendarCommand command) {
		BusinessCalendar calendar = editable(id);
		calendar.checkVersion((command.version() != null) ? command.version() : -1);
		calendar.apply(CalendarDefinitions.check(command));
		return save(calendar);
	}

	@Transactional
	public BusinessCalendar archive(Long id, Archive command) {
		BusinessCalendar calendar = editable(id);
		calendar.checkVersion((command.version() != null) ? command.version() : -1);
		if (command.reason() == null || command.reason().isBlank()) {
			throw FieldRuleException.invalid("reason", "NotBlank");
		}
		calendar.archive(command.reason().strip());
		return save(calendar);
	}

	private BusinessCalendar editable(Long id) {
		this.access.checkKeeps();
		BusinessCalendar calendar = this.calendars.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("Calendar", id));
		if (calendar.isArchived()) {
			throw FieldRuleException.invalid("name", "CalendarArchived");
		}
		return calendar;
	}

	/**
	 * Saves; two administrators creating the same name at once end as a duplicate too.
	 */
	private BusinessCalendar save(BusinessCalendar calendar) {
		BusinessCalendar saved;
		try {
			saved = this.calendars.saveAndFlush(calendar);
		}
		catch (DataIntegrityViolationException ex) {
			String message = ex.getMostSpecificCause().getMessage();
			if (message != null && message.contains(NAME_INDEX)) {
				throw FieldRuleException.duplicate("name", calendar.getName());
			}
			throw ex;
		}
		Long id = saved.getId();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					CalendarService.this.registry.evict(id);
				}
			});
		}
		else {
			this.registry.evict(id);
		}
		return saved;
	}

}
