package org.socle.directory.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password an administrator sets for an account (reset). */
public class PasswordForm {

	@NotNull
	@Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH)
	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
