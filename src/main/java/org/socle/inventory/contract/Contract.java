package org.socle.inventory.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.Archivable;

/**
 * A supplier contract of an establishment, kept by an owner team: its dates, notice,
 * renewal, commitments (response time, included visits), yearly cost and the assets it
 * covers. Archived, never deleted; its changes are kept (Envers).
 */
@Entity
@Table(name = "inv_contract")
@Audited
public class Contract extends Archivable {

	@Enumerated(EnumType.STRING)
	private ContractKind kind;

	private Long supplierId;

	private String reference;

	private String title;

	private Long establishmentId;

	private Long ownerTeamId;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private Integer noticeDays;

	private LocalDate noticeOn;

	private boolean tacitRenewal;

	private Integer renewalMonths;

	private Integer responseHours;

	private Integer visitsPerYear;

	private BigDecimal yearlyCost;

	@Column(columnDefinition = "text")
	private String notes;

	@ElementCollection
	@CollectionTable(name = "inv_contract_asset", joinColumns = @JoinColumn(name = "contract_id"))
	@Column(name = "asset_id")
	private Set<Long> assetIds = new HashSet<>();

	protected Contract() {
	}

	Contract(ContractForm form) {
		update(form);
	}

	/**
	 * Takes the form's values; the notice date comes from the period when one is given.
	 */
	void update(ContractForm form) {
		this.kind = form.getKind();
		this.supplierId = form.getSupplierId();
		this.reference = form.getReference().strip();
		this.title = Supplier.blankToNull(form.getTitle());
		this.establishmentId = form.getEstablishmentId();
		this.ownerTeamId = form.getOwnerTeamId();
		this.startsOn = form.getStartsOn();
		this.endsOn = form.getEndsOn();
		this.noticeDays = form.getNoticeDays();
		this.noticeOn = form.noticeDate();
		this.tacitRenewal = form.isTacitRenewal();
		this.renewalMonths = form.isTacitRenewal() ? form.getRenewalMonths() : null;
		this.responseHours = form.getResponseHours();
		this.visitsPerYear = form.getVisitsPerYear();
		this.yearlyCost = form.getYearlyCost();
		this.notes = Supplier.blankToNull(form.getNotes());
	}

	boolean cover(long assetId) {
		return this.assetIds.add(assetId);
	}

	boolean uncover(long assetId) {
		return this.assetIds.remove(assetId);
	}

	/** Whether it runs on the day (started, not ended). */
	public boolean isRunningOn(LocalDate day) {
		return !this.startsOn.isAfter(day) && (this.endsOn == null || !this.endsOn.isBefore(day));
	}

	public ContractKind getKind() {
		return this.kind;
	}

	public Long getSupplierId() {
		return this.supplierId;
	}

	public String getReference() {
		return this.reference;
	}

	public String getTitle() {
		return this.title;
	}

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public Long getOwnerTeamId() {
		return this.ownerTeamId;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public Integer getNoticeDays() {
		return this.noticeDays;
	}

	public LocalDate getNoticeOn() {
		return this.noticeOn;
	}

	public boolean isTacitRenewal() {
		return this.tacitRenewal;
	}

	public Integer getRenewalMonths() {
		return this.renewalMonths;
	}

	public Integer getResponseHours() {
		return this.responseHours;
	}

	public Integer getVisitsPerYear() {
		return this.visitsPerYear;
	}

	public BigDecimal getYearlyCost() {
		return this.yearlyCost;
	}

	public String getNotes() {
		return this.notes;
	}

	public Set<Long> getAssetIds() {
		return Set.copyOf(this.assetIds);
	}

}
