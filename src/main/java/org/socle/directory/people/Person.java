package org.socle.directory.people;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.Establishment;
import org.socle.shared.audit.Archivable;
import org.socle.shared.audit.HasLabel;

/** A staff member of the group's directory. */
@Entity
@Table(name = "dir_person")
@Audited
public class Person extends Archivable implements HasLabel {

	private String firstName;

	private String lastName;

	private String email;

	private String jobTitle;

	private String phone;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Establishment establishment;

	@ManyToOne(fetch = FetchType.LAZY)
	private Department department;

	protected Person() {
	}

	public Person(String firstName, String lastName, Establishment establishment) {
		this.firstName = firstName;
		this.lastName = lastName;
		this.establishment = establishment;
	}

	@Override
	public String label() {
		return this.firstName + " " + this.lastName;
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

	public Establishment getEstablishment() {
		return this.establishment;
	}

	public void setEstablishment(Establishment establishment) {
		this.establishment = establishment;
	}

	public Department getDepartment() {
		return this.department;
	}

	public void setDepartment(Department department) {
		this.department = department;
	}

}
