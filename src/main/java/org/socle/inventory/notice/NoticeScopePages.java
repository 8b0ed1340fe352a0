package org.socle.inventory.notice;

import org.socle.shared.web.FieldRuleException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The criteria editor of a notice: values typed one per line (serials, lots, device
 * identifiers, aliases, versions), a model, a serial range, a manufacturing-date range;
 * and "paste a UDI", which reads a GS1 string and fills the editor's fields.
 */
@Controller
@RequestMapping("/inventory/notices")
class NoticeScopePages {

	private final SafetyNotices notices;

	private final NoticeReferentials names;

	NoticeScopePages(SafetyNotices notices, NoticeReferentials names) {
		this.notices = notices;
		this.names = names;
	}

	/**
	 * Adds the criteria, all or none; refused, the editor comes back filled as it was.
	 */
	@PostMapping("/{id}/criteria")
	String add(@PathVariable Long id, ScopeForm form, RedirectAttributes redirect) {
		NoticeRefusal refusal = NoticeRefusal.of(() -> this.notices.addCriteria(id, form.criteria()));
		if (refusal == null) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/inventory/notices/" + id + "#scope";
		}
		redirect.addFlashAttribute("refusal", refusal);
		redirect.addFlashAttribute("scope", form);
		return "redirect:/inventory/notices/" + id + "#criteria-form";
	}

	@PostMapping("/{id}/criteria/{criterionId}/remove")
	String remove(@PathVariable Long id, @PathVariable Long criterionId, RedirectAttributes redirect) {
		NoticeRefusal.attempt(redirect, () -> this.notices.removeCriterion(id, criterionId));
		return "redirect:/inventory/notices/" + id + "#scope";
	}

	/**
	 * Reads a pasted UDI and answers the editor's fields (htmx): what was typed there
	 * stays, the UDI's device identifier, serial and lot are added to their lists, and
	 * the register's model with that device identifier is named.
	 */
	@PostMapping("/udi")
	String udi(@RequestParam(required = false) String udi, @RequestParam(required = false) Long noticeId,
			ScopeForm typed, Model model) {
		model.addAttribute("noticeId", noticeId);
		model.addAttribute("models", this.names.models());
		model.addAttribute("scope", typed);
		try {
			Gs1Udi read = this.notices.parseUdi(udi);
			model.addAttribute("udi", read);
			model.addAttribute("scope", typed.withUdi(read));
			model.addAttribute("udiModel", this.names.modelOfDeviceIdentifier(read.gtin()));
		}
		catch (FieldRuleException ex) {
			model.addAttribute("udiError", ex.messageKey());
			model.addAttribute("udiErrorArguments", ex.getArguments());
		}
		return NoticePages.VIEWS + "detail :: udiFields";
	}

}
