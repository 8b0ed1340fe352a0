package org.socle.servicedesk.ticket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.socle.shared.audit.AuditedEntity;

/**
 * A work item raised to a support team. Directory rows are held by id. Its history is the
 * timeline ({@link TicketEvent}), not Envers.
 */
@Entity
@Table(name = "sd_ticket")
public class Ticket extends AuditedEntity {

	private String number;

	@Enumerated(EnumType.STRING)
	private TicketType type;

	private String title;

	@Column(columnDefinition = "text")
	private String description;

	private Long requesterId;

	/** The sender's address of a ticket raised by mail by nobody of the directory. */
	private String unknownRequesterEmail;

	private Long onBehalfOfId;

	private Long establishmentId;

	private Long departmentId;

	private Long locationId;

	private String locationNote;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private Long teamId;

	private Long categoryId;

	private Long assigneeId;

	private int impact;

	private int urgency;

	private int priority;

	@Enumerated(EnumType.STRING)
	private TicketStatus status;

	@Enumerated(EnumType.STRING)
	private PendingReason pendingReason;

	private String resolutionCode;

	private String resolutionNote;

	private Instant resolvedAt;

	private Instant closedAt;

	/** When the ticket was cancelled (a final state), or null. */
	private Instant cancelledAt;

	private int reopenCount;

	/** The catalogue service the ticket is about, or null. */
	private Long serviceId;

	/** The inventory's asset the ticket is about, or null. */
	private Long assetId;

	/** Written by {@link TicketSlaMarks} only. */
	@Column(insertable = false, updatable = false)
	private Instant responseDueAt;

	/** Written by {@link TicketSlaMarks} only. */
	@Column(insertable = false, updatable = false)
	private Instant resolutionDueAt;

	/** Written by {@link TicketSlaMarks} only; null until the row is read back. */
	@Enumerated(EnumType.STRING)
	@Column(insertable = false, updatable = false)
	private SlaState slaState;

	protected Ticket() {
	}

	public Ticket(String number, TicketType type, String title, Long requesterId, Long establishmentId, Long teamId,
			Channel channel) {
		this.number = number;
		this.type = type;
		this.title = title;
		this.requesterId = requesterId;
		this.establishmentId = establishmentId;
		this.teamId = teamId;
		this.channel = channel;
		this.status = TicketStatus.NEW;
	}

	/** Sets impact, urgency and the priority the matrix gives them. */
	public void prioritise(int impact, int urgency, int priority) {
		this.impact = impact;
		this.urgency = urgency;
		this.priority = priority;
	}

	/** Moves to a status allowed by the lifecycle. */
	void moveTo(TicketStatus to) {
		this.status.checkMoveTo(to);
		this.status = to;
	}

	void resolve(String code, String note, Instant at) {
		this.resolutionCode = code;
		this.resolutionNote = note;
		this.resolvedAt = at;
	}

	void reopen() {
		this.reopenCount++;
		this.resolvedAt = null;
		this.resolutionCode = null;
		this.resolutionNote = null;
	}

	void close(Instant at) {
		this.closedAt = at;
	}

	void cancel(Instant at) {
		this.cancelledAt = at;
	}

	/**
	 * A new team takes the ticket over: nobody works it yet, its category was the old
	 * team's.
	 */
	void transferTo(Long teamId) {
		this.teamId = teamId;
		this.assigneeId = null;
		this.categoryId = null;
		if (this.status == TicketStatus.ASSIGNED || this.status == TicketStatus.IN_PROGRESS) {
			this.status = TicketStatus.NEW;
		}
	}

	public String getNumber() {
		return this.number;
	}

	public TicketType getType() {
		return this.type;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getRequesterId() {
		return this.requesterId;
	}

	/**
	 * The address of a requester the directory does not know (a ticket raised by mail),
	 * or null.
	 */
	public String getUnknownRequesterEmail() {
		return this.unknownRequesterEmail;
	}

	void setUnknownRequesterEmail(String unknownRequesterEmail) {
		this.unknownRequesterEmail = unknownRequesterEmail;
	}

	public Long getOnBehalfOfId() {
		return this.onBehalfOfId;
	}

	public void setOnBehalfOfId(Long onBehalfOfId) {
		this.onBehalfOfId = onBehalfOfId;
	}

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public Long getLocationId() {
		return this.locationId;
	}

	public void setLocationId(Long locationId) {
		this.locationId = locationId;
	}

	/** Where the problem is, in the requester's words. */
	public String getLocationNote() {
		return this.locationNote;
	}

	public void setLocationNote(String locationNote) {
		this.locationNote = locationNote;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public Long getAssigneeId() {
		return this.assigneeId;
	}

	void setAssigneeId(Long assigneeId) {
		this.assigneeId = assigneeId;
	}

	public int getImpact() {
		return this.impact;
	}

	public int getUrgency() {
		return this.urgency;
	}

	public int getPriority() {
		return this.priority;
	}

	public TicketStatus getStatus() {
		return this.status;
	}

	public PendingReason getPendingReason() {
		return this.pendingReason;
	}

	void setPendingReason(PendingReason pendingReason) {
		this.pendingReason = pendingReason;
	}

	public String getResolutionCode() {
		return this.resolutionCode;
	}

	public String getResolutionNote() {
		return this.resolutionNote;
	}

	public Instant getResolvedAt() {
		return this.resolvedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public Instant getCancelledAt() {
		return this.cancelledAt;
	}

	public int getReopenCount() {
		return this.reopenCount;
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	void setServiceId(Long serviceId) {
		this.serviceId = serviceId;
	}

	public Long getAssetId() {
		return this.assetId;
	}

	void setAssetId(Long assetId) {
		this.assetId = assetId;
	}

	public Instant getResponseDueAt() {
		return this.responseDueAt;
	}

	public Instant getResolutionDueAt() {
		return this.resolutionDueAt;
	}

	public SlaState getSlaState() {
		return (this.slaState != null) ? this.slaState : SlaState.NONE;
	}

}
