package org.socle.directory.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.Archivable;
import org.socle.shared.audit.HasLabel;

/** A pole, service or functional unit of an establishment, as a tree. */
@Entity
@Table(name = "dir_department")
@Audited
public class Department extends Archivable implements HasLabel {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Establishment establishment;

	@ManyToOne(fetch = FetchType.LAZY)
	private Department parent;

	@Enumerated(EnumType.STRING)
	private DepartmentLevel level;

	private String code;

	private String name;

	/** The person who heads the department (approves its staff's requests), or null. */
	private Long headId;

	protected Department() {
	}

	public Department(Establishment establishment, Department parent, DepartmentLevel level, String code, String name) {
		this.establishment = establishment;
		this.parent = parent;
		this.level = level;
		this.code = code;
		this.name = name;
	}

	@Override
	public String label() {
		return this.code + " " + this.name;
	}

	public Establishment getEstablishment() {
		return this.establishment;
	}

	public Department getParent() {
		return this.parent;
	}

	public void setParent(Department parent) {
		this.parent = parent;
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

	public Long getHeadId() {
		return this.headId;
	}

	public void setHeadId(Long headId) {
		this.headId = headId;
	}

}
