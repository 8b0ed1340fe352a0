package org.socle.inventory.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.AuditedEntity;
import org.socle.shared.audit.HasLabel;

/** A manufacturer of the group's shared catalogue of models. */
@Entity
@Table(name = "inv_manufacturer")
@Audited
public class Manufacturer extends AuditedEntity implements HasLabel {

	private String name;

	protected Manufacturer() {
	}

	Manufacturer(String name) {
		this.name = name;
	}

	@Override
	public String label() {
		return this.name;
	}

	public String getName() {
		return this.name;
	}

}
