package org.socle.directory.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.socle.directory.organisation.Department;

/**
 * What a user enters to create or edit a person of the staff directory, in a page or
 * through the API.
 */
public class PersonForm {

	@NotBlank
	@Size(max = 100)
	private String firstName;

	@NotBlank
	@Size(max = 100)
	private String lastName;

	/** The professional e-mail, unique in the group (ignoring case). */
	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 200)
	private String jobTitle;

	@Size(max = 30)
	private String phone;

	@NotNull
	private Long establishmentId;

	private Long departmentId;

	/** The version the edit is based on; ignored on creation. */
	private long version;

	public static PersonForm of(Person p) {
		PersonForm form = new PersonForm();
		form.firstName = p.getFirstName();
		form.lastName = p.getLastName();
		form.email = p.getEmail();
		form.jobTitle = p.getJobTitle();
		form.phone = p.getPhone();
		form.establishmentId = p.getEstablishment().getId();
		form.departmentId = (p.getDepartment() != null) ? p.getDepartment().getId() : null;
		form.version = p.getVersion();
		return form;
	}

	void applyTo(Person p, Department department) {
		p.setFirstName(this.firstName.strip());
		p.setLastName(this.lastName.strip());
		p.setEmail(normalisedEmail());
		p.setJobTitle(blankToNull(this.jobTitle));
		p.setPhone(blankToNull(this.phone));
		p.setDepartment(department);
	}

	/** The e-mail without surrounding spaces, or null when blank. */
	String normalisedEmail() {
		return blankToNull(this.email);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public void setEstablishmentId(Long establishmentId) {
		this.establishmentId = establishmentId;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
