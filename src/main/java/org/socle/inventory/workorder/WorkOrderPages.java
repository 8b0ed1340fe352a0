package org.socle.inventory.workorder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.shared.audit.StaleVersionException;
import org.socle.shared.web.CsvExport;
import org.socle.shared.web.FieldRuleException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work-order pages: the scoped list with its filters and CSV export, and a work
 * order's page where its keepers record the work, measures, parts, verdict and downtime,
 * and move it along. Each action redirects back; a refused one comes back with the rule
 * broken, in words.
 */
@Controller
@RequestMapping("/inventory/work-orders")
class WorkOrderPages {

	private final WorkOrderService service;

	private final WorkOrderQueries queries;

	private final Nonconformities nonconformities;

	private final DirectoryApi directory;

	private final CurrentAccess access;

	private final MessageSource messages;

	private final Clock clock;

	private final ReaderChoices choices;

	WorkOrderPages(WorkOrderService service, WorkOrderQueries queries, Nonconformities nonconformities,
			DirectoryApi directory, CurrentAccess access, MessageSource messages, Clock clock, ReaderChoices choices) {
		this.choices = choices;
		this.service = service;
		this.queries = queries;
		this.nonconformities = nonconformities;
		this.directory = directory;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@ModelAttribute("filter") WorkOrderFilter filter, Model model) {
		model.addAttribute("rows", this.queries.list(filter, WorkOrderQueries.MAX_ROWS));
		model.addAttribute("types", WorkOrderType.values());
		model.addAttribute("statuses", WorkOrderStatus.values());
		model.addAttribute("teams", this.choices.teams());
		model.addAttribute("establishments", this.choices.establishments());
		model.addAttribute("max", WorkOrderQueries.MAX_ROWS);
		return "inventory/work-orders/list";
	}

	@GetMapping("/export.csv")
	void csv(@ModelAttribute("filter") WorkOrderFilter filter, HttpServletResponse response) {
		CsvExport.write(response, "ordres-de-travail.csv",
				java.util.List.of("number", "type", "status", "title", "due_on", "asset", "asset_status", "team_id",
						"establishment_id", "completed_at", "conformity", "overdue", "blocked"),
				this.queries.list(filter, WorkOrderQueries.MAX_ROWS),
				r -> java.util.List.of(r.number(), r.type(), r.status(), r.title(),
						(r.dueOn() != null) ? r.dueOn() : "", r.assetNumber(), r.assetStatus(), r.teamId(),
						r.establishmentId(), (r.completedAt() != null) ? r.completedAt() : "",
						(r.conformity() != null) ? r.conformity() : "", r.overdue(), r.blocked()));
	}

	@GetMapping("/{id}")
	String page(@PathVariable long id, Model model) {
		WorkOrderDetail detail = this.service.detail(id);
		model.addAttribute("detail", detail);
		model.addAttribute("order", detail.workOrder());
		model.addAttribute("statuses", WorkOrderStatus.values());
		model.addAttribute("conformities", Conformity.values());
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("people", new PeopleNames(this.directory));
		return "inventory/work-orders/page";
	}

	@PostMapping("/{id}/transitions")
	String transition(@PathVariable long id, @RequestParam WorkOrderStatus to,
			@RequestParam(required = false) String note, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.service.transition(id, new WorkCommands.Transition(to, note, version)));
	}

	@PostMapping("/{id}/work-records")
	String record(@PathVariable long id, @RequestParam(defaultValue = "false") boolean me,
			@RequestParam(required = false) String technicianName, @RequestParam(required = false) String employer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startedAt,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endedAt,
			@RequestParam(required = false) Integer minutes, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		Long person = me ? this.access.scope().personId() : null;
		return act(id, redirect, () -> this.service.addRecord(id, new WorkCommands.NewWorkRecord(person, technicianName,
				employer, instant(startedAt), instant(endedAt), minutes, note)));
	}

	@PostMapping("/{id}/parts")
	String part(@PathVariable long id, @RequestParam String reference,
			@RequestParam(required = false) String description, @RequestParam BigDecimal quantity,
			RedirectAttributes redirect) {
		return act(id, redirect,
				() -> this.service.addPart(id, new WorkCommands.NewPart(reference, description, quantity)));
	}

	@PostMapping("/{id}/checks")
	String check(@PathVariable long id, @RequestParam String label, @RequestParam(required = false) String unit,
			@RequestParam(required = false) BigDecimal lowerLimit,
			@RequestParam(required = false) BigDecimal upperLimit, RedirectAttributes redirect) {
		return act(id, redirect,
				() -> this.service.addCheck(id, new WorkCommands.NewCheckLine(label, unit, lowerLimit, upperLimit)));
	}

	@PostMapping("/{id}/checks/{lineId}")
	String measure(@PathVariable long id, @PathVariable long lineId,
			@RequestParam(required = false) BigDecimal measuredValue, @RequestParam(required = false) Boolean passed,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return act(id, redirect,
				() -> this.service.measure(id, lineId, new WorkCommands.Measure(measuredValue, passed, comment)));
	}

	@PostMapping("/{id}/result")
	String result(@PathVariable long id, @RequestParam(required = false) Conformity conformity,
			@RequestParam(required = false) String closingNote, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return act(id, redirect,
				() -> this.service.result(id, new WorkCommands.Result(conformity, closingNote, version)));
	}

	@PostMapping("/{id}/downtime")
	String downtime(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime downSince,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime backInService,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.service.downtime(id,
				new WorkCommands.Downtime(instant(downSince), instant(backInService), version)));
	}

	@PostMapping("/{id}/nonconformities/{nonconformityId}/restart")
	String restart(@PathVariable long id, @PathVariable long nonconformityId, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			this.service.checkWorks(id);
			Nonconformity nonconformity = this.nonconformities.get(nonconformityId);
			if (!nonconformity.getWorkOrderId().equals(id)) {
				throw FieldRuleException.invalid("restartedAt", "WorkOrderUnknownLine", nonconformityId);
			}
			return this.nonconformities.restart(nonconformityId, null);
		});
	}

	private String act(long id, RedirectAttributes redirect, Supplier<Object> action) {
		try {
			action.get();
		}
		catch (FieldRuleException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage(ex.messageKey(), ex.getArguments(),
					ex.getRule(), LocaleContextHolder.getLocale()));
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error",
					this.messages.getMessage("rule.StaleVersion", null, LocaleContextHolder.getLocale()));
		}
		return "redirect:/inventory/work-orders/" + id;
	}

	private Instant instant(LocalDateTime local) {
		return (local != null) ? local.atZone(this.clock.getZone()).toInstant() : null;
	}

	/** Names of the people who worked, for the page. */
	record PeopleNames(DirectoryApi directory) {

		public String of(Long personId) {
			return (personId == null) ? ""
					: this.directory.person(personId).map(DirectoryApi.PersonRef::label).orElse("#" + personId);
		}

	}

}
