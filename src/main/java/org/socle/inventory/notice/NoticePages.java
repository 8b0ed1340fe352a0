package org.socle.inventory.notice;

import jakarta.validation.Valid;
import org.socle.shared.web.FormErrors;

import org.springframework.security.access.AccessDeniedException;
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
 * The safety notices' pages: the list, the form, a notice with its scope, matches and
 * completion per establishment; matching and closing.
 */
@Controller
@RequestMapping("/inventory/notices")
class NoticePages {

	static final String VIEWS = "inventory/notices/";

	private final SafetyNotices notices;

	private final AffectedAssets affected;

	private final NoticeReferentials names;

	NoticePages(SafetyNotices notices, AffectedAssets affected, NoticeReferentials names) {
		this.notices = notices;
		this.affected = affected;
		this.names = names;
	}

	@GetMapping
	String list(@RequestParam(required = false) NoticeStatus status, Model model) {
		model.addAttribute("notices", this.notices.list(status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", NoticeStatus.values());
		model.addAttribute("canCreate", this.notices.recordsSomewhere());
		return VIEWS + "list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		if (!this.notices.recordsSomewhere()) {
			throw new AccessDeniedException("Records no notice");
		}
		return showForm(model, this.notices.newForm(), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NoticeForm form, BindingResult binding, Model model) {
		SafetyNotice saved = FormErrors.attempt(binding, () -> this.notices.create(form));
		return (saved == null) ? showForm(model, form, null) : "redirect:/inventory/notices/" + saved.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean toDo, Model model) {
		SafetyNotice notice = this.notices.get(id);
		model.addAttribute("notice", notice);
		model.addAttribute("handles", this.notices.handles(notice));
		model.addAttribute("criteria", this.notices.criteria(id));
		model.addAttribute("affected", this.affected.of(id, toDo));
		model.addAttribute("completion", this.affected.completion(id));
		model.addAttribute("toDo", toDo);
		model.addAttribute("establishments", this.names.establishmentNames());
		model.addAttribute("clmv", this.names.correspondentNames());
		model.addAttribute("models", this.names.models());
		model.addAttribute("manufacturer", (notice.getManufacturerId() != null)
				? this.names.manufacturers().get(notice.getManufacturerId()) : notice.getManufacturerName());
		model.addAttribute("correspondent", this.names.person(notice.getCorrespondentPersonId()));
		model.addAttribute("kinds", CriterionKind.values());
		model.addAttribute("actions", ActionStatus.values());
		model.addAttribute("udi", null);
		return VIEWS + "detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		SafetyNotice notice = this.notices.get(id);
		if (!this.notices.handles(notice)) {
			throw new AccessDeniedException("Does not handle notice " + id);
		}
		return showForm(model, NoticeForm.of(notice), notice);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") NoticeForm form, BindingResult binding,
			Model model) {
		SafetyNotice notice = this.notices.get(id);
		SafetyNotice saved = FormErrors.attempt(binding, () -> this.notices.update(id, form));
		return (saved == null) ? showForm(model, form, notice) : "redirect:/inventory/notices/" + id;
	}

	@PostMapping("/{id}/match")
	String match(@PathVariable Long id, RedirectAttributes redirect) {
		NoticeRefusal.attempt(redirect, () -> redirect.addFlashAttribute("matched", this.notices.match(id)));
		return "redirect:/inventory/notices/" + id;
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable Long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String note, @RequestParam(defaultValue = "false") boolean force,
			RedirectAttributes redirect) {
		NoticeRefusal.attempt(redirect, () -> this.notices.close(id, version, note, force));
		return "redirect:/inventory/notices/" + id;
	}

	private String showForm(Model model, NoticeForm form, SafetyNotice notice) {
		model.addAttribute("form", form);
		model.addAttribute("notice", notice);
		model.addAttribute("sources", NoticeSource.values());
		model.addAttribute("establishments", this.names.establishmentNames());
		model.addAttribute("manufacturers", this.names.manufacturers());
		return VIEWS + "form";
	}

}
