package org.socle.directory.organisation;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user enters to create or edit a site, in a page or through the API.
 */
public class SiteForm {

	static final String DEFAULT_COUNTRY = "FR";

	@NotNull
	private Long establishmentId;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 300)
	private String street;

	@Size(max = 10)
	private String postalCode;

	@Size(max = 100)
	private String city;

	/** ISO 3166 two-letter code; blank means France. */
	@Pattern(regexp = "\\s*([A-Za-z]{2})?\\s*")
	private String country = DEFAULT_COUNTRY;

	/** The version the edit is based on; ignored on creation. */
	private long version;

	public static SiteForm of(Site site) {
		SiteForm form = new SiteForm();
		form.establishmentId = site.getEstablishment().getId();
		form.name = site.getName();
		form.street = site.getStreet();
		form.postalCode = site.getPostalCode();
		form.city = site.getCity();
		form.country = site.getCountry();
		form.version = site.getVersion();
		return form;
	}

	void applyTo(Site site, Establishment establishment) {
		site.setEstablishment(establishment);
		site.setName(this.name.strip());
		site.setStreet(blankToNull(this.street));
		site.setPostalCode(blankToNull(this.postalCode));
		site.setCity(blankToNull(this.city));
		site.setCountry(normalisedCountry());
	}

	String normalisedCountry() {
		String code = blankToNull(this.country);
		return (code != null) ? code.toUpperCase(Locale.ROOT) : DEFAULT_COUNTRY;
	}

	static String blankToNull(String text) {
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

	public String getStreet() {
		return this.street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
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
