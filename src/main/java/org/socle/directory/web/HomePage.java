package org.socle.directory.web;

import java.util.List;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryCounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in home page: what the user's scope holds, with links into each list. */
@Controller
class HomePage {

	private final CurrentAccess access;

	private final DirectoryCounts counts;

	HomePage(CurrentAccess access, DirectoryCounts counts) {
		this.access = access;
		this.counts = counts;
	}

	@GetMapping("/")
	String home(Model model) {
		AccessScope scope = this.access.scope();
		model.addAttribute("noScope", scope.grants().isEmpty());
		model.addAttribute("cards",
				List.of(new Card("nav.establishments", "/directory/establishments", this.counts.establishments(scope)),
						new Card("nav.people", "/directory/people", this.counts.people(scope)),
						new Card("nav.teams", "/directory/teams", this.counts.teams(scope))));
		return "home";
	}

	record Card(String titleKey, String href, long count) {
	}

}
