package org.socle.directory.account;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins, locks an account after too many, and writes the security log.
 */
@Component
class SignInEventsListener {

	private final UserAccountRepository accounts;

	private final SecurityLog log;

	private final Clock clock;

	private final Duration lockDuration;

	SignInEventsListener(UserAccountRepository accounts, SecurityLog log, Clock clock,
			@Value("${socle.security.lock-duration:PT15M}") Duration lockDuration) {
		this.accounts = accounts;
		this.log = log;
		this.clock = clock;
		this.lockDuration = lockDuration;
	}

	@EventListener
	@Transactional
	public void onSuccess(InteractiveAuthenticationSuccessEvent event) {
		String login = event.getAuthentication().getName();
		this.accounts.recordSignIn(login, this.clock.instant());
		this.log.record(SecurityEvent.Type.SIGN_IN, login, null);
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String login = String.valueOf(event.getAuthentication().getPrincipal());
		this.log.record(SecurityEvent.Type.SIGN_IN_FAILED, login, event.getException().getClass().getSimpleName());
		if (event instanceof AuthenticationFailureBadCredentialsEvent && this.accounts.countFailedSignIn(login) > 0
				&& this.accounts.failedAttempts(login).orElse(0) >= UserAccount.MAX_FAILED_ATTEMPTS) {
			this.accounts.lock(login, this.clock.instant().plus(this.lockDuration));
			this.log.record(SecurityEvent.Type.ACCOUNT_LOCKED, login, null);
		}
	}

}
