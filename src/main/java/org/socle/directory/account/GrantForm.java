package org.socle.directory.account;

import jakarta.validation.constraints.NotNull;
import org.socle.directory.Role;
import org.socle.directory.ScopeKind;

/**
 * A role to grant within a scope: the group, one establishment (establishmentId) or one
 * team (teamId).
 */
public class GrantForm {

	@NotNull
	private Role role;

	@NotNull
	private ScopeKind scopeKind;

	private Long establishmentId;

	private Long teamId;

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public ScopeKind getScopeKind() {
		return this.scopeKind;
	}

	public void setScopeKind(ScopeKind scopeKind) {
		this.scopeKind = scopeKind;
	}

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public void setEstablishmentId(Long establishmentId) {
		this.establishmentId = establishmentId;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

}
