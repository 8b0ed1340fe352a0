package org.socle.directory.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.Archivable;
import org.socle.shared.audit.HasLabel;

/** A member establishment of the group, identified by its FINESS numbers. */
@Entity
@Table(name = "dir_establishment")
@Audited
public class Establishment extends Archivable implements HasLabel {

	private String name;

	private String shortName;

	@Enumerated(EnumType.STRING)
	private EstablishmentKind kind;

	private String legalFiness;

	private String geographicFiness;

	private boolean support;

	protected Establishment() {
	}

	public Establishment(String name, EstablishmentKind kind, String legalFiness, String geographicFiness) {
		this.name = name;
		this.kind = kind;
		this.legalFiness = legalFiness;
		this.geographicFiness = geographicFiness;
	}

	@Override
	public String label() {
		return this.name;
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

}
