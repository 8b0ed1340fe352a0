package org.socle.directory.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A signed-in user's change of their own password: the current one proves it is them. */
public class PasswordChangeForm {

	@NotBlank
	private String currentPassword;

	@NotNull
	@Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH)
	private String newPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

}
