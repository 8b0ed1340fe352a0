package org.socle.servicedesk.ticket;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.socle.directory.CurrentAccess;
import org.socle.shared.audit.StaleVersionException;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The agent's ticket pages: opening a ticket for someone, and the ticket page whose
 * actions (htmx) answer with the refreshed work area; without htmx they redirect back.
 */
@Controller
@RequestMapping("/servicedesk/tickets")
class TicketPages {

	private static final String VIEWS = "servicedesk/tickets/";

	private final TicketService tickets;

	private final TicketWorkflow workflow;

	private final TicketActivity activity;

	private final DeskDirectory directory;

	private final CurrentAccess access;

	private final TicketWorkArea workArea;

	TicketPages(TicketService tickets, TicketWorkflow workflow, TicketActivity activity, DeskDirectory directory,
			CurrentAccess access, TicketWorkArea workArea) {
		this.tickets = tickets;
		this.workflow = workflow;
		this.activity = activity;
		this.directory = directory;
		this.access = access;
		this.workArea = workArea;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		TicketForm form = new TicketForm();
		form.setType(TicketType.INCIDENT);
		form.setChannel(Channel.PHONE);
		form.setImpact(2);
		form.setUrgency(2);
		return showForm(model, form);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") TicketForm form, BindingResult binding, Model model) {
		Ticket created = FormErrors.attempt(binding, () -> this.tickets.create(form));
		if (created == null) {
			return showForm(model, form);
		}
		return "redirect:/servicedesk/tickets/" + created.getId();
	}

	/** The people whose name contains the text, as the requester's options (htmx). */
	@GetMapping("/people")
	String people(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("people", this.directory.searchPeople(q));
		return VIEWS + "form :: requesterOptions";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		this.workArea.fill(this.tickets.get(id), model);
		return VIEWS + "detail";
	}

	@PostMapping("/{id}/assign-to-me")
	String assignToMe(@PathVariable Long id, @RequestParam(required = false) Long version, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect,
				() -> this.tickets.assign(id, new TicketCommands.Assignment(this.access.scope().personId(), version)));
	}

	@PostMapping("/{id}/status")
	String status(@PathVariable Long id, @RequestParam(required = false) TicketStatus to,
			@RequestParam(required = false) PendingReason pendingReason,
			@RequestParam(required = false) String resolutionCode,
			@RequestParam(required = false) String resolutionNote, @RequestParam(required = false) Long version,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect, () -> {
			if (to == null) {
				throw FieldRuleException.invalid("to", "DeskStatusRequired");
			}
			return this.workflow.transition(id,
					new TicketCommands.Transition(to, pendingReason, resolutionCode, resolutionNote, version));
		});
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable Long id, @RequestParam(required = false) String body,
			@RequestParam(defaultValue = "false") boolean internal, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect, () -> {
			if (body == null || body.isBlank() || body.length() > 20000) {
				throw FieldRuleException.invalid("body", "DeskCommentBody");
			}
			return this.activity.comment(id, new TicketCommands.NewComment(body, internal));
		});
	}

	@PostMapping("/{id}/transfer")
	String transfer(@PathVariable Long id, @RequestParam(required = false) Long teamId,
			@RequestParam(required = false) Long version, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect,
				() -> this.tickets.transfer(id, new TicketCommands.Transfer(teamId, version)));
	}

	@PostMapping("/{id}/time")
	String logTime(@PathVariable Long id, @RequestParam(required = false) Integer minutes, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		return this.workArea.act(id, htmx, model, redirect, () -> {
			if (minutes == null || minutes < 1 || minutes > 1440) {
				throw FieldRuleException.invalid("minutes", "DeskMinutes");
			}
			return this.activity.logTime(id, new TicketCommands.NewTimeEntry(minutes, null, null));
		});
	}

	private String showForm(Model model, TicketForm form) {
		model.addAttribute("form", form);
		model.addAttribute("types", Arrays.stream(TicketType.values()).filter(TicketType::isOpenable).toList());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("teams", this.directory.workedTeams());
		model.addAttribute("levels", List.of(1, 2, 3));
		model.addAttribute("names", this.directory.names());
		return VIEWS + "form";
	}

}
