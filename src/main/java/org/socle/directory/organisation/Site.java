package org.socle.directory.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.Archivable;
import org.socle.shared.audit.HasLabel;

/** A geographic site of an establishment, with its postal address. */
@Entity
@Table(name = "dir_site")
@Audited
public class Site extends Archivable implements HasLabel {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Establishment establishment;

	private String name;

	private String street;

	private String postalCode;

	private String city;

	private String country = "FR";

	protected Site() {
	}

	public Site(Establishment establishment, String name) {
		this.establishment = establishment;
		this.name = name;
	}

	@Override
	public String label() {
		return this.name;
	}

	public Establishment getEstablishment() {
		return this.establishment;
	}

	public void setEstablishment(Establishment establishment) {
		this.establishment = establishment;
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

}
