package org.socle.servicedesk.category;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The way in to the category trees: the teams the account sees, those it keeps first. */
@Controller
class CategoryTeamsPage {

	private final CategoryAccess access;

	CategoryTeamsPage(CategoryAccess access) {
		this.access = access;
	}

	@GetMapping("/servicedesk/categories")
	String teams(Model model) {
		model.addAttribute("teams",
				this.access.teams().stream().sorted((a, b) -> Boolean.compare(b.managed(), a.managed())).toList());
		return "servicedesk/category/teams";
	}

}
