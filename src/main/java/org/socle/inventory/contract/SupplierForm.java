package org.socle.inventory.contract;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A supplier as an administrator writes it. */
public class SupplierForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 200)
	private String contact;

	@Email
	@Size(max = 200)
	private String email;

	@Size(max = 50)
	private String phone;

	private Long version;

	static SupplierForm of(Supplier supplier) {
		SupplierForm form = new SupplierForm();
		form.name = supplier.getName();
		form.contact = supplier.getContact();
		form.email = supplier.getEmail();
		form.phone = supplier.getPhone();
		form.version = supplier.getVersion();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getContact() {
		return this.contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
