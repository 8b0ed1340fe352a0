package org.socle.directory.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a user enters to create or edit a department (pole, service or functional unit),
 * in a page or through the API.
 */
public class DepartmentForm {

	@NotNull
	private Long establishmentId;

	/** The parent department; none for a pole. */
	private Long parentId;

	@NotNull
	private DepartmentLevel level;

	@NotBlank
	@Size(max = 50)
	private String code;

	@NotBlank
	@Size(max = 200)
	private String name;

	/** The person who heads the department (optional). */
	private Long headId;

	/** The version the edit is based on; ignored on creation. */
	private long version;

	public static DepartmentForm of(Department d) {
		DepartmentForm form = new DepartmentForm();
		form.establishmentId = d.getEstablishment().getId();
		form.parentId = (d.getParent() != null) ? d.getParent().getId() : null;
		form.level = d.getLevel();
		form.code = d.getCode();
		form.name = d.getName();
		form.headId = d.getHeadId();
		form.version = d.getVersion();
		return form;
	}

	/** A new department's form, placed under the given parent (or a pole when none). */
	static DepartmentForm under(Department parent) {
		DepartmentForm form = new DepartmentForm();
		form.level = DepartmentLevel.POLE;
		if (parent != null) {
			form.establishmentId = parent.getEstablishment().getId();
			form.parentId = parent.getId();
			form.level = (parent.getLevel().childLevel() != null) ? parent.getLevel().childLevel() : parent.getLevel();
		}
		return form;
	}

	void applyTo(Department d, Department parent) {
		d.setParent(parent);
		d.setLevel(this.level);
		d.setCode(normalisedCode());
		d.setName(this.name.strip());
		d.setHeadId(this.headId);
	}

	String normalisedCode() {
		return this.code.strip();
	}

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public void setEstablishmentId(Long establishmentId) {
		this.establishmentId = establishmentId;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public DepartmentLevel getLevel() {
		return this.level;
	}

	public void setLevel(DepartmentLevel level) {
		this.level = level;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Long getHeadId() {
		return this.headId;
	}

	public void setHeadId(Long headId) {
		this.headId = headId;
	}

}
