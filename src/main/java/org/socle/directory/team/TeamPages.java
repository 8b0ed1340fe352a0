package org.socle.directory.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.socle.directory.organisation.Establishment;
import org.socle.shared.audit.HistoryService;
import org.socle.shared.web.CsvExport;
import org.socle.shared.web.FormErrors;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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

/** Pages to list, view, create, edit and archive teams. */
@Controller
@RequestMapping("/directory/teams")
class TeamPages {

	static final Set<String> SORTABLE = Set.of("name", "kind", "establishment.name", "lastModifiedAt");

	static final String VIEWS = "directory/teams/";

	private final TeamService teams;

	private final HistoryService history;

	private final TeamHistory teamHistory;

	TeamPages(TeamService teams, HistoryService history, TeamHistory teamHistory) {
		this.teams = teams;
		this.history = history;
		this.teamHistory = teamHistory;
	}

	@GetMapping
	String list(TeamFilter filter, @PageableDefault(size = 25) Pageable pageable, HtmxRequest htmx, Model model) {
		Page<Team> page = this.teams.list(filter, restrict(pageable));
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", TeamKind.values());
		model.addAttribute("establishments", this.teams.visibleEstablishments());
		model.addAttribute("page", page);
		model.addAttribute("memberCounts", this.teams.memberCounts(page.getContent()));
		model.addAttribute("canCreate", this.teams.canCreate());
		return htmx.isHtmxRequest() ? VIEWS + "list :: results" : VIEWS + "list";
	}

	@GetMapping("/export.csv")
	void export(TeamFilter filter, HttpServletResponse response) {
		Page<Team> rows = this.teams.list(filter, Pageable.unpaged(Sort.by("name")));
		Map<Long, Long> counts = this.teams.memberCounts(rows.getContent());
		CsvExport.write(response, "teams.csv",
				List.of("id", "name", "kind", "establishmentId", "establishment", "email", "description", "members",
						"archived", "archiveReason", "createdAt", "createdBy", "lastModifiedAt", "lastModifiedBy"),
				rows,
				t -> List.of(t.getId(), t.getName(), t.getKind(), t.getEstablishment().getId(),
						t.getEstablishment().getName(), nullToEmpty(t.getEmail()), nullToEmpty(t.getDescription()),
						counts.getOrDefault(t.getId(), 0L), t.isArchived(), nullToEmpty(t.getArchiveReason()),
						t.getCreatedAt(), t.getCreatedBy(), t.getLastModifiedAt(), t.getLastModifiedBy()));
	}

	@GetMapping("/new")
	String newForm(Model model) {
		TeamForm form = new TeamForm();
		form.setKind(TeamKind.IT);
		List<Establishment> choices = this.teams.establishmentsForNewTeams();
		if (choices.size() == 1) {
			form.setEstablishmentId(choices.get(0).getId());
		}
		return showForm(model, form, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") TeamForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Team created = FormErrors.attempt(binding, () -> this.teams.create(form));
		if (created == null) {
			return showForm(model, form, null);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/teams/" + created.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		Team team = this.teams.get(id);
		model.addAttribute("team", team);
		model.addAttribute("memberCount", this.teams.memberCount(team));
		model.addAttribute("canEdit", this.teams.canEdit(team));
		return VIEWS + "detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable Long id, Model model) {
		Team team = this.teams.get(id);
		model.addAttribute("team", team);
		model.addAttribute("history", this.history.historyOf(Team.class, id));
		model.addAttribute("fieldPrefix", "directory.team.");
		model.addAttribute("memberHistory", this.teamHistory.membersOf(id));
		model.addAttribute("memberFieldPrefix", "directory.teamMember.");
		return VIEWS + "history";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Team team = this.teams.get(id);
		return showForm(model, TeamForm.of(team), team);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") TeamForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Team updated = FormErrors.attempt(binding, () -> this.teams.update(id, form));
		if (updated == null) {
			return showForm(model, form, this.teams.get(id));
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/teams/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		FormErrors.attemptArchive(redirect, () -> this.teams.archive(id, version, reason));
		return "redirect:/directory/teams/" + id;
	}

	private String showForm(Model model, TeamForm form, Team existing) {
		model.addAttribute("form", form);
		model.addAttribute("team", existing);
		model.addAttribute("kinds", TeamKind.values());
		model.addAttribute("establishments", establishmentChoices(existing));
		return VIEWS + "form";
	}

	/**
	 * Where the team may be: establishments the user administers, and its current one.
	 */
	private List<Establishment> establishmentChoices(Team existing) {
		List<Establishment> choices = new ArrayList<>(this.teams.establishmentsForNewTeams());
		if (existing != null
				&& choices.stream().noneMatch(e -> e.getId().equals(existing.getEstablishment().getId()))) {
			choices.add(0, existing.getEstablishment());
		}
		return choices;
	}

	static Pageable restrict(Pageable pageable) {
		return Paging.restrict(pageable, SORTABLE, Sort.by("name"));
	}

	private static Object nullToEmpty(Object value) {
		return (value != null) ? value : "";
	}

}
