package org.socle.directory.team;

/** A member's role within a team. */
public enum TeamRole {

	AGENT, LEAD

}
