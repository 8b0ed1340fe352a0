package org.socle.directory.account;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.socle.shared.audit.CurrentUsername;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes the security log; each line is kept even if the surrounding work rolls back. */
@Service
public class SecurityLog {

	private final SecurityEventRepository events;

	private final Clock clock;

	SecurityLog(SecurityEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(SecurityEvent.Type type, String login, String details) {
		this.events.save(
				new SecurityEvent(this.clock.instant(), type, login, CurrentUsername.get(), remoteAddress(), details));
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
