package org.socle.directory.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.socle.directory.ValidFiness;

/**
 * What a user enters to create or edit an establishment, in a page or through the API.
 */
public class EstablishmentForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 50)
	private String shortName;

	@NotNull
	private EstablishmentKind kind;

	@NotBlank
	@ValidFiness
	private String legalFiness;

	@NotBlank
	@ValidFiness
	private String geographicFiness;

	private boolean support;

	/** The version the edit is based on; ignored on creation. */
	private long version;

	public static EstablishmentForm of(Establishment e) {
		EstablishmentForm form = new EstablishmentForm();
		form.name = e.getName();
		form.shortName = e.getShortName();
		form.kind = e.getKind();
		form.legalFiness = e.getLegalFiness();
		form.geographicFiness = e.getGeographicFiness();
		form.support = e.isSupport();
		form.version = e.getVersion();
		return form;
	}

	void applyTo(Establishment e) {
		e.setName(this.name.strip());
		e.setShortName(blankToNull(this.shortName));
		e.setKind(this.kind);
		e.setLegalFiness(this.legalFiness.strip().toUpperCase(java.util.Locale.ROOT));
		e.setGeographicFiness(normalisedGeographicFiness());
		e.setSupport(this.support);
	}

	String normalisedGeographicFiness() {
		return this.geographicFiness.strip().toUpperCase(java.util.Locale.ROOT);
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
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

	public EstablishmentKind getKind() {
		return this.kind;
	}

	public void setKind(EstablishmentKind kind) {
		this.kind = kind;
	}

	public String getLegalFiness() {
		return this.legalFiness;
	}

	public void setLegalFiness(String legalFiness) {
		this.legalFiness = legalFiness;
	}

	public String getGeographicFiness() {
		return this.geographicFiness;
	}

	public void setGeographicFiness(String geographicFiness) {
		this.geographicFiness = geographicFiness;
	}

	public boolean isSupport() {
		return this.support;
	}

	public void setSupport(boolean support) {
		this.support = support;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
