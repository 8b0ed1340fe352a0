package org.socle.servicedesk.portal;

import java.util.List;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.socle.servicedesk.link.TicketWatchers;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketActivity;
import org.socle.servicedesk.ticket.TicketFilter;
import org.socle.servicedesk.ticket.TicketService;
import org.socle.servicedesk.ticket.TicketStatus;
import org.socle.servicedesk.ticket.TimelineLine;
import org.socle.servicedesk.ticket.TicketWorkArea;
import org.socle.shared.audit.StaleVersionException;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.FormErrors;
import org.socle.shared.web.Paging;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff portal, made for a phone as much as a desk: what I can ask for, my tickets,
 * and each ticket in plain words with what I can do about it (answer, confirm, reopen).
 * Internal notes never show here, even to an agent reading their own ticket.
 */
@Controller
@RequestMapping("/portal")
class PortalPages {

	private static final String VIEWS = "portal/";

	private final Portal portal;

	private final PortalTopics topics;

	private final TicketService tickets;

	private final TicketActivity activity;

	private final TicketWorkArea workArea;

	private final TicketWatchers watchers;

	PortalPages(Portal portal, PortalTopics topics, TicketService tickets, TicketActivity activity,
			TicketWorkArea workArea, TicketWatchers watchers) {
		this.watchers = watchers;
		this.portal = portal;
		this.topics = topics;
		this.tickets = tickets;
		this.activity = activity;
		this.workArea = workArea;
	}

	@GetMapping
	String home(TicketFilter filter, @PageableDefault(size = 10) Pageable pageable, HtmxRequest htmx, Model model) {
		model.addAttribute("topics", this.topics.offered());
		Pageable page = Paging.restrict(pageable, Set.of("lastModifiedAt"),
				Sort.by(Sort.Direction.DESC, "lastModifiedAt"));
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.tickets.mine(filter, page));
		model.addAttribute("watched", this.watchers.watchedByMe(TicketFilter.none(),
				PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "lastModifiedAt"))));
		return htmx.isHtmxRequest() ? VIEWS + "home :: results" : VIEWS + "home";
	}

	@GetMapping("/new")
	String newRequest(@RequestParam(required = false) Long topic, Model model) {
		PortalRequest request = new PortalRequest();
		request.setTopicId(topic);
		return showForm(model, request);
	}

	@PostMapping("/tickets")
	String raise(@Valid @ModelAttribute("request") PortalRequest request, BindingResult binding, Model model) {
		Ticket created = FormErrors.attempt(binding, () -> this.portal.raise(request));
		if (created == null) {
			return showForm(model, request);
		}
		return "redirect:/portal/tickets/" + created.getId() + "?raised";
	}

	@GetMapping("/tickets/{id}")
	String ticket(@PathVariable Long id, Model model) {
		Ticket ticket = this.tickets.get(id);
		// the work area's model first (sections such as attachments), then the portal's
		// own
		this.workArea.fill(ticket, model);
		List<TimelineLine> publicLines = this.activity.timeline(id)
			.stream()
			.filter(line -> !line.event().isInternal())
			.toList();
		model.addAttribute("ticket", ticket);
		model.addAttribute("timeline", publicLines);
		model.addAttribute("requester", this.tickets.isRequester(ticket));
		model.addAttribute("canReopen", ticket.getStatus() == TicketStatus.RESOLVED);
		model.addAttribute("watching", this.watchers.isWatchedByMe(ticket));
		return VIEWS + "ticket";
	}

	@PostMapping("/tickets/{id}/answer")
	String answer(@PathVariable Long id, @RequestParam(required = false) String body, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.portal.answer(id, body));
	}

	@PostMapping("/tickets/{id}/confirm")
	String confirm(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.portal.confirm(id, version));
	}

	@PostMapping("/tickets/{id}/reopen")
	String reopen(@PathVariable Long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String body, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.portal.reopen(id, version, body));
	}

	@PostMapping("/tickets/{id}/watch")
	String watch(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.watchers.watch(id));
	}

	@PostMapping("/tickets/{id}/unwatch")
	String unwatch(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.watchers.unwatch(id));
	}

	/**
	 * Runs a portal action and comes back to the ticket, with what went wrong if refused.
	 */
	private String act(Long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", true);
		}
		catch (FieldRuleException ex) {
			redirect.addFlashAttribute("actionMessage", this.workArea.message(ex.messageKey(), ex.getArguments()));
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("actionMessage", this.workArea.message("rule.StaleVersion"));
		}
		return "redirect:/portal/tickets/" + id;
	}

	private String showForm(Model model, PortalRequest request) {
		List<PortalTopic> offered = this.topics.offered();
		model.addAttribute("request", request);
		model.addAttribute("topics", offered);
		model.addAttribute("topic",
				offered.stream().filter(t -> t.getId().equals(request.getTopicId())).findFirst().orElse(null));
		model.addAttribute("affectedChoices", PortalRequest.Affected.values());
		model.addAttribute("urgencyChoices", PortalRequest.Urgency.values());
		return VIEWS + "form";
	}

}
