package org.socle.inventory.relation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.AuditedEntity;

/**
 * "Source TYPE target", e.g. an application HOSTED_ON a server. Removal archives it (who,
 * when, why); its changes are kept (Envers).
 */
@Entity
@Table(name = "inv_asset_relation")
@Audited
class AssetRelation extends AuditedEntity {

	private Long sourceId;

	@Enumerated(EnumType.STRING)
	private RelationType type;

	private Long targetId;

	private String note;

	private Instant removedAt;

	private String removedBy;

	private String removeReason;

	protected AssetRelation() {
	}

	AssetRelation(long sourceId, RelationType type, long targetId, String note) {
		this.sourceId = sourceId;
		this.type = type;
		this.targetId = targetId;
		this.note = note;
	}

	void remove(Instant at, String by, String reason) {
		this.removedAt = at;
		this.removedBy = by;
		this.removeReason = reason;
	}

	boolean isRemoved() {
		return this.removedAt != null;
	}

	Long getSourceId() {
		return this.sourceId;
	}

	RelationType getType() {
		return this.type;
	}

	Long getTargetId() {
		return this.targetId;
	}

	String getNote() {
		return this.note;
	}

	Instant getRemovedAt() {
		return this.removedAt;
	}

	String getRemovedBy() {
		return this.removedBy;
	}

	String getRemoveReason() {
		return this.removeReason;
	}

}
