package org.socle.servicedesk.mail;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a job's work as the "mail" actor, so that timeline lines and audit columns name
 * it. The authentication carries no Socle account: {@code CurrentAccess.scope()} stays
 * empty, so the work gets no access of any signed-in user; it only goes through the
 * system-side methods made for it. Used on job threads only, never in a request.
 */
public final class SystemActor {

	private SystemActor() {
	}

	public static <T> T run(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(MailSettings.ACTOR, null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
