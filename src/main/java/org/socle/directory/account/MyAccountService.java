package org.socle.directory.account;

import java.time.Duration;
import java.util.List;

import org.socle.directory.CurrentAccess;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in user does to their own account: change their password, manage their
 * personal API tokens.
 */
@Service
public class MyAccountService {

	private final UserAccountRepository accounts;

	private final ApiTokenService tokens;

	private final PasswordEncoder passwords;

	private final SecurityLog log;

	private final CurrentAccess access;

	MyAccountService(UserAccountRepository accounts, ApiTokenService tokens, PasswordEncoder passwords, SecurityLog log,
			CurrentAccess access) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.log = log;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public List<ApiToken> tokens() {
		return this.tokens.listFor(accountId());
	}

	/** Creates a token; the secret in the result is shown once and never again. */
	@Transactional
	public ApiTokenService.CreatedToken createToken(TokenForm form) {
		Integer days = form.getValidityDays();
		return this.tokens.create(accountId(), form.getName(), (days != null) ? Duration.ofDays(days) : null);
	}

	/** Revokes one of my tokens; another account's token is "not found". */
	@Transactional
	public void revokeToken(Long tokenId) {
		this.tokens.revoke(accountId(), tokenId);
	}

	@Transactional
	public void changePassword(PasswordChangeForm form) {
		Long id = accountId();
		UserAccount account = this.accounts.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("UserAccount", id));
		if (form.getCurrentPassword() == null
				|| !this.passwords.matches(form.getCurrentPassword(), account.getPasswordHash())) {
			throw FieldRuleException.invalid("currentPassword", "AccountWrongPassword");
		}
		Passwords.check("newPassword", form.getNewPassword(), account.getLogin());
		account.setPasswordHash(this.passwords.encode(form.getNewPassword()));
		this.accounts.saveAndFlush(account);
		this.log.record(SecurityEvent.Type.PASSWORD_CHANGED, account.getLogin(), "self");
	}

	private Long accountId() {
		Long id = this.access.scope().accountId();
		if (id == null) {
			throw new AccessDeniedException("No signed-in account");
		}
		return id;
	}

}
