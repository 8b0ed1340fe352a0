package org.socle.inventory.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
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

	@PostMapping("/{id}/criteria")
	String add(@PathVariable Long id, ScopeForm form, RedirectAttributes redirect) {
		FormErrors.attemptArchive(redirect, () -> this.notices.addCriteria(id, form.criteria()));
		return "redirect:/inventory/notices/" + id + "#scope";
	}

	@PostMapping("/{id}/criteria/{criterionId}/remove")
	String remove(@PathVariable Long id, @PathVariable Long criterionId, RedirectAttributes redirect) {
		FormErrors.attemptArchive(redirect, () -> this.notices.removeCriterion(id, criterionId));
		return "redirect:/inventory/notices/" + id + "#scope";
	}

	/** Reads a pasted UDI and answers the editor's fields, filled (htmx). */
	@PostMapping("/udi")
	String udi(@RequestParam(required = false) String udi, @RequestParam(required = false) Long noticeId, Model model) {
		model.addAttribute("noticeId", noticeId);
		model.addAttribute("models", this.names.models());
		try {
			model.addAttribute("udi", this.notices.parseUdi(udi));
		}
		catch (FieldRuleException ex) {
			model.addAttribute("udiError", ex.messageKey());
			model.addAttribute("udiErrorArguments", ex.getArguments());
		}
		return NoticePages.VIEWS + "detail :: udiFields";
	}

	/** What the editor posts: each list one value per line. */
	record ScopeForm(Long modelId, String aliases, String deviceIdentifiers, String serials, String rangeFrom,
			String rangeTo, String lots, String softwareVersions,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate manufacturedFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate manufacturedTo) {

		List<CriterionForm> criteria() {
			List<CriterionForm> criteria = new ArrayList<>();
			if (this.modelId != null) {
				criteria.add(new CriterionForm(CriterionKind.MODEL, this.modelId, null, null, null, null));
			}
			lines(criteria, CriterionKind.ALIAS, this.aliases);
			lines(criteria, CriterionKind.DEVICE_IDENTIFIER, this.deviceIdentifiers);
			lines(criteria, CriterionKind.SERIAL, this.serials);
			lines(criteria, CriterionKind.LOT, this.lots);
			lines(criteria, CriterionKind.SOFTWARE_VERSION, this.softwareVersions);
			if (notBlank(this.rangeFrom) || notBlank(this.rangeTo)) {
				criteria
					.add(new CriterionForm(CriterionKind.SERIAL_RANGE, null, this.rangeFrom, this.rangeTo, null, null));
			}
			if (this.manufacturedFrom != null || this.manufacturedTo != null) {
				criteria.add(new CriterionForm(CriterionKind.MANUFACTURED_BETWEEN, null, null, null,
						this.manufacturedFrom, this.manufacturedTo));
			}
			return criteria;
		}

		private static void lines(List<CriterionForm> criteria, CriterionKind kind, String text) {
			if (text != null) {
				text.lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty())
					.distinct()
					.forEach(line -> criteria.add(new CriterionForm(kind, null, line, null, null, null)));
			}
		}

		private static boolean notBlank(String text) {
			return text != null && !text.isBlank();
		}

	}

}
