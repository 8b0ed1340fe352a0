package org.socle.inventory.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.shared.web.CsvExport;
import java.util.Arrays;
import org.socle.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The contracts' pages: the list (filters, notices due soon, CSV export), a contract with
 * its covered assets, its form and archiving.
 */
@Controller
@RequestMapping("/inventory/contracts")
class ContractPages {

	static final String VIEWS = "inventory/contracts/";

	private final Contracts contracts;

	private final ContractQueries queries;

	private final Suppliers suppliers;

	private final ContractReminders reminders;

	private final DirectoryApi directory;

	private final MessageSource messages;

	private final CurrentAccess access;

	ContractPages(Contracts contracts, ContractQueries queries, Suppliers suppliers, ContractReminders reminders,
			DirectoryApi directory, MessageSource messages, CurrentAccess access) {
		this.access = access;
		this.contracts = contracts;
		this.queries = queries;
		this.suppliers = suppliers;
		this.reminders = reminders;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping
	String list(@ModelAttribute("filter") ContractFilter filter, Model model) {
		model.addAttribute("rows", this.queries.list(filter));
		model.addAttribute("dueSoon", this.queries.dueSoon());
		model.addAttribute("kinds", ContractKind.values());
		model.addAttribute("supplierChoices", supplierChoices());
		var scope = this.access.scope();
		model.addAttribute("establishments",
				this.directory.establishments().stream().filter(e -> scope.canSee(e.id())).toList());
		model.addAttribute("teamNames", teamNames());
		model.addAttribute("canCreate", !this.contracts.keptTeams().isEmpty());
		return VIEWS + "list";
	}

	@GetMapping("/export.csv")
	void export(@ModelAttribute("filter") ContractFilter filter, HttpServletResponse response) {
		Map<Long, String> teams = teamNames();
		List<String> headers = List
			.of("kind", "reference", "title", "supplier", "establishment", "ownerTeam", "startsOn", "endsOn",
					"noticeOn", "tacitRenewal", "responseHours", "visitsPerYear", "yearlyCost", "assets", "archived")
			.stream()
			.map(h -> this.messages.getMessage("inventory.contracts." + h, null, h, LocaleContextHolder.getLocale()))
			.toList();
		CsvExport.write(response, "contracts.csv", headers, this.queries.list(filter),
				r -> Arrays.asList(r.kind(), r.reference(), r.title(), r.supplierName(),
						this.directory.establishmentName(r.establishmentId()).orElse(null), teams.get(r.ownerTeamId()),
						r.startsOn(), r.endsOn(), r.noticeOn(), r.tacitRenewal(), r.responseHours(), r.visitsPerYear(),
						r.yearlyCost(), r.assetCount(), r.archived()));
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return showForm(model, new ContractForm(), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ContractForm form, BindingResult binding, Model model) {
		Contract saved = FormErrors.attempt(binding, () -> this.contracts.create(form));
		return (saved == null) ? showForm(model, form, null) : "redirect:/inventory/contracts/" + saved.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Contract contract = this.contracts.get(id);
		model.addAttribute("contract", contract);
		model.addAttribute("supplier", this.suppliers.get(contract.getSupplierId()));
		model.addAttribute("keeps", this.contracts.keeps(contract));
		model.addAttribute("establishmentName",
				this.directory.establishmentName(contract.getEstablishmentId()).orElse(null));
		model.addAttribute("teamName", teamNames().get(contract.getOwnerTeamId()));
		model.addAttribute("assets", this.queries.coveredAssets(contract));
		return VIEWS + "detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Contract contract = this.contracts.kept(id);
		return showForm(model, ContractForm.of(contract), contract);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ContractForm form, BindingResult binding,
			Model model) {
		Contract contract = this.contracts.kept(id);
		Contract saved = FormErrors.attempt(binding, () -> this.contracts.update(id, form));
		return (saved == null) ? showForm(model, form, contract) : "redirect:/inventory/contracts/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		this.contracts.kept(id);
		FormErrors.attemptArchive(redirect, () -> this.contracts.archive(id, version, reason));
		return "redirect:/inventory/contracts/" + id;
	}

	@PostMapping("/{id}/assets")
	String cover(@PathVariable long id, @RequestParam(required = false) String inventoryNumber,
			RedirectAttributes redirect) {
		this.contracts.kept(id);
		FormErrors.attemptArchive(redirect, () -> this.contracts.cover(id, null, inventoryNumber));
		return "redirect:/inventory/contracts/" + id;
	}

	@PostMapping("/{id}/assets/{assetId}/remove")
	String uncover(@PathVariable long id, @PathVariable long assetId, RedirectAttributes redirect) {
		this.contracts.uncover(id, assetId);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/inventory/contracts/" + id;
	}

	@PostMapping("/reminders/{reminderId}/handled")
	String handled(@PathVariable long reminderId) {
		this.reminders.handle(reminderId, this.contracts);
		return "redirect:/inventory/contracts";
	}

	private String showForm(Model model, ContractForm form, Contract contract) {
		model.addAttribute("form", form);
		model.addAttribute("contract", contract);
		model.addAttribute("kinds", ContractKind.values());
		model.addAttribute("teams", this.contracts.keptTeams());
		model.addAttribute("establishments",
				this.directory.establishments()
					.stream()
					.filter(e -> this.contracts.keptTeams().stream().anyMatch(t -> t.establishmentId().equals(e.id()))
							|| e.id().equals(form.getEstablishmentId()))
					.toList());
		model.addAttribute("supplierChoices", supplierChoices());
		return VIEWS + "form";
	}

	/** The suppliers to choose from: none for staff, who do not read suppliers. */
	private List<Supplier> supplierChoices() {
		return this.access.scope().worksBeyondThePortal() ? this.suppliers.list(null, false) : List.of();
	}

	private Map<Long, String> teamNames() {
		Map<Long, String> names = new HashMap<>();
		this.directory.teams().forEach(t -> names.put(t.id(), t.name()));
		return names;
	}

}
