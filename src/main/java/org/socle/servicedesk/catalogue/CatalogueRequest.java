package org.socle.servicedesk.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.socle.shared.audit.AuditedEntity;

/**
 * What a staff member asked through a request item: the structured answers, the approval
 * when the item asks one (who, when, what they said), and the ticket once the team has
 * it.
 */
@Entity
@Table(name = "sd_service_request")
public class CatalogueRequest extends AuditedEntity {

	private Long serviceId;

	private Long itemId;

	private Long requesterId;

	private Long establishmentId;

	private String title;

	@Column(columnDefinition = "text")
	private String details;

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	private Long approverId;

	private Long decidedById;

	private Instant decidedAt;

	private String decisionComment;

	private Long ticketId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sd_service_request_answer", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "position")
	private List<Answer> answers = new ArrayList<>();

	protected CatalogueRequest() {
	}

	CatalogueRequest(RequestItem item, Long requesterId, Long establishmentId, String title, String details,
			List<Answer> answers, Long approverId) {
		this.serviceId = item.getServiceId();
		this.itemId = item.getId();
		this.requesterId = requesterId;
		this.establishmentId = establishmentId;
		this.title = title;
		this.details = details;
		this.answers.addAll(answers);
		this.approverId = approverId;
		this.status = (approverId != null) ? RequestStatus.PENDING : RequestStatus.SUBMITTED;
	}

	void decide(boolean approved, Long by, Instant at, String comment) {
		this.status = approved ? RequestStatus.APPROVED : RequestStatus.REFUSED;
		this.decidedById = by;
		this.decidedAt = at;
		this.decisionComment = comment;
	}

	void sentAs(Long ticketId) {
		this.ticketId = ticketId;
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Long getRequesterId() {
		return this.requesterId;
	}

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDetails() {
		return this.details;
	}

	public RequestStatus getStatus() {
		return this.status;
	}

	public Long getApproverId() {
		return this.approverId;
	}

	public Long getDecidedById() {
		return this.decidedById;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecisionComment() {
		return this.decisionComment;
	}

	public Long getTicketId() {
		return this.ticketId;
	}

	public List<Answer> getAnswers() {
		return List.copyOf(this.answers);
	}

}
