package org.socle.inventory.workorder;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.AuditedEntity;

/**
 * What a failed control raised. A serious one takes the asset out of service by the
 * decision of the person who closed the control (stopped_at) until a passing control lets
 * it restart (restarted_at).
 */
@Entity
@Table(name = "inv_nonconformity")
@Audited
public class Nonconformity extends AuditedEntity {

	private Long workOrderId;

	private Long assetId;

	@Enumerated(EnumType.STRING)
	private Conformity severity;

	private String description;

	private boolean outOfService;

	private Long decidedById;

	private String decidedBy;

	private Instant stoppedAt;

	private Instant restartedAt;

	private Long liftedByWorkOrderId;

	protected Nonconformity() {
	}

	Nonconformity(WorkOrder control, Long decidedById, String decidedBy, Instant stoppedAt) {
		this.workOrderId = control.getId();
		this.assetId = control.getAssetId();
		this.severity = control.getConformity();
		this.description = control.getClosingNote();
		this.outOfService = control.getConformity() == Conformity.SERIOUS_NONCONFORMITY;
		this.decidedById = decidedById;
		this.decidedBy = decidedBy;
		this.stoppedAt = this.outOfService ? stoppedAt : null;
	}

	void restart(Instant at, long controlId) {
		this.restartedAt = at;
		this.liftedByWorkOrderId = controlId;
	}

	public boolean isBlocking() {
		return this.outOfService && this.restartedAt == null;
	}

	public Long getWorkOrderId() {
		return this.workOrderId;
	}

	public Long getAssetId() {
		return this.assetId;
	}

	public Conformity getSeverity() {
		return this.severity;
	}

	public String getDescription() {
		return this.description;
	}

	public boolean isOutOfService() {
		return this.outOfService;
	}

	public Long getDecidedById() {
		return this.decidedById;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getStoppedAt() {
		return this.stoppedAt;
	}

	public Instant getRestartedAt() {
		return this.restartedAt;
	}

	public Long getLiftedByWorkOrderId() {
		return this.liftedByWorkOrderId;
	}

}
