package org.socle.inventory.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.socle.shared.audit.AuditedEntity;
import org.socle.shared.audit.NotInHistory;

/**
 * A safety notice (matériovigilance): an ANSM alert, a manufacturer's field safety notice
 * or a Health Canada recall, the action it requires and by when, the establishments that
 * handle it (or the whole group), and whether it is closed. Its affected scope is its
 * {@link NoticeCriterion criteria}; the assets found are its {@link AffectedAsset}s.
 */
@Entity
@Table(name = "inv_safety_notice")
@Audited
public class SafetyNotice extends AuditedEntity {

	@Enumerated(EnumType.STRING)
	private NoticeSource source;

	private String reference;

	private String title;

	private Long manufacturerId;

	private String manufacturerName;

	private LocalDate receivedOn;

	@Column(columnDefinition = "text")
	private String requiredAction;

	private LocalDate actionDueOn;

	@Enumerated(EnumType.STRING)
	private NoticeStatus status = NoticeStatus.OPEN;

	private String closingNote;

	private boolean forcedClose;

	private Instant closedAt;

	private boolean groupWide;

	private Long correspondentPersonId;

	/** Written by the matcher alone, so that matching does not change the version. */
	@NotInHistory
	@NotAudited
	@Column(insertable = false, updatable = false)
	private Instant lastMatchedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "inv_safety_notice_establishment", joinColumns = @JoinColumn(name = "notice_id"))
	@Column(name = "establishment_id")
	private Set<Long> establishmentIds = new HashSet<>();

	protected SafetyNotice() {
	}

	SafetyNotice(NoticeForm form) {
		update(form);
	}

	void update(NoticeForm form) {
		this.source = form.getSource();
		this.reference = form.getReference().strip();
		this.title = form.getTitle().strip();
		this.manufacturerId = form.getManufacturerId();
		this.manufacturerName = blankToNull(form.getManufacturerName());
		this.receivedOn = form.getReceivedOn();
		this.requiredAction = form.getRequiredAction().strip();
		this.actionDueOn = form.getActionDueOn();
		this.groupWide = form.isGroupWide();
		this.correspondentPersonId = form.getCorrespondentPersonId();
		this.establishmentIds.clear();
		if (!this.groupWide) {
			this.establishmentIds.addAll(form.getEstablishmentIds());
		}
	}

	void close(String note, boolean forced, Instant at) {
		this.status = NoticeStatus.CLOSED;
		this.closingNote = note;
		this.forcedClose = forced;
		this.closedAt = at;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public NoticeSource getSource() {
		return this.source;
	}

	public String getReference() {
		return this.reference;
	}

	public String getTitle() {
		return this.title;
	}

	public Long getManufacturerId() {
		return this.manufacturerId;
	}

	public String getManufacturerName() {
		return this.manufacturerName;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public String getRequiredAction() {
		return this.requiredAction;
	}

	public LocalDate getActionDueOn() {
		return this.actionDueOn;
	}

	public NoticeStatus getStatus() {
		return this.status;
	}

	public boolean isOpen() {
		return this.status == NoticeStatus.OPEN;
	}

	public String getClosingNote() {
		return this.closingNote;
	}

	public boolean isForcedClose() {
		return this.forcedClose;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public boolean isGroupWide() {
		return this.groupWide;
	}

	public Long getCorrespondentPersonId() {
		return this.correspondentPersonId;
	}

	public Instant getLastMatchedAt() {
		return this.lastMatchedAt;
	}

	public Set<Long> getEstablishmentIds() {
		return Set.copyOf(this.establishmentIds);
	}

}
