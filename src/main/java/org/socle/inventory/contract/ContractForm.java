package org.socle.inventory.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.socle.shared.web.FieldRuleException;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A contract as its owner team writes it. The notice is either a date or a period before
 * the end date, not both.
 */
public class ContractForm {

	@NotNull
	private ContractKind kind;

	@NotNull
	private Long supplierId;

	@NotBlank
	@Size(max = 100)
	private String reference;

	@Size(max = 200)
	private String title;

	@NotNull
	private Long establishmentId;

	@NotNull
	private Long ownerTeamId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	/** Days of notice before the end date. */
	@Min(0)
	@Max(3650)
	private Integer noticeDays;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate noticeOn;

	private boolean tacitRenewal;

	/** How long a tacit renewal extends it. */
	@Min(1)
	@Max(120)
	private Integer renewalMonths;

	/** Committed response time, in hours. */
	@Min(0)
	@Max(8760)
	private Integer responseHours;

	@Min(0)
	@Max(365)
	private Integer visitsPerYear;

	@PositiveOrZero
	@Digits(integer = 12, fraction = 2)
	private BigDecimal yearlyCost;

	@Size(max = 20000)
	private String notes;

	private Long version;

	static ContractForm of(Contract c) {
		ContractForm form = new ContractForm();
		form.kind = c.getKind();
		form.supplierId = c.getSupplierId();
		form.reference = c.getReference();
		form.title = c.getTitle();
		form.establishmentId = c.getEstablishmentId();
		form.ownerTeamId = c.getOwnerTeamId();
		form.startsOn = c.getStartsOn();
		form.endsOn = c.getEndsOn();
		form.noticeDays = c.getNoticeDays();
		form.noticeOn = (c.getNoticeDays() == null) ? c.getNoticeOn() : null;
		form.tacitRenewal = c.isTacitRenewal();
		form.renewalMonths = c.getRenewalMonths();
		form.responseHours = c.getResponseHours();
		form.visitsPerYear = c.getVisitsPerYear();
		form.yearlyCost = c.getYearlyCost();
		form.notes = c.getNotes();
		form.version = c.getVersion();
		return form;
	}

	/**
	 * Checks the dates against each other: the end not before the start, a notice given
	 * once (date or period), a period only with an end date, the notice date within the
	 * contract, a tacit renewal with its period.
	 * @throws FieldRuleException naming the field and the rule broken
	 */
	void checkDates() {
		if (this.endsOn != null && this.endsOn.isBefore(this.startsOn)) {
			throw FieldRuleException.invalid("endsOn", "EndBeforeStart");
		}
		if (this.noticeDays != null && this.noticeOn != null) {
			throw FieldRuleException.invalid("noticeOn", "NoticeDateOrPeriod");
		}
		if (this.noticeDays != null && this.endsOn == null) {
			throw FieldRuleException.invalid("noticeDays", "NoticePeriodNeedsEnd");
		}
		LocalDate notice = noticeDate();
		if (notice != null && this.endsOn != null && notice.isAfter(this.endsOn)) {
			throw FieldRuleException.invalid("noticeOn", "NoticeAfterEnd");
		}
		if (notice != null && notice.isBefore(this.startsOn)) {
			throw FieldRuleException.invalid((this.noticeDays != null) ? "noticeDays" : "noticeOn",
					"NoticeBeforeStart");
		}
		if (this.tacitRenewal && (this.endsOn == null || this.renewalMonths == null)) {
			throw FieldRuleException.invalid("renewalMonths", "TacitRenewalNeedsPeriod");
		}
	}

	/** The last day to give notice: the date given, or the period before the end. */
	LocalDate noticeDate() {
		if (this.noticeDays != null && this.endsOn != null) {
			return this.endsOn.minusDays(this.noticeDays);
		}
		return this.noticeOn;
	}

	public ContractKind getKind() {
		return this.kind;
	}

	public void setKind(ContractKind kind) {
		this.kind = kind;
	}

	public Long getSupplierId() {
		return this.supplierId;
	}

	public void setSupplierId(Long supplierId) {
		this.supplierId = supplierId;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getEstablishmentId() {
		return this.establishmentId;
	}

	public void setEstablishmentId(Long establishmentId) {
		this.establishmentId = establishmentId;
	}

	public Long getOwnerTeamId() {
		return this.ownerTeamId;
	}

	public void setOwnerTeamId(Long ownerTeamId) {
		this.ownerTeamId = ownerTeamId;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public Integer getNoticeDays() {
		return this.noticeDays;
	}

	public void setNoticeDays(Integer noticeDays) {
		this.noticeDays = noticeDays;
	}

	public LocalDate getNoticeOn() {
		return this.noticeOn;
	}

	public void setNoticeOn(LocalDate noticeOn) {
		this.noticeOn = noticeOn;
	}

	public boolean isTacitRenewal() {
		return this.tacitRenewal;
	}

	public void setTacitRenewal(boolean tacitRenewal) {
		this.tacitRenewal = tacitRenewal;
	}

	public Integer getRenewalMonths() {
		return this.renewalMonths;
	}

	public void setRenewalMonths(Integer renewalMonths) {
		this.renewalMonths = renewalMonths;
	}

	public Integer getResponseHours() {
		return this.responseHours;
	}

	public void setResponseHours(Integer responseHours) {
		this.responseHours = responseHours;
	}

	public Integer getVisitsPerYear() {
		return this.visitsPerYear;
	}

	public void setVisitsPerYear(Integer visitsPerYear) {
		this.visitsPerYear = visitsPerYear;
	}

	public BigDecimal getYearlyCost() {
		return this.yearlyCost;
	}

	public void setYearlyCost(BigDecimal yearlyCost) {
		this.yearlyCost = yearlyCost;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
