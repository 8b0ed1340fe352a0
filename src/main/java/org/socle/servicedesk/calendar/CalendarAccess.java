package org.socle.servicedesk.calendar;

import java.util.List;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads and who keeps the group's calendars. Calendars belong to the group, not to an
 * establishment: everyone who works tickets (administrators, agents, team leads, in any
 * scope) reads them; group administrators keep them. Default deny.
 */
@Component
class CalendarAccess {

	private static final List<Role> WORKING_ROLES = List.of(Role.ADMINISTRATOR, Role.AGENT, Role.TEAM_LEAD);

	private final CurrentAccess access;

	CalendarAccess(CurrentAccess access) {
		this.access = access;
	}

	void checkReads() {
		AccessScope scope = this.access.scope();
		if (WORKING_ROLES.stream().noneMatch(scope::hasRoleAnywhere)) {
			throw new AccessDeniedException("Does not work tickets");
		}
	}

	boolean keeps() {
		return this.access.scope().hasGroupRole(Role.ADMINISTRATOR);
	}

	void checkKeeps() {
		if (!keeps()) {
			throw new AccessDeniedException("Not a group administrator");
		}
	}

}
