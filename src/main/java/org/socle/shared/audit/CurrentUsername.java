package org.socle.shared.audit;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The name recorded as author of a change: the signed-in login, or "system" for jobs. */
public final class CurrentUsername {

	public static final String SYSTEM = "system";

	private CurrentUsername() {
	}

	public static String get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
