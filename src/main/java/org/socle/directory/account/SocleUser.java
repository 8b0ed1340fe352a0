package org.socle.directory.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in principal. Roles are not frozen here: the access scope is read from the
 * database on each request, so a revoked role takes effect at once.
 */
public final class SocleUser implements UserDetails, CredentialsContainer {

	private final Long accountId;

	private final Long personId;

	private final String login;

	private final String displayName;

	private final String locale;

	private final boolean enabled;

	private final boolean locked;

	private String passwordHash;

	SocleUser(UserAccount account, boolean locked) {
		this.accountId = account.getId();
		this.personId = account.getPerson().getId();
		this.login = account.getLogin();
		this.displayName = account.getPerson().label();
		this.locale = account.getLocale();
		this.enabled = account.isEnabled();
		this.locked = locked;
		this.passwordHash = account.getPasswordHash();
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getLocale() {
		return this.locale;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.login;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
