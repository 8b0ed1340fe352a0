package org.socle.directory.account;

import java.time.Instant;

import jakarta.validation.Valid;
import org.socle.shared.web.PageView;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of accounts. A password hash is never shown. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountApi {

	private final AccountService accounts;

	AccountApi(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	PageView<AccountView> list(AccountFilter filter, @PageableDefault(size = 25) Pageable pageable) {
		return PageView.of(this.accounts.list(filter, AccountPages.restrict(pageable)), this::view);
	}

	@GetMapping("/{id}")
	AccountView get(@PathVariable Long id) {
		return view(this.accounts.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	AccountView create(@Valid @RequestBody AccountForm form) {
		return view(this.accounts.create(form));
	}

	@PutMapping("/{id}")
	AccountView update(@PathVariable Long id, @Valid @RequestBody AccountEditForm form) {
		return view(this.accounts.update(id, form));
	}

	@PostMapping("/{id}/unlock")
	AccountView unlock(@PathVariable Long id) {
		return view(this.accounts.unlock(id));
	}

	@PostMapping("/{id}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetPassword(@PathVariable Long id, @Valid @RequestBody PasswordForm form) {
		this.accounts.resetPassword(id, form.getPassword());
	}

	private AccountView view(UserAccount a) {
		return AccountView.of(a, this.accounts.isLocked(a));
	}

	/** An account as the API shows it: no password hash, ever. */
	record AccountView(Long id, String login, Long personId, String personName, Long establishmentId,
			String establishmentName, String locale, boolean enabled, boolean locked, Instant lockedUntil,
			Instant lastSignInAt, long version, Instant createdAt, String createdBy, Instant lastModifiedAt,
			String lastModifiedBy) {

		static AccountView of(UserAccount a, boolean locked) {
			return new AccountView(a.getId(), a.getLogin(), a.getPerson().getId(), a.getPerson().label(),
					a.getPerson().getEstablishment().getId(), a.getPerson().getEstablishment().label(), a.getLocale(),
					a.isEnabled(), locked, locked ? a.getLockedUntil() : null, a.getLastSignInAt(), a.getVersion(),
					a.getCreatedAt(), a.getCreatedBy(), a.getLastModifiedAt(), a.getLastModifiedBy());
		}
	}

}
