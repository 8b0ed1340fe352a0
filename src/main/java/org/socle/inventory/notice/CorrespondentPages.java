package org.socle.inventory.notice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The correspondents (CLMV) of the establishments, named by their administrators. */
@Controller
@RequestMapping("/inventory/notices/correspondents")
class CorrespondentPages {

	private final Correspondents correspondents;

	private final NoticeReferentials names;

	CorrespondentPages(Correspondents correspondents, NoticeReferentials names) {
		this.correspondents = correspondents;
		this.names = names;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("rows", this.correspondents.list());
		model.addAttribute("q", q);
		model.addAttribute("people", (q == null || q.isBlank()) ? java.util.List.of() : this.names.searchPeople(q));
		return NoticePages.VIEWS + "correspondents";
	}

	/** Names them; the page comes back with the people search it was posted from. */
	@PostMapping("/{establishmentId}")
	String name(@PathVariable Long establishmentId, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) Long deputyPersonId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String q, RedirectAttributes redirect) {
		this.correspondents.of(establishmentId);
		NoticeRefusal.attempt(redirect,
				() -> this.correspondents.name(establishmentId, personId, deputyPersonId, version));
		if (q != null && !q.isBlank()) {
			redirect.addAttribute("q", q);
		}
		return "redirect:/inventory/notices/correspondents";
	}

}
