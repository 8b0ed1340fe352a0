package org.socle.directory.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.directory.AccessScope;
import org.socle.directory.Role;
import org.socle.directory.ScopeKind;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.shared.audit.AuditedEntity;
import org.socle.shared.audit.HasLabel;

/**
 * A role an account holds within a scope: the whole group, one establishment or one team.
 */
@Entity
@Table(name = "dir_role_grant")
@Audited
public class RoleGrant extends AuditedEntity implements HasLabel {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private UserAccount account;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Enumerated(EnumType.STRING)
	private ScopeKind scopeKind;

	@ManyToOne(fetch = FetchType.LAZY)
	private Establishment establishment;

	@ManyToOne(fetch = FetchType.LAZY)
	private Team team;

	protected RoleGrant() {
	}

	private RoleGrant(UserAccount account, Role role, ScopeKind scopeKind, Establishment establishment, Team team) {
		this.account = account;
		this.role = role;
		this.scopeKind = scopeKind;
		this.establishment = establishment;
		this.team = team;
	}

	public static RoleGrant groupWide(UserAccount account, Role role) {
		return new RoleGrant(account, role, ScopeKind.GROUP, null, null);
	}

	public static RoleGrant forEstablishment(UserAccount account, Role role, Establishment establishment) {
		return new RoleGrant(account, role, ScopeKind.ESTABLISHMENT, establishment, null);
	}

	public static RoleGrant forTeam(UserAccount account, Role role, Team team) {
		return new RoleGrant(account, role, ScopeKind.TEAM, null, team);
	}

	/**
	 * The grant as the access rules read it; a team grant reaches the team's
	 * establishment.
	 */
	public AccessScope.Grant toScopeGrant() {
		return switch (this.scopeKind) {
			case GROUP -> new AccessScope.Grant(this.role, ScopeKind.GROUP, null, null);
			case ESTABLISHMENT ->
				new AccessScope.Grant(this.role, ScopeKind.ESTABLISHMENT, this.establishment.getId(), null);
			case TEAM -> new AccessScope.Grant(this.role, ScopeKind.TEAM, this.team.getEstablishment().getId(),
					this.team.getId());
		};
	}

	@Override
	public String label() {
		return switch (this.scopeKind) {
			case GROUP -> this.role.name();
			case ESTABLISHMENT -> this.role + " @ " + this.establishment.label();
			case TEAM -> this.role + " @ " + this.team.label();
		};
	}

	public UserAccount getAccount() {
		return this.account;
	}

	public Role getRole() {
		return this.role;
	}

	public ScopeKind getScopeKind() {
		return this.scopeKind;
	}

	public Establishment getEstablishment() {
		return this.establishment;
	}

	public Team getTeam() {
		return this.team;
	}

}
