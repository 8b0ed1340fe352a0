package org.socle.directory.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a user edits on a location, in a page or through the API: its name and code (its
 * place in the tree does not change).
 */
public class LocationForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 50)
	private String code;

	/** The version the edit is based on; ignored on creation. */
	private long version;

	public static LocationForm of(Location location) {
		LocationForm form = new LocationForm();
		form.name = location.getName();
		form.code = location.getCode();
		form.version = location.getVersion();
		return form;
	}

	void applyTo(Location location) {
		location.setName(this.name.strip());
		location.setCode(SiteForm.blankToNull(this.code));
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
