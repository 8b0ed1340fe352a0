package org.socle.directory;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the signed-in account may see and do: its role grants, each resolved to the
 * establishments it reaches. Default deny: an account with no grant sees nothing. Every
 * query that lists business records filters on {@link #visibleEstablishmentIds()} unless
 * {@link #isGroupWide()}.
 */
public final class AccessScope {

	private final Long accountId;

	private final Long personId;

	private final List<Grant> grants;

	public AccessScope(Long accountId, Long personId, List<Grant> grants) {
		this.accountId = accountId;
		this.personId = personId;
		this.grants = List.copyOf(grants);
	}

	public static AccessScope none() {
		return new AccessScope(null, null, List.of());
	}

	public Long accountId() {
		return this.accountId;
	}

	public Long personId() {
		return this.personId;
	}

	public List<Grant> grants() {
		return this.grants;
	}

	/** Whether some grant reaches the whole group (whatever its role). */
	public boolean isGroupWide() {
		return this.grants.stream().anyMatch(g -> g.scopeKind() == ScopeKind.GROUP);
	}

	/** The establishments this account sees; meaningless when {@link #isGroupWide()}. */
	public Set<Long> visibleEstablishmentIds() {
		Set<Long> ids = new HashSet<>();
		this.grants.forEach(g -> ids.add(g.establishmentId()));
		ids.remove(null);
		return ids;
	}

	public boolean canSee(Long establishmentId) {
		return isGroupWide() || visibleEstablishmentIds().contains(establishmentId);
	}

	/**
	 * Whether the account holds the role over the given establishment (or group-wide).
	 */
	public boolean hasRole(Role role, Long establishmentId) {
		return this.grants.stream()
			.anyMatch(g -> g.role() == role
					&& (g.scopeKind() == ScopeKind.GROUP || g.scopeKind() == ScopeKind.ESTABLISHMENT
							&& Objects.equals(establishmentId, g.establishmentId())));
	}

	public boolean hasGroupRole(Role role) {
		return this.grants.stream().anyMatch(g -> g.role() == role && g.scopeKind() == ScopeKind.GROUP);
	}

	public boolean hasRoleAnywhere(Role role) {
		return this.grants.stream().anyMatch(g -> g.role() == role);
	}

	/**
	 * Whether the account does more than raise and follow its own requests (any role but
	 * staff): the menus of the referential and the service desk are for such accounts,
	 * staff only get the portal.
	 */
	public boolean worksBeyondThePortal() {
		return this.grants.stream().anyMatch(g -> g.role() != Role.STAFF);
	}

	/**
	 * Whether the account holds the role for the given team (team grant, or over its
	 * establishment).
	 */
	public boolean hasTeamRole(Role role, Long teamId, Long teamEstablishmentId) {
		return hasRole(role, teamEstablishmentId) || this.grants.stream()
			.anyMatch(g -> g.role() == role && g.scopeKind() == ScopeKind.TEAM && teamId.equals(g.teamId()));
	}

	/**
	 * The establishments where the account holds the role; empty with a group-wide grant.
	 */
	public Collection<Long> establishmentsWithRole(Role role) {
		Set<Long> ids = new HashSet<>();
		this.grants.stream()
			.filter(g -> g.role() == role && g.scopeKind() == ScopeKind.ESTABLISHMENT)
			.forEach(g -> ids.add(g.establishmentId()));
		return ids;
	}

	/**
	 * One role grant. For a team grant, {@code establishmentId} is the team's own
	 * establishment, which the grant lets its holder see.
	 */
	public record Grant(Role role, ScopeKind scopeKind, Long establishmentId, Long teamId) {
	}

}
