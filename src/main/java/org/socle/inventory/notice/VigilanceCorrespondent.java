package org.socle.inventory.notice;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.AuditedEntity;

/**
 * The matériovigilance correspondent (CLMV) of an establishment, and a deputy: they
 * receive the notices and may record and close them for their establishment.
 */
@Entity
@Table(name = "inv_vigilance_correspondent")
@Audited
public class VigilanceCorrespondent extends AuditedEntity {

	private Long establishmentId;

	private Long personId;

	private Long deputyPersonId;

	protected VigilanceCorrespondent() {
	}

	VigilanceCorrespondent(Long establishmentId) {
		this.establishmentId = establishmentId;
	}

	void name(Long personId, Long deputyPersonId) {
		this.personId = personId;
		this.deputyPersonId = deputyPersonId;
	}

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public Long getDeputyPersonId() {
		return this.deputyPersonId;
	}

}
