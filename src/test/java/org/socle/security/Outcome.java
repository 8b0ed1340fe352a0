package org.socle.security;

import org.springframework.test.web.servlet.MvcResult;

/** What a profile must get from an endpoint. */
enum Outcome {

	ALLOWED, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND;

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
			case CREATE_IN_ESTABLISHMENT -> !profile.administersSomething() ? FORBIDDEN
					: !profile.sees(side) ? NOT_FOUND : profile.administers(side) ? ALLOWED : FORBIDDEN;
			case TEAM_MANAGER -> !profile.sees(side) ? NOT_FOUND : profile.managesTeam(side) ? ALLOWED : FORBIDDEN;
			case GROUP_ADMIN -> (profile == Profile.GROUP_ADMIN) ? ALLOWED : FORBIDDEN;
		};
	}

	/** Whether an HTTP answer (API or page) is this outcome. */
	boolean matches(MvcResult result, boolean api) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		boolean toLogin = status == 302 && location != null && location.contains("/login");
		return switch (this) {
			case ALLOWED -> (status >= 200 && status < 300) || (status == 302 && !toLogin);
			case UNAUTHENTICATED -> api ? status == 401 : toLogin;
			case FORBIDDEN -> status == 403;
			case NOT_FOUND -> status == 404;
		};
	}

}
