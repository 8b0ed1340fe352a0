package org.socle.servicedesk.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketCommands;
import org.socle.servicedesk.ticket.TicketServiceChange;
import org.socle.shared.web.FieldRuleException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue service of tickets: its name, the services an agent may file a ticket
 * under (those they read that are not retired), and the change itself (the ticket feature
 * checks the ticket, writes the timeline, and the clocks follow).
 */
@Service
class ServiceOfTicket {

	private final ServiceOfferingRepository services;

	private final ServiceAccess access;

	private final TicketServiceChange change;

	ServiceOfTicket(ServiceOfferingRepository services, ServiceAccess access, TicketServiceChange change) {
		this.services = services;
		this.access = access;
		this.change = change;
	}

	/** Files the ticket under the service (null: none), at the version seen. */
	@Transactional
	public Ticket change(Long ticketId, TicketCommands.ServiceChange command, Locale locale) {
		return this.change.change(ticketId, command,
				serviceId -> choosable(serviceId)
					.orElseThrow(() -> FieldRuleException.invalid("serviceId", "UnknownService", serviceId))
					.name(locale));
	}

	/** The services the signed-in agent may file tickets under, by name. */
	@Transactional(readOnly = true)
	public List<ServiceOffering> choices() {
		return this.services.findAllByOrderByNameFrAscIdAsc().stream().filter(this::isChoosable).toList();
	}

	/** The ticket's service, whatever its status, if it has one. */
	@Transactional(readOnly = true)
	public Optional<ServiceOffering> of(Ticket ticket) {
		return (ticket.getServiceId() != null) ? this.services.findById(ticket.getServiceId()) : Optional.empty();
	}

	private Optional<ServiceOffering> choosable(Long serviceId) {
		return this.services.findById(serviceId).filter(this::isChoosable);
	}

	private boolean isChoosable(ServiceOffering service) {
		return service.getStatus() != ServiceStatus.RETIRED && this.access.reads(service.getOwnerTeamId());
	}

}
