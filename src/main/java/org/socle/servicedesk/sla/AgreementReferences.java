package org.socle.servicedesk.sla;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.servicedesk.calendar.CalendarChoices;
import org.socle.servicedesk.calendar.CalendarChoices.CalendarChoice;
import org.socle.servicedesk.catalogue.ServiceCatalog;
import org.socle.servicedesk.catalogue.ServiceOffering;
import org.socle.servicedesk.catalogue.ServiceStatus;
import org.socle.shared.web.FieldRuleException;

import org.springframework.stereotype.Component;

/**
 * The business calendar and the catalogue service an agreement names: the ones to choose
 * from (active calendars, services not retired), and the check that the ids sent name
 * them. An agreement keeps the archived calendar or retired service it already had.
 */
@Component
class AgreementReferences {

	private final CalendarChoices calendars;

	private final ServiceCatalog catalog;

	AgreementReferences(CalendarChoices calendars, ServiceCatalog catalog) {
		this.calendars = calendars;
		this.catalog = catalog;
	}

	/**
	 * @param existing the agreement being changed, or null for a new one
	 * @throws FieldRuleException on {@code calendarId} or {@code serviceId} when unknown
	 */
	void check(AgreementForm form, Agreement existing) {
		Long calendarId = form.getCalendarId();
		if (calendarId != null && !(existing != null && calendarId.equals(existing.getCalendarId()))
				&& this.calendars.find(calendarId).filter(c -> !c.archived()).isEmpty()) {
			throw FieldRuleException.invalid("calendarId", "UnknownCalendar", calendarId);
		}
		Long serviceId = form.getServiceId();
		if (serviceId != null && !(existing != null && serviceId.equals(existing.getServiceId()))
				&& this.catalog.byIds(Set.of(serviceId))
					.stream()
					.noneMatch(s -> s.getStatus() != ServiceStatus.RETIRED)) {
			throw FieldRuleException.invalid("serviceId", "UnknownService", serviceId);
		}
	}

	/** The active calendars, and the one the agreement has if it is archived. */
	List<CalendarChoice> calendarChoices(Long current) {
		List<CalendarChoice> choices = new ArrayList<>(this.calendars.active());
		if (current != null && choices.stream().noneMatch(c -> c.id().equals(current))) {
			this.calendars.find(current).ifPresent(choices::add);
		}
		return choices;
	}

	/**
	 * The services the account reads that are not retired, and the one the agreement has
	 * if it is.
	 */
	List<ServiceOffering> serviceChoices(Long current) {
		List<ServiceOffering> choices = new ArrayList<>(this.catalog.list(null, null)
			.stream()
			.filter(s -> s.getStatus() != ServiceStatus.RETIRED || Objects.equals(s.getId(), current))
			.toList());
		if (current != null && choices.stream().noneMatch(s -> s.getId().equals(current))) {
			choices.addAll(this.catalog.byIds(Set.of(current)));
		}
		return choices;
	}

	/** The names of services, in the reader's language. */
	Map<Long, String> serviceNames(Collection<Long> ids, Locale locale) {
		return this.catalog.byIds(new HashSet<>(ids.stream().filter(Objects::nonNull).toList()))
			.stream()
			.collect(Collectors.toMap(ServiceOffering::getId, s -> s.name(locale)));
	}

}
