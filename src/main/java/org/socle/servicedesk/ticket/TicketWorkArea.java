package org.socle.servicedesk.ticket;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.socle.shared.audit.StaleVersionException;
import org.socle.shared.web.FieldRuleException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work area of the ticket page: what it shows, and how an action taken from it
 * answers. Every feature's page actions go through {@link #act} so that a refusal is told
 * the same way everywhere.
 */
@Component
public class TicketWorkArea {

	static final String VIEW = "servicedesk/tickets/detail";

	private final TicketService tickets;

	private final TicketActivity activity;

	private final DeskDirectory directory;

	private final List<TicketPageSection> sections;

	private final MessageSource messages;

	TicketWorkArea(TicketService tickets, TicketActivity activity, DeskDirectory directory,
			List<TicketPageSection> sections, MessageSource messages) {
		this.tickets = tickets;
		this.activity = activity;
		this.directory = directory;
		this.sections = sections;
		this.messages = messages;
	}

	/**
	 * Runs an action on ticket {@code id}; a refused one is told in the work area (htmx)
	 * or in the page after the redirect. Access refusals (403, 404) go through as they
	 * are.
	 * @return the view to render
	 */
	public String act(Long id, HtmxRequest htmx, Model model, RedirectAttributes redirect, Supplier<?> action) {
		String error = null;
		try {
			action.get();
		}
		catch (FieldRuleException ex) {
			error = message(ex.messageKey(), ex.getArguments());
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			error = message("rule.StaleVersion");
		}
		if (!htmx.isHtmxRequest()) {
			redirect.addFlashAttribute("actionMessage", error);
			return "redirect:/servicedesk/tickets/" + id;
		}
		model.addAttribute("actionMessage", error);
		fill(this.tickets.get(id), model);
		return VIEW + " :: work";
	}

	/** Puts in the model what the ticket page shows of this ticket. */
	public void fill(Ticket ticket, Model model) {
		boolean agent = this.tickets.canWork(ticket);
		model.addAttribute("ticket", ticket);
		model.addAttribute("canWork", agent);
		model.addAttribute("timeline", this.activity.timeline(ticket.getId()));
		model.addAttribute("names", this.directory.names());
		model.addAttribute("nextStatuses", ticket.getStatus().next());
		model.addAttribute("pendingReasons", PendingReason.values());
		model.addAttribute("teams", agent ? this.directory.visibleTeams() : List.of());
		this.sections.forEach(section -> section.contribute(ticket, agent, model));
	}

	/** A message in the request's language, statuses shown by their label. */
	public String message(String key, Object... args) {
		Object[] shown = Arrays.stream(args).map(a -> (a instanceof TicketStatus s) ? label(s) : a).toArray();
		return this.messages.getMessage(key, shown, key, LocaleContextHolder.getLocale());
	}

	private String label(TicketStatus status) {
		return this.messages.getMessage("servicedesk.ticket.status." + status, null, status.name(),
				LocaleContextHolder.getLocale());
	}

}
