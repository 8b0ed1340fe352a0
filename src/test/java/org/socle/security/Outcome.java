package org.socle.security;

import org.springframework.test.web.servlet.MvcResult;

/** What a profile must get from an endpoint. */
enum Outcome {

	ALLOWED, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND,
	/**
	 * Refused without telling whether the target exists: a creation that names an
	 * establishment out of scope may be answered as an unknown field value (400),
	 * forbidden (403) or not found (404).
	 */
	REFUSED,
	/** Done, and answered in the page itself (200) rather than by a redirect. */
	SHOWN;

	static Outcome expected(Access access, Profile profile, Side side) {
		if (access == Access.PUBLIC) {
			return ALLOWED;
		}
		if (profile == Profile.ANONYMOUS) {
			return UNAUTHENTICATED;
		}
		return switch (access) {
			case PUBLIC, SIGNED_IN, SCOPED_LIST -> ALLOWED;
			case SCOPED_READ -> profile.sees(side) ? ALLOWED : NOT_FOUND;
			case ESTABLISHMENT_ADMIN ->
				!profile.sees(side) ? NOT_FOUND : profile.administers(side) ? ALLOWED : FORBIDDEN;
			case CREATE_IN_ESTABLISHMENT ->
				profile.administers(side) ? ALLOWED : profile.sees(side) ? FORBIDDEN : REFUSED;
			case ACCOUNT_ADMIN -> profile.administers(side) ? ALLOWED : NOT_FOUND;
			case GROUP_READ -> (profile == Profile.NO_ROLE) ? NOT_FOUND : ALLOWED;
			case OTHERS_RECORD -> NOT_FOUND;
			case GROUP_EDIT ->
				(profile == Profile.GROUP_ADMIN) ? ALLOWED : (profile == Profile.NO_ROLE) ? NOT_FOUND : FORBIDDEN;
			case SIGNED_IN_ANSWERED_IN_PAGE -> SHOWN;
			case OTHERS_IMPORT -> profile.administersSomething() ? NOT_FOUND : FORBIDDEN;
			case CREATE_FORM -> profile.administersSomething() ? ALLOWED : FORBIDDEN;
			case TEAM_MANAGER -> !profile.sees(side) ? NOT_FOUND : profile.managesTeam(side) ? ALLOWED : FORBIDDEN;
			case GROUP_ADMIN -> (profile == Profile.GROUP_ADMIN) ? ALLOWED : FORBIDDEN;
			case WORK_TICKET, SERVICE_REPORT ->
				!profile.sees(side) ? NOT_FOUND : profile.worksTickets(side) ? ALLOWED : FORBIDDEN;
			case RAISE_TICKET -> profile.sees(side) ? ALLOWED : REFUSED;
			case RAISE_ON_PORTAL -> (side == Side.A && profile.sees(side)) ? ALLOWED : REFUSED;
			case DESK_WORKER -> profile.worksTicketsSomewhere() ? ALLOWED : FORBIDDEN;
			case ASSET_READ, ASSET_KEEP -> profile.worksTickets(side) ? ALLOWED : NOT_FOUND;
			case ASSET_KEEP_CREATE -> profile.worksTickets(side) ? ALLOWED : REFUSED;
			case PLAN_EDITOR -> (profile == Profile.GROUP_ADMIN || (profile == Profile.TEAM_LEAD_A && side == Side.A))
					? ALLOWED : FORBIDDEN;
		};
	}

	/**
	 * Whether an HTTP answer is this outcome. A page's form post succeeds with a
	 * redirect; when it is refused for a field, the form comes back (200) with the error
	 * beside the field.
	 */
	boolean matches(MvcResult result, boolean api, String method) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		boolean toLogin = status == 302 && location != null && location.contains("/login");
		boolean pagePost = !api && "POST".equals(method);
		return switch (this) {
			case ALLOWED ->
				pagePost ? (status == 302 && !toLogin) : (status >= 200 && status < 300) || (status == 302 && !toLogin);
			case UNAUTHENTICATED -> api ? status == 401 : toLogin;
			case FORBIDDEN -> status == 403;
			case NOT_FOUND -> status == 404;
			case SHOWN -> status == 200;
			case REFUSED -> status == 400 || status == 403 || status == 404 || (pagePost && status == 200);
		};
	}

}
