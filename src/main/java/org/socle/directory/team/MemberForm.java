package org.socle.directory.team;

import jakarta.validation.constraints.NotNull;

/** Adds a person to a team with a role, from the team page or through the API. */
public class MemberForm {

	@NotNull
	private Long personId;

	@NotNull
	private TeamRole role;

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public TeamRole getRole() {
		return this.role;
	}

	public void setRole(TeamRole role) {
		this.role = role;
	}

}
