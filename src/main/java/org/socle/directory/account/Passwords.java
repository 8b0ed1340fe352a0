package org.socle.directory.account;

import java.util.Locale;

import org.socle.shared.web.FieldRuleException;

/** The password rules: 12 to 200 characters, and not the login itself. */
final class Passwords {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 200;

	private Passwords() {
	}

	/**
	 * @param field the form field the password was typed in, named by the error
	 * @throws FieldRuleException when the password breaks a rule
	 */
	static void check(String field, String password, String login) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			throw FieldRuleException.invalid(field, "Size", MIN_LENGTH, MAX_LENGTH);
		}
		if (login != null && password.strip().toLowerCase(Locale.ROOT).equals(login.strip().toLowerCase(Locale.ROOT))) {
			throw FieldRuleException.invalid(field, "AccountPasswordIsLogin");
		}
	}

}
