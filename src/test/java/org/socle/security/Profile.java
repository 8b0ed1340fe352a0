package org.socle.security;

/**
 * The kinds of people the authorization matrix signs in as. "A" is the establishment
 * whose records each profile may be scoped to; "B" is another establishment of the group.
 */
enum Profile {

	ANONYMOUS, NO_ROLE, STAFF_A, AGENT_TEAM_A, TEAM_LEAD_A, ADMIN_A, GROUP_STAFF, GROUP_ADMIN;

	/** Whether the profile sees the records of the given side. */
	boolean sees(Side side) {
		return switch (this) {
			case ANONYMOUS, NO_ROLE -> false;
			case GROUP_STAFF, GROUP_ADMIN -> true;
			default -> side == Side.A;
		};
	}

	/** Whether the profile administers the records of the given side. */
	boolean administers(Side side) {
		return this == GROUP_ADMIN || (this == ADMIN_A && side == Side.A);
	}

	boolean administersSomething() {
		return this == GROUP_ADMIN || this == ADMIN_A;
	}

	/** Whether the profile manages the members of team T (of establishment A). */
	boolean managesTeam(Side side) {
		return administers(side) || (this == TEAM_LEAD_A && side == Side.A);
	}

	/**
	 * Whether the profile works tickets of the given side (of team T for side A): an
	 * administrator, agent or team lead over the establishment or the team.
	 */
	boolean worksTickets(Side side) {
		return administers(side) || (side == Side.A && (this == AGENT_TEAM_A || this == TEAM_LEAD_A));
	}

	/** Whether the profile works tickets anywhere (administrator, agent or team lead). */
	boolean worksTicketsSomewhere() {
		return this == GROUP_ADMIN || this == ADMIN_A || this == AGENT_TEAM_A || this == TEAM_LEAD_A;
	}

}
