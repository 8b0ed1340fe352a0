package org.socle.inventory.notice;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.socle.shared.audit.AuditedEntity;

/**
 * An asset a notice matched, why and how surely (written by {@link NoticeMatcher}), and
 * the action taken on it: who confirmed or rejected an uncertain match, the action's
 * status with its evidence, and the work order opened for it.
 */
@Entity
@Table(name = "inv_affected_asset")
@Audited
public class AffectedAsset extends AuditedEntity {

	private Long noticeId;

	private Long assetId;

	@NotAudited
	@Column(updatable = false)
	@Enumerated(EnumType.STRING)
	private CriterionKind matchedBy;

	@NotAudited
	@Column(updatable = false)
	private String matchedCriterion;

	@NotAudited
	@Column(updatable = false)
	private String matchedValue;

	@NotAudited
	@Column(updatable = false)
	private String productMatch;

	@NotAudited
	@Column(updatable = false)
	@Enumerated(EnumType.STRING)
	private Doubt doubt;

	@Enumerated(EnumType.STRING)
	private Confirmation confirmation;

	private String confirmationNote;

	private String confirmedBy;

	private Instant confirmedAt;

	@NotAudited
	@Column(updatable = false)
	private boolean inScope;

	@Enumerated(EnumType.STRING)
	private ActionStatus actionStatus;

	private String actionNote;

	private String actionBy;

	private Instant actionAt;

	private Long workOrderId;

	@NotAudited
	@Column(updatable = false)
	private Instant matchedAt;

	protected AffectedAsset() {
	}

	void decide(boolean confirmed, String note, String by, Instant at) {
		this.confirmation = confirmed ? Confirmation.CONFIRMED : Confirmation.REJECTED;
		this.confirmationNote = note;
		this.confirmedBy = by;
		this.confirmedAt = at;
	}

	void act(ActionStatus status, String note, String by, Instant at) {
		this.actionStatus = status;
		this.actionNote = note;
		this.actionBy = by;
		this.actionAt = at;
	}

	void workOrder(Long workOrderId) {
		this.workOrderId = workOrderId;
	}

	/**
	 * Whether the asset counts in the notice's completion: still matched and not
	 * rejected.
	 */
	public boolean counts() {
		return this.inScope && this.confirmation != Confirmation.REJECTED;
	}

	/**
	 * Whether nothing remains to do on it: its action resolved, and its match confirmed
	 * if it was uncertain (or rejected, or no longer matched).
	 */
	public boolean isResolved() {
		return !counts() || (this.actionStatus.isResolved() && this.confirmation != Confirmation.PENDING);
	}

	public Long getNoticeId() {
		return this.noticeId;
	}

	public Long getAssetId() {
		return this.assetId;
	}

	public CriterionKind getMatchedBy() {
		return this.matchedBy;
	}

	public String getMatchedCriterion() {
		return this.matchedCriterion;
	}

	public String getMatchedValue() {
		return this.matchedValue;
	}

	public String getProductMatch() {
		return this.productMatch;
	}

	public Doubt getDoubt() {
		return this.doubt;
	}

	public Confirmation getConfirmation() {
		return this.confirmation;
	}

	public String getConfirmationNote() {
		return this.confirmationNote;
	}

	public String getConfirmedBy() {
		return this.confirmedBy;
	}

	public Instant getConfirmedAt() {
		return this.confirmedAt;
	}

	public boolean isInScope() {
		return this.inScope;
	}

	public ActionStatus getActionStatus() {
		return this.actionStatus;
	}

	public String getActionNote() {
		return this.actionNote;
	}

	public String getActionBy() {
		return this.actionBy;
	}

	public Instant getActionAt() {
		return this.actionAt;
	}

	public Long getWorkOrderId() {
		return this.workOrderId;
	}

	public Instant getMatchedAt() {
		return this.matchedAt;
	}

}
