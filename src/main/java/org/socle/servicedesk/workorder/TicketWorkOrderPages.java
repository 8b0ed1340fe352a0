package org.socle.servicedesk.workorder;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.socle.servicedesk.ticket.TicketWorkArea;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ticket page's door to a corrective work order on the ticket's asset (the API's
 * service, {@link TicketWorkOrders}); a refusal is told in the work area.
 */
@Controller
@RequestMapping("/servicedesk/tickets/{id}/work-orders")
class TicketWorkOrderPages {

	private final TicketWorkOrders workOrders;

	private final TicketWorkArea workArea;

	TicketWorkOrderPages(TicketWorkOrders workOrders, TicketWorkArea workArea) {
		this.workOrders = workOrders;
		this.workArea = workArea;
	}

	@PostMapping
	String open(@PathVariable Long id, @RequestParam(required = false) String title, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect, () -> this.workOrders.open(id, null, title));
	}

}
