package org.socle.servicedesk.category;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.Archivable;

/**
 * A node of a team's category tree. Archived categories are no longer offered, but the
 * tickets filed under them keep them.
 */
@Entity
@Table(name = "sd_category")
@Audited
public class Category extends Archivable {

	/** Levels of a tree: a root is level 1 (e.g. Hardware › Printer › Laser › Jam). */
	static final int MAX_DEPTH = 4;

	private Long teamId;

	private Long parentId;

	private String name;

	protected Category() {
	}

	Category(Long teamId, Long parentId, String name) {
		this.teamId = teamId;
		this.parentId = parentId;
		this.name = name;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public Long getParentId() {
		return this.parentId;
	}

	void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getName() {
		return this.name;
	}

	void setName(String name) {
		this.name = name;
	}

}
