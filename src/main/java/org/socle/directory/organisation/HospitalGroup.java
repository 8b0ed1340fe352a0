package org.socle.directory.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.AuditedEntity;
import org.socle.shared.audit.HasLabel;

/** The group (GHT, CIUSSS) that one Socle installation serves: a single row. */
@Entity
@Table(name = "dir_hospital_group")
@Audited
public class HospitalGroup extends AuditedEntity implements HasLabel {

	private String name;

	private String shortName;

	private String country;

	protected HospitalGroup() {
	}

	public HospitalGroup(String name, String shortName, String country) {
		this.name = name;
		this.shortName = shortName;
		this.country = country;
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

	@Override
	public String label() {
		return this.name;
	}

}
