package org.socle.directory.organisation;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a group administrator enters to edit the hospital group, in a page or the API. */
public class HospitalGroupForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 50)
	private String shortName;

	/** ISO 3166-1 alpha-2 country code, e.g. FR or CA. */
	@NotBlank
	@Pattern(regexp = "\\s*[A-Za-z]{2}\\s*")
	private String country;

	/** The version the edit is based on. */
	private long version;

	public static HospitalGroupForm of(HospitalGroup group) {
		HospitalGroupForm form = new HospitalGroupForm();
		form.name = group.getName();
		form.shortName = group.getShortName();
		form.country = group.getCountry();
		form.version = group.getVersion();
		return form;
	}

	void applyTo(HospitalGroup group) {
		group.setName(this.name.strip());
		group.setShortName(this.shortName.strip());
		group.setCountry(this.country.strip().toUpperCase(Locale.ROOT));
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
