package org.socle.inventory.workorder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.AuditedEntity;
import org.socle.shared.web.FieldRuleException;

/**
 * A work order (ordre de travail) on one asset: its lifecycle, the work recorded, the
 * parts, the checklist against its limits, the verdict, and the asset's downtime window
 * (down since / back in service), which is not the work order's own dates. Kept with its
 * history (Envers); directory rows held by id.
 */
@Entity
@Table(name = "inv_work_order")
@Audited
public class WorkOrder extends AuditedEntity {

	private String number;

	@Enumerated(EnumType.STRING)
	private WorkOrderType type;

	private Long assetId;

	private Long teamId;

	private Long establishmentId;

	@Enumerated(EnumType.STRING)
	private WorkOrderStatus status;

	private String title;

	@Column(columnDefinition = "text")
	private String description;

	private LocalDate dueOn;

	private Long ticketId;

	private Instant startedAt;

	private Instant completedAt;

	@Enumerated(EnumType.STRING)
	private Conformity conformity;

	private Instant downSince;

	private Instant backInServiceAt;

	@Column(columnDefinition = "text")
	private String closingNote;

	private String holdReason;

	@OneToMany(mappedBy = "workOrder", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<WorkRecord> records = new ArrayList<>();

	@OneToMany(mappedBy = "workOrder", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<WorkOrderPart> parts = new ArrayList<>();

	@OneToMany(mappedBy = "workOrder", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CheckLine> checks = new ArrayList<>();

	protected WorkOrder() {
	}

	WorkOrder(String number, NewWorkOrder order, long teamId, long establishmentId, String description) {
		this.number = number;
		this.type = order.type();
		this.assetId = order.assetId();
		this.teamId = teamId;
		this.establishmentId = establishmentId;
		this.status = WorkOrderStatus.OPEN;
		this.title = order.title().strip();
		this.description = WorkRecord.blankToNull(description);
		this.dueOn = order.dueOn();
		this.ticketId = order.ticketId();
	}

	/** Controls and safety tests: their failure raises a nonconformity. */
	public boolean isControl() {
		return this.type == WorkOrderType.INTERNAL_CONTROL || this.type == WorkOrderType.EXTERNAL_CONTROL
				|| this.type == WorkOrderType.SAFETY_TEST;
	}

	/**
	 * Whether its verdict is a nonconformity: a failed control, or a repair whose checks
	 * found the asset unsafe. Done, it raises a nonconformity.
	 */
	public boolean isFailed() {
		return this.conformity != null && this.conformity != Conformity.CONFORMING;
	}

	void moveTo(WorkOrderStatus to, String note, Instant now) {
		if (!this.status.mayBecome(to)) {
			throw FieldRuleException.invalid("status", "IllegalTransition", this.status, to);
		}
		if (to == WorkOrderStatus.DONE) {
			checkResult();
			this.completedAt = now;
		}
		if (to == WorkOrderStatus.IN_PROGRESS && this.startedAt == null) {
			this.startedAt = now;
		}
		this.holdReason = (to == WorkOrderStatus.ON_HOLD) ? WorkRecord.blankToNull(note) : null;
		if (to == WorkOrderStatus.CANCELLED) {
			this.closingNote = WorkRecord.blankToNull(note);
		}
		this.status = to;
	}

	/**
	 * A control is done only with a verdict, and never "conforming" while one of its
	 * lines is not.
	 */
	private void checkResult() {
		if (isControl() && this.conformity == null) {
			throw FieldRuleException.invalid("conformity", "WorkOrderConformityRequired");
		}
		if (this.conformity == Conformity.CONFORMING && this.checks.stream().anyMatch(CheckLine::isNonConforming)) {
			throw FieldRuleException.invalid("conformity", "WorkOrderContradictsMeasures");
		}
	}

	void checkOpen() {
		if (this.status.isClosed()) {
			throw FieldRuleException.invalid("status", "WorkOrderClosed", this.status);
		}
	}

	void addRecord(WorkRecord record) {
		checkOpen();
		record.attachTo(this);
		this.records.add(record);
	}

	void addPart(WorkOrderPart part) {
		checkOpen();
		part.attachTo(this);
		this.parts.add(part);
	}

	void addCheck(CheckLineSpec spec, boolean fromPlan) {
		CheckLine line = new CheckLine(this.checks.size() + 1, spec, fromPlan);
		line.attachTo(this);
		this.checks.add(line);
	}

	CheckLine check(long lineId) {
		return this.checks.stream()
			.filter(c -> c.getId() == lineId)
			.findFirst()
			.orElseThrow(() -> FieldRuleException.invalid("lineId", "WorkOrderUnknownLine", lineId));
	}

	void result(Conformity conformity, String closingNote) {
		checkOpen();
		this.conformity = conformity;
		this.closingNote = WorkRecord.blankToNull(closingNote);
	}

	void downtime(Instant downSince, Instant backInService) {
		if (backInService != null && (downSince == null || backInService.isBefore(downSince))) {
			throw FieldRuleException.invalid("backInService", "WorkOrderDowntimeOrder");
		}
		this.downSince = downSince;
		this.backInServiceAt = backInService;
	}

	public boolean hasNonConformingLine() {
		return this.checks.stream().anyMatch(CheckLine::isNonConforming);
	}

	public String getNumber() {
		return this.number;
	}

	public WorkOrderType getType() {
		return this.type;
	}

	public Long getAssetId() {
		return this.assetId;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public WorkOrderStatus getStatus() {
		return this.status;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public Long getTicketId() {
		return this.ticketId;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

	public Conformity getConformity() {
		return this.conformity;
	}

	public Instant getDownSince() {
		return this.downSince;
	}

	public Instant getBackInServiceAt() {
		return this.backInServiceAt;
	}

	public String getClosingNote() {
		return this.closingNote;
	}

	public String getHoldReason() {
		return this.holdReason;
	}

	public List<WorkRecord> getRecords() {
		return List.copyOf(this.records);
	}

	public List<WorkOrderPart> getParts() {
		return List.copyOf(this.parts);
	}

	public List<CheckLine> getChecks() {
		return List.copyOf(this.checks);
	}

}
