package org.socle.servicedesk.portal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.directory.Role;
import org.socle.servicedesk.ticket.TicketType;
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

/** Administrators' pages for the portal's choices. */
@Controller
@RequestMapping("/servicedesk/portal-topics")
class PortalTopicPages {

	private static final String VIEWS = "servicedesk/topics/";

	private final PortalTopics topics;

	private final DirectoryApi directory;

	private final CurrentAccess access;

	PortalTopicPages(PortalTopics topics, DirectoryApi directory, CurrentAccess access) {
		this.topics = topics;
		this.directory = directory;
		this.access = access;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("topics", this.topics.manageable());
		model.addAttribute("canCreate", this.topics.mayManageAny());
		model.addAttribute("teamNames", teamNames());
		return VIEWS + "list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		if (!this.topics.mayManageAny()) {
			throw new AccessDeniedException("Not an administrator");
		}
		PortalTopicForm form = new PortalTopicForm();
		form.setType(TicketType.INCIDENT);
		form.setIcon("question-circle");
		form.setPosition(100);
		return showForm(model, form, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") PortalTopicForm form, BindingResult binding, Model model) {
		PortalTopic saved = FormErrors.attempt(binding, () -> this.topics.create(form));
		return (saved == null) ? showForm(model, form, null) : "redirect:/servicedesk/portal-topics";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		PortalTopic topic = this.topics.get(id);
		return showForm(model, PortalTopicForm.of(topic), topic);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") PortalTopicForm form, BindingResult binding,
			Model model) {
		PortalTopic topic = this.topics.get(id);
		PortalTopic saved = FormErrors.attempt(binding, () -> this.topics.update(id, form));
		return (saved == null) ? showForm(model, form, topic) : "redirect:/servicedesk/portal-topics";
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable Long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		FormErrors.attemptArchive(redirect, () -> this.topics.archive(id, reason));
		return "redirect:/servicedesk/portal-topics";
	}

	private String showForm(Model model, PortalTopicForm form, PortalTopic topic) {
		AccessScope scope = this.access.scope();
		model.addAttribute("form", form);
		model.addAttribute("topic", topic);
		model.addAttribute("types", Arrays.stream(TicketType.values()).filter(TicketType::isOpenable).toList());
		model.addAttribute("teams", this.directory.teams());
		model.addAttribute("groupAdmin", scope.hasGroupRole(Role.ADMINISTRATOR));
		model.addAttribute("establishments",
				this.directory.establishments()
					.stream()
					.filter(e -> scope.hasRole(Role.ADMINISTRATOR, e.id()))
					.toList());
		return VIEWS + "form";
	}

	private Map<Long, String> teamNames() {
		Map<Long, String> names = new HashMap<>();
		List<DirectoryApi.TeamRef> teams = this.directory.teams();
		teams.forEach(t -> names.put(t.id(), t.name()));
		return names;
	}

}
