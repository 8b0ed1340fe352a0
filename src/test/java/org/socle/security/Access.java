package org.socle.security;

/**
 * The access rule an endpoint follows; the matrix derives each profile's expected answer
 * from it.
 */
enum Access {

	/** Anyone, signed in or not. */
	PUBLIC,
	/** Any signed-in account, about its own things (profile, tokens). */
	SIGNED_IN,
	/** A list: every signed-in account gets it, holding only rows of its scope. */
	SCOPED_LIST,
	/** One record: 404 outside the scope. */
	SCOPED_READ,
	/**
	 * A change to a record (or a creation in an establishment): administrators of its
	 * establishment.
	 */
	ESTABLISHMENT_ADMIN,
	/**
	 * A creation in an establishment: refused (403) to those who administer nothing, "not
	 * found" for an establishment out of scope, allowed to administrators of the
	 * establishment.
	 */
	CREATE_IN_ESTABLISHMENT,
	/**
	 * An account and its roles: administrators of the person's establishment only;
	 * others: 404.
	 */
	ACCOUNT_ADMIN,
	/** The hospital group: any account with a role reads it. */
	GROUP_READ,
	/** Someone else's own thing (token, import job): 404 to everyone. */
	OTHERS_RECORD,
	/**
	 * Confirming someone else's import: 404 to those who may import, 403 to the others.
	 */
	OTHERS_IMPORT,
	/** A creation form: shown to those who administer something, 403 to others. */
	CREATE_FORM,
	/**
	 * Team membership: administrators of the team's establishment and the team's leads.
	 */
	TEAM_MANAGER,
	/** Group-wide administrators only. */
	GROUP_ADMIN,
	/**
	 * The hospital group's edition: group-wide administrators; 404 to accounts without
	 * any role.
	 */
	GROUP_EDIT,
	/**
	 * Any signed-in account; the answer is shown in the page itself (a token's secret,
	 * shown once).
	 */
	SIGNED_IN_ANSWERED_IN_PAGE,
	/**
	 * Working a ticket: administrators, agents and team leads over its establishment or
	 * its team; 403 to others who see it, 404 to those who do not.
	 */
	WORK_TICKET,
	/**
	 * Raising a ticket of an establishment: any account that sees it; refused otherwise.
	 */
	RAISE_TICKET,
	/**
	 * Raising a ticket on the portal through a topic of an establishment: offered only to
	 * people of that establishment (A for every profile); refused otherwise.
	 */
	RAISE_ON_PORTAL,
	/**
	 * A group-wide record read by everyone who works tickets somewhere (administrators,
	 * agents, team leads); 403 to others.
	 */
	DESK_WORKER,
	/**
	 * A service report of a team (or an establishment): its readers, administrators over
	 * it and the team's agents and leads; 403 to others who see it, 404 to those who do
	 * not. Readers' figures count only the tickets they work.
	 */
	SERVICE_REPORT,
	/**
	 * An inventory record (asset, or a contract under the same rule) of team T of the
	 * side: read by working roles over its establishment or its team; 404 to the others.
	 */
	ASSET_READ,
	/**
	 * A change to an inventory record of team T of the side: its team's agents and leads
	 * and administrators over its establishment (for the matrix's profiles, exactly those
	 * who read it); 404 to the others.
	 */
	ASSET_KEEP,
	/**
	 * Creating an inventory record for team T of the side: its keepers; refused (403 or
	 * 404) to the others.
	 */
	ASSET_KEEP_CREATE,
	/**
	 * A maintenance plan of a category: group administrators and the leads of a team that
	 * owns assets of the category (team T's lead on side A); 403 to others.
	 */
	PLAN_EDITOR

}
