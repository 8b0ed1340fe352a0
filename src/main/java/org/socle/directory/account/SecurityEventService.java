package org.socle.directory.account;

import java.time.Clock;

import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the security log: sign-ins, locks, role and token changes of every account, so a
 * group-wide administrator only.
 */
@Service
public class SecurityEventService {

	private final SecurityEventRepository events;

	private final CurrentAccess access;

	private final Clock clock;

	SecurityEventService(SecurityEventRepository events, CurrentAccess access, Clock clock) {
		this.events = events;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<SecurityEvent> list(SecurityEventFilter filter, Pageable pageable) {
		if (!this.access.scope().hasGroupRole(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("The security log is for group administrators");
		}
		return this.events.findAll(filter.toSpecification(this.clock.getZone()), pageable);
	}

}
