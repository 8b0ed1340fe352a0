package org.socle.servicedesk.catalogue;

import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.socle.servicedesk.ticket.TicketCommands;
import org.socle.servicedesk.ticket.TicketWorkArea;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agent's change of a ticket's catalogue service, from the ticket page (htmx). */
@Controller
class TicketServicePages {

	private final ServiceOfTicket services;

	private final TicketWorkArea workArea;

	TicketServicePages(ServiceOfTicket services, TicketWorkArea workArea) {
		this.services = services;
		this.workArea = workArea;
	}

	@PostMapping("/servicedesk/tickets/{id}/service")
	String change(@PathVariable Long id, @RequestParam(required = false) Long serviceId,
			@RequestParam(required = false) Long version, HtmxRequest htmx, Model model, RedirectAttributes redirect,
			Locale locale) {
		return this.workArea.act(id, htmx, model, redirect,
				() -> this.services.change(id, new TicketCommands.ServiceChange(serviceId, version), locale));
	}

}
