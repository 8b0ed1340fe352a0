package org.socle.directory;

import jakarta.servlet.http.HttpServletRequest;
import org.socle.directory.account.RoleGrant;
import org.socle.directory.account.RoleGrantRepository;
import org.socle.directory.account.SocleUser;
import org.socle.directory.account.UserAccountRepository;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The access scope of the signed-in account, read from its role grants once per request
 * (so a revoked role takes effect at the next request). Outside a request with a
 * signed-in user, or once the account is disabled (even in a session opened before): no
 * scope.
 */
@Component
public class CurrentAccess {

	private static final String ATTRIBUTE = CurrentAccess.class.getName();

	private final RoleGrantRepository grants;

	private final UserAccountRepository accounts;

	CurrentAccess(RoleGrantRepository grants, UserAccountRepository accounts) {
		this.grants = grants;
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public AccessScope scope() {
		HttpServletRequest request = currentRequest();
		if (request != null && request.getAttribute(ATTRIBUTE) instanceof AccessScope cached) {
			return cached;
		}
		AccessScope scope = load();
		if (request != null) {
			request.setAttribute(ATTRIBUTE, scope);
		}
		return scope;
	}

	private AccessScope load() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SocleUser user)
				|| !this.accounts.existsByIdAndEnabledTrue(user.getAccountId())) {
			return AccessScope.none();
		}
		return new AccessScope(user.getAccountId(), user.getPersonId(),
				this.grants.findByAccountId(user.getAccountId()).stream().map(RoleGrant::toScopeGrant).toList());
	}

	private static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
