package org.socle.directory.team;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user enters to create or edit a team, in a page or through the API. */
public class TeamForm {

	@NotNull
	private Long establishmentId;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private TeamKind kind;

	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 1000)
	private String description;

	/** The version the edit is based on; ignored on creation. */
	private long version;

	public static TeamForm of(Team team) {
		TeamForm form = new TeamForm();
		form.establishmentId = team.getEstablishment().getId();
		form.name = team.getName();
		form.kind = team.getKind();
		form.email = team.getEmail();
		form.description = team.getDescription();
		form.version = team.getVersion();
		return form;
	}

	void applyTo(Team team) {
		team.setName(normalisedName());
		team.setKind(this.kind);
		team.setEmail(blankToNull(this.email));
		team.setDescription(blankToNull(this.description));
	}

	String normalisedName() {
		return this.name.strip();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public void setEstablishmentId(Long establishmentId) {
		this.establishmentId = establishmentId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public TeamKind getKind() {
		return this.kind;
	}

	public void setKind(TeamKind kind) {
		this.kind = kind;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
