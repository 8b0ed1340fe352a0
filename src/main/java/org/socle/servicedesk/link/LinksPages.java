package org.socle.servicedesk.link;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.socle.servicedesk.ticket.DeskDirectory;
import org.socle.servicedesk.ticket.TicketCommands;
import org.socle.servicedesk.ticket.TicketPriority;
import org.socle.servicedesk.ticket.TicketWorkArea;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ticket page's actions on tags, watchers, links and priority (htmx, re-drawing the
 * work area; without htmx they redirect back to the ticket).
 */
@Controller
@RequestMapping("/servicedesk/tickets/{id}")
class LinksPages {

	private final TicketWorkArea workArea;

	private final TicketTags tags;

	private final TicketWatchers watchers;

	private final TicketLinks links;

	private final TicketPriority priority;

	private final TicketWork work;

	private final DeskDirectory directory;

	LinksPages(TicketWorkArea workArea, TicketTags tags, TicketWatchers watchers, TicketLinks links,
			TicketPriority priority, TicketWork work, DeskDirectory directory) {
		this.workArea = workArea;
		this.tags = tags;
		this.watchers = watchers;
		this.links = links;
		this.priority = priority;
		this.work = work;
		this.directory = directory;
	}

	@PostMapping("/tags")
	String tag(@PathVariable Long id, @RequestParam(required = false) String tag, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect, () -> this.tags.add(id, tag));
	}

	@PostMapping("/tags/remove")
	String untag(@PathVariable Long id, @RequestParam(required = false) String tag, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect, () -> {
			this.tags.remove(id, tag);
			return null;
		});
	}

	@PostMapping("/watch")
	String watch(@PathVariable Long id, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect, () -> {
			this.watchers.watch(id);
			return null;
		});
	}

	@PostMapping("/unwatch")
	String unwatch(@PathVariable Long id, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect, () -> {
			this.watchers.unwatch(id);
			return null;
		});
	}

	/** People of the agent's scope whose name contains the text, as options (htmx). */
	@GetMapping("/watchers/candidates")
	String candidates(@PathVariable Long id, @RequestParam(required = false) String q, Model model) {
		this.work.worked(id);
		model.addAttribute("people", this.directory.searchPeople(q));
		return "servicedesk/links/section :: watcherOptions";
	}

	@PostMapping("/watchers")
	String addWatcher(@PathVariable Long id, @RequestParam(required = false) Long personId, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect, () -> {
			this.watchers.add(id, personId);
			return null;
		});
	}

	@PostMapping("/watchers/{personId}/remove")
	String removeWatcher(@PathVariable Long id, @PathVariable Long personId, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect, () -> {
			this.watchers.remove(id, personId);
			return null;
		});
	}

	@PostMapping("/links")
	String link(@PathVariable Long id, @RequestParam(required = false) LinkKind kind,
			@RequestParam(required = false) String number,
			@RequestParam(defaultValue = "false") boolean cancelDuplicate, @RequestParam(required = false) Long version,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect, () -> {
			this.work.worked(id);
			try {
				return this.links.add(id, new LinkCommands.NewLink(kind, number, cancelDuplicate, version));
			}
			catch (RecordNotFoundException ex) {
				// the typed number names no ticket the agent sees: said beside the field
				throw FieldRuleException.invalid("number", "LinkTicketNotFound", number);
			}
		});
	}

	@PostMapping("/links/remove")
	String unlink(@PathVariable Long id, @RequestParam(required = false) LinkKind kind,
			@RequestParam(required = false) String number, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect, () -> {
			this.links.remove(id, kind, number);
			return null;
		});
	}

	@PostMapping("/priority")
	String priority(@PathVariable Long id, @RequestParam(required = false) Integer impact,
			@RequestParam(required = false) Integer urgency, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Long version, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect, () -> {
			if (reason != null && reason.length() > 500) {
				throw FieldRuleException.invalid("reason", "Size", 0, 500);
			}
			return this.priority.change(id, new TicketCommands.PriorityChange(impact, urgency, reason, version));
		});
	}

}
