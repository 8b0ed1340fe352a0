package org.socle.inventory.relation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A relation as its keeper declares it from the source asset: "this asset TYPE target".
 * The target is named by id (API) or by inventory number (page).
 */
public class RelationForm {

	@NotNull
	private RelationType type;

	private Long targetId;

	@Size(max = 60)
	private String targetNumber;

	@Size(max = 500)
	private String note;

	public RelationType getType() {
		return this.type;
	}

	public void setType(RelationType type) {
		this.type = type;
	}

	public Long getTargetId() {
		return this.targetId;
	}

	public void setTargetId(Long targetId) {
		this.targetId = targetId;
	}

	public String getTargetNumber() {
		return this.targetNumber;
	}

	public void setTargetNumber(String targetNumber) {
		this.targetNumber = targetNumber;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
