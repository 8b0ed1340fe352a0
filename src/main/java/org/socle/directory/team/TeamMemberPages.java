package org.socle.directory.team;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.socle.directory.people.Person;
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

/**
 * The Members tab of a team: htmx requests get the refreshed members fragment, plain
 * requests the whole page (Post/Redirect/Get when the change succeeded).
 */
@Controller
@RequestMapping("/directory/teams/{id}/members")
class TeamMemberPages {

	private static final String PAGE = TeamPages.VIEWS + "members";

	private static final String FRAGMENT = PAGE + " :: members";

	private final TeamService teams;

	private final TeamMemberService members;

	TeamMemberPages(TeamService teams, TeamMemberService members) {
		this.teams = teams;
		this.members = members;
	}

	@GetMapping
	String members(@PathVariable Long id, HtmxRequest htmx, Model model) {
		model.addAttribute("memberForm", new MemberForm());
		return show(id, htmx, model);
	}

	@GetMapping("/candidates")
	String candidates(@PathVariable Long id, @RequestParam(required = false) String q, Model model) {
		List<Person> candidates = this.members.candidates(id, q);
		if (q != null && !q.isBlank()) {
			model.addAttribute("candidates", candidates);
		}
		return PAGE + " :: candidates";
	}

	@PostMapping
	String add(@PathVariable Long id, @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult binding,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		TeamMember added = FormErrors.attempt(binding, () -> this.members.add(id, form));
		return (added != null) ? done(id, htmx, model, redirect) : show(id, htmx, model);
	}

	@PostMapping("/{memberId}")
	String changeRole(@PathVariable Long id, @PathVariable Long memberId,
			@Valid @ModelAttribute("roleForm") MemberRoleForm form, BindingResult binding, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		TeamMember changed = FormErrors.attempt(binding, () -> this.members.changeRole(id, memberId, form));
		if (changed != null) {
			return done(id, htmx, model, redirect);
		}
		model.addAttribute("memberError", binding.getAllErrors().get(0).getCode());
		return members(id, htmx, model);
	}

	@PostMapping("/{memberId}/remove")
	String remove(@PathVariable Long id, @PathVariable Long memberId, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		this.members.remove(id, memberId);
		return done(id, htmx, model, redirect);
	}

	/** After a change: htmx gets the refreshed fragment, a plain form post a redirect. */
	private String done(Long id, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		if (!htmx.isHtmxRequest()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/directory/teams/" + id + "/members";
		}
		model.addAttribute("saved", true);
		return members(id, htmx, model);
	}

	private String show(Long id, HtmxRequest htmx, Model model) {
		Team team = this.teams.get(id);
		model.addAttribute("team", team);
		model.addAttribute("members", this.members.list(id));
		model.addAttribute("canManage", this.members.canManage(team));
		model.addAttribute("roles", TeamRole.values());
		return htmx.isHtmxRequest() ? FRAGMENT : PAGE;
	}

}
