package org.socle.directory.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters to open an account for a person, in a page or through the
 * API.
 */
public class AccountForm {

	@NotNull
	private Long personId;

	@NotBlank
	@Size(max = 100)
	@Pattern(regexp = "[A-Za-z0-9._@-]*")
	private String login;

	/** The initial password, never stored as such (only its adaptive hash). */
	@NotNull
	@Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH)
	private String password;

	@NotBlank
	@Pattern(regexp = AccountEditForm.LOCALES)
	private String locale = "fr";

	private boolean enabled = true;

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public String getLogin() {
		return this.login;
	}

	public void setLogin(String login) {
		this.login = login;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getLocale() {
		return this.locale;
	}

	public void setLocale(String locale) {
		this.locale = locale;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
