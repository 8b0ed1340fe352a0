package org.socle.directory.account;

import java.util.List;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.socle.shared.audit.HistoryService;
import org.socle.shared.web.CsvExport;
import org.socle.shared.web.FormErrors;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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

/** Pages to list, view, open and edit accounts; their History tab. */
@Controller
@RequestMapping("/directory/accounts")
class AccountPages {

	static final Set<String> SORTABLE = Set.of("login", "person.lastName", "enabled", "lastSignInAt", "lastModifiedAt");

	static final String VIEWS = "directory/accounts/";

	private static final int CANDIDATES = 50;

	private final AccountService accounts;

	private final RoleGrantService grants;

	private final RoleGrantHistory grantHistory;

	private final HistoryService history;

	AccountPages(AccountService accounts, RoleGrantService grants, RoleGrantHistory grantHistory,
			HistoryService history) {
		this.accounts = accounts;
		this.grants = grants;
		this.grantHistory = grantHistory;
		this.history = history;
	}

	@GetMapping
	String list(AccountFilter filter, @PageableDefault(size = 25) Pageable pageable, HtmxRequest htmx, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("establishments", this.grants.grantableEstablishments());
		model.addAttribute("page", this.accounts.list(filter, restrict(pageable)));
		model.addAttribute("canCreate", this.accounts.canCreate());
		return htmx.isHtmxRequest() ? VIEWS + "list :: results" : VIEWS + "list";
	}

	@GetMapping("/export.csv")
	void export(AccountFilter filter, HttpServletResponse response) {
		CsvExport.write(response, "accounts.csv",
				List.of("id", "login", "person", "establishment", "locale", "enabled", "locked", "lockedUntil",
						"lastSignInAt", "createdAt", "createdBy", "lastModifiedAt", "lastModifiedBy"),
				this.accounts.list(filter, Pageable.unpaged(Sort.by("login"))),
				a -> List.of(a.getId(), a.getLogin(), a.getPerson().label(), a.getPerson().getEstablishment().label(),
						a.getLocale(), a.isEnabled(), this.accounts.isLocked(a), orEmpty(a.getLockedUntil()),
						orEmpty(a.getLastSignInAt()), a.getCreatedAt(), a.getCreatedBy(), a.getLastModifiedAt(),
						a.getLastModifiedBy()));
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long personId, Model model) {
		if (!this.accounts.canCreate()) {
			throw new AccessDeniedException("Not an administrator of any establishment");
		}
		AccountForm form = new AccountForm();
		form.setPersonId(personId);
		return showForm(model, form);
	}

	/**
	 * The people a new account may be for, filtered by name (htmx, as select options).
	 */
	@GetMapping("/new/people")
	String candidates(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("candidates", this.accounts.candidates(q, null, CANDIDATES));
		model.addAttribute("selected", null);
		return VIEWS + "form :: personOptions";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		UserAccount created = FormErrors.attempt(binding, () -> this.accounts.create(form));
		if (created == null) {
			form.setPassword(null);
			return showForm(model, form);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/accounts/" + created.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return detailView(this.accounts, id, model);
	}

	/** The Details tab, also shown again when a password reset is refused. */
	static String detailView(AccountService accounts, Long id, Model model) {
		UserAccount account = accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("locked", accounts.isLocked(account));
		return VIEWS + "detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable Long id, Model model) {
		UserAccount account = this.accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("history", this.history.historyOf(UserAccount.class, id));
		model.addAttribute("grantHistory", this.grantHistory.of(id));
		model.addAttribute("fieldPrefix", "directory.account.");
		return VIEWS + "history";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		UserAccount account = this.accounts.get(id);
		return showEditForm(model, AccountEditForm.of(account), account);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AccountEditForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		UserAccount updated = FormErrors.attempt(binding, () -> this.accounts.update(id, form));
		if (updated == null) {
			return showEditForm(model, form, this.accounts.get(id));
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/accounts/" + id;
	}

	private String showForm(Model model, AccountForm form) {
		model.addAttribute("form", form);
		model.addAttribute("candidates", this.accounts.candidates(null, form.getPersonId(), CANDIDATES));
		model.addAttribute("selected", form.getPersonId());
		model.addAttribute("locales", AccountEditForm.LOCALE_CHOICES);
		return VIEWS + "form";
	}

	private String showEditForm(Model model, AccountEditForm form, UserAccount account) {
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		model.addAttribute("locales", AccountEditForm.LOCALE_CHOICES);
		return VIEWS + "edit";
	}

	static Pageable restrict(Pageable pageable) {
		return Paging.restrict(pageable, SORTABLE, Sort.by("login"));
	}

	private static Object orEmpty(Object value) {
		return (value != null) ? value : "";
	}

}
