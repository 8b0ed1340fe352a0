package org.socle.inventory.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.AuditedEntity;

/**
 * A supplier of the group (maintenance provider, lessor, control body...): a referential
 * that contracts and assets name. Archived, never deleted.
 */
@Entity
@Table(name = "inv_supplier")
@Audited
public class Supplier extends AuditedEntity {

	private String name;

	private String contact;

	private String email;

	private String phone;

	private boolean archived;

	protected Supplier() {
	}

	Supplier(SupplierForm form) {
		update(form);
	}

	void update(SupplierForm form) {
		this.name = form.getName().strip();
		this.contact = blankToNull(form.getContact());
		this.email = blankToNull(form.getEmail());
		this.phone = blankToNull(form.getPhone());
	}

	void archive() {
		this.archived = true;
	}

	void restore() {
		this.archived = false;
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String getName() {
		return this.name;
	}

	public String getContact() {
		return this.contact;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public boolean isArchived() {
		return this.archived;
	}

}
