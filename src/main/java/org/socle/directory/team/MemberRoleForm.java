package org.socle.directory.team;

import jakarta.validation.constraints.NotNull;

/** Changes a member's role, based on the version of the membership the user saw. */
public class MemberRoleForm {

	@NotNull
	private TeamRole role;

	private long version;

	public TeamRole getRole() {
		return this.role;
	}

	public void setRole(TeamRole role) {
		this.role = role;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
