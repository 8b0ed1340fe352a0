package org.socle.inventory.relation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.AuditedEntity;

/**
 * A catalogue service (servicedesk's id) that relies on an asset: the asset down, the
 * service is hit. Removal archives it; its changes are kept (Envers).
 */
@Entity
@Table(name = "inv_asset_service")
@Audited
class AssetServiceLink extends AuditedEntity {

	private Long assetId;

	private Long serviceId;

	private String note;

	private Instant removedAt;

	private String removedBy;

	private String removeReason;

	protected AssetServiceLink() {
	}

	AssetServiceLink(long assetId, long serviceId, String note) {
		this.assetId = assetId;
		this.serviceId = serviceId;
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

	Long getAssetId() {
		return this.assetId;
	}

	Long getServiceId() {
		return this.serviceId;
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

}
