package org.socle.servicedesk.queue;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.socle.shared.web.FieldRuleException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account's saved queue views: quick links drawn in the queue page (htmx) or as a
 * page of their own; saving takes the queue page's current filters.
 */
@Controller
@RequestMapping("/servicedesk/saved-filters")
class SavedFilterPages {

	private static final String VIEW = "servicedesk/queue/saved-filters";

	private final SavedFilterService filters;

	private final MessageSource messages;

	SavedFilterPages(SavedFilterService filters, MessageSource messages) {
		this.filters = filters;
		this.messages = messages;
	}

	@GetMapping
	String list(HtmxRequest htmx, Model model) {
		return show(htmx, model, null);
	}

	/** Saves the queue view whose filters come with the name. */
	@PostMapping
	String save(@RequestParam(required = false) String name, @RequestParam MultiValueMap<String, String> params,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		String error = null;
		String query = "";
		try {
			query = QueueQuery.of(params);
			this.filters.save(name, query);
		}
		catch (FieldRuleException ex) {
			error = this.messages.getMessage(ex.messageKey(), ex.getArguments(), ex.messageKey(),
					LocaleContextHolder.getLocale());
		}
		if (htmx.isHtmxRequest()) {
			return show(htmx, model, error);
		}
		redirect.addFlashAttribute("filterMessage", error);
		return "redirect:/servicedesk/queues" + (query.isEmpty() ? "" : "?" + query);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, HtmxRequest htmx, Model model) {
		this.filters.delete(id);
		return htmx.isHtmxRequest() ? show(htmx, model, null) : "redirect:/servicedesk/saved-filters";
	}

	private String show(HtmxRequest htmx, Model model, String error) {
		model.addAttribute("savedFilters", this.filters.mine());
		model.addAttribute("filterMessage", error);
		model.addAttribute("inQueue", htmx.isHtmxRequest());
		return htmx.isHtmxRequest() ? VIEW + " :: panel" : VIEW;
	}

}
