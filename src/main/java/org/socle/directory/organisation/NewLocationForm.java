package org.socle.directory.organisation;

import jakarta.validation.constraints.NotNull;

/**
 * A new location of a site: its kind and parent (none for a building) besides its name
 * and code.
 */
public class NewLocationForm extends LocationForm {

	private Long parentId;

	@NotNull
	private LocationKind kind;

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public LocationKind getKind() {
		return this.kind;
	}

	public void setKind(LocationKind kind) {
		this.kind = kind;
	}

}
