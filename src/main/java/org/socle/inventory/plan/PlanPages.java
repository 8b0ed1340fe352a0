package org.socle.inventory.plan;

import java.util.List;

import org.socle.shared.web.FormErrors;

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

/** The pages of maintenance plans: the list, the form with its checklist editor. */
@Controller
@RequestMapping("/inventory/plans")
class PlanPages {

	private static final String VIEWS = "inventory/plan/";

	/** Blank checklist rows the form offers beyond the plan's items. */
	private static final int BLANK_TASKS = 3;

	private final Plans plans;

	private final PlanChoices choices;

	private final PlanAccess access;

	PlanPages(Plans plans, PlanChoices choices, PlanAccess access) {
		this.plans = plans;
		this.choices = choices;
		this.access = access;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("plans", this.plans.visible());
		model.addAttribute("canCreate", this.plans.editsSomePlan());
		model.addAttribute("categories", labels(this.choices.categories()));
		model.addAttribute("models", labels(this.choices.models()));
		return VIEWS + "list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long assetId, Model model) {
		this.access.checkReader();
		PlanForm form = new PlanForm();
		form.setRecurrence(Recurrence.ANCHORED);
		form.setPerformer(Performer.INTERNAL_TEAM);
		form.setIntervalMonths(12);
		if (assetId != null) {
			this.access.keptAsset(assetId);
			form.setAssetId(assetId);
		}
		return showForm(model, form, null);
	}

	@PostMapping
	String create(@ModelAttribute("form") PlanForm form, BindingResult binding, Model model) {
		this.access.checkReader();
		MaintenancePlan saved = FormErrors.attempt(binding, () -> this.plans.create(form));
		return (saved == null) ? showForm(model, form, null) : "redirect:/inventory/plans";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		MaintenancePlan plan = this.plans.managed(id);
		return showForm(model, PlanForm.of(plan), plan);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @ModelAttribute("form") PlanForm form, BindingResult binding, Model model) {
		MaintenancePlan plan = this.plans.managed(id);
		MaintenancePlan saved = FormErrors.attempt(binding, () -> this.plans.update(id, form));
		return (saved == null) ? showForm(model, form, plan) : "redirect:/inventory/plans";
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable Long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		this.plans.managed(id);
		FormErrors.attemptArchive(redirect, () -> this.plans.archive(id, reason, version));
		return "redirect:/inventory/plans";
	}

	private String showForm(Model model, PlanForm form, MaintenancePlan plan) {
		model.addAttribute("form", form.withBlankTasks(form.getTasks().size() + BLANK_TASKS));
		model.addAttribute("plan", plan);
		model.addAttribute("types", PlanRules.TYPES.stream().sorted().toList());
		model.addAttribute("recurrences", Recurrence.values());
		model.addAttribute("performers", Performer.values());
		model.addAttribute("meterKinds", MeterKind.values());
		model.addAttribute("categories", this.choices.categories());
		model.addAttribute("models", this.choices.models());
		model.addAttribute("suppliers", this.choices.suppliers());
		model.addAttribute("containable", this.choices.plans((plan != null) ? plan.getId() : null));
		return VIEWS + "form";
	}

	private static java.util.Map<Long, String> labels(List<PlanChoices.Choice> choices) {
		java.util.Map<Long, String> labels = new java.util.HashMap<>();
		choices.forEach(c -> labels.put(c.id(), c.label()));
		return labels;
	}

}
