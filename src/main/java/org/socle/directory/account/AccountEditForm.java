package org.socle.directory.account;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** What an administrator changes on an existing account, in a page or through the API. */
public class AccountEditForm {

	/** The interface languages an account may choose. */
	static final String LOCALES = "fr|en";

	static final List<String> LOCALE_CHOICES = List.of("fr", "en");

	@NotBlank
	@Pattern(regexp = LOCALES)
	private String locale;

	@NotNull
	private Boolean enabled;

	/** The version the edit is based on. */
	private long version;

	public static AccountEditForm of(UserAccount account) {
		AccountEditForm form = new AccountEditForm();
		form.locale = account.getLocale();
		form.enabled = account.isEnabled();
		form.version = account.getVersion();
		return form;
	}

	public String getLocale() {
		return this.locale;
	}

	public void setLocale(String locale) {
		this.locale = locale;
	}

	public Boolean getEnabled() {
		return this.enabled;
	}

	public void setEnabled(Boolean enabled) {
		this.enabled = enabled;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
