package org.socle.directory;

/** What an account may do, always within a scope (group, establishments or teams). */
public enum Role {

	ADMINISTRATOR, AGENT, TEAM_LEAD, PMO, QUALITY_MANAGER, STAFF

}
