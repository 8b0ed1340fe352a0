package org.socle.servicedesk.queue;

import java.util.ArrayList;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socle.servicedesk.queue.BulkCommand.Action;
import org.socle.servicedesk.queue.BulkCommand.TicketAtVersion;
import org.socle.servicedesk.ticket.PendingReason;
import org.socle.servicedesk.ticket.TicketStatus;
import org.socle.shared.web.FieldRuleException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk actions from the queue page: the ticked tickets (each as "id:version", the version
 * shown in the page) and the action. htmx gets the report in place and the queue is drawn
 * again; without htmx the report comes back with the queue after a redirect.
 */
@Controller
class BulkPages {

	static final String QUEUE_CHANGED = "queueChanged";

	private final BulkActions bulk;

	private final MessageSource messages;

	BulkPages(BulkActions bulk, MessageSource messages) {
		this.bulk = bulk;
		this.messages = messages;
	}

	@PostMapping("/servicedesk/queues/bulk")
	String run(@RequestParam(required = false) Action action, @RequestParam(required = false) List<String> tickets,
			@RequestParam(required = false) Long assigneeId, @RequestParam(required = false) TicketStatus to,
			@RequestParam(required = false) PendingReason pendingReason,
			@RequestParam(required = false) String resolutionCode,
			@RequestParam(required = false) String resolutionNote, HtmxRequest htmx, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		BulkReport report = null;
		String error = null;
		try {
			report = this.bulk.run(new BulkCommand(action, parse(tickets), assigneeId, to, pendingReason,
					blankToNull(resolutionCode), blankToNull(resolutionNote)));
		}
		catch (FieldRuleException ex) {
			error = this.messages.getMessage(ex.messageKey(), ex.getArguments(), ex.messageKey(),
					LocaleContextHolder.getLocale());
		}
		if (!htmx.isHtmxRequest()) {
			redirect.addFlashAttribute("bulkReport", report);
			redirect.addFlashAttribute("bulkError", error);
			return "redirect:/servicedesk/queues";
		}
		model.addAttribute("bulkReport", report);
		model.addAttribute("bulkError", error);
		if (report != null && report.done() > 0) {
			response.setHeader("HX-Trigger", QUEUE_CHANGED);
		}
		return "servicedesk/queue/bulk :: bulkResults";
	}

	/** "12:3" is ticket 12 at version 3. */
	private static List<TicketAtVersion> parse(List<String> values) {
		List<TicketAtVersion> parsed = new ArrayList<>();
		for (String value : (values != null) ? values : List.<String>of()) {
			String[] parts = value.split(":");
			try {
				parsed.add(new TicketAtVersion(Long.valueOf(parts[0].strip()),
						(parts.length > 1) ? Long.valueOf(parts[1].strip()) : null));
			}
			catch (NumberFormatException ex) {
				throw FieldRuleException.invalid("tickets", "BulkTicketId");
			}
		}
		return parsed;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
