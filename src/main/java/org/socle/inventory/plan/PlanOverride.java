package org.socle.inventory.plan;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.AuditedEntity;

/**
 * What one asset changes in a plan of its category or model, with the reason: the plan
 * switched off, another interval (days or months, and/or meter), another performer.
 * Fields left empty keep the plan's.
 */
@Entity
@Table(name = "inv_plan_override")
@Audited
public class PlanOverride extends AuditedEntity {

	private Long planId;

	private Long assetId;

	private boolean disabled;

	private Integer intervalDays;

	private Integer intervalMonths;

	private BigDecimal meterInterval;

	@Enumerated(EnumType.STRING)
	private Performer performer;

	private Long supplierId;

	private String reason;

	protected PlanOverride() {
	}

	PlanOverride(Long planId, Long assetId) {
		this.planId = planId;
		this.assetId = assetId;
	}

	void update(OverrideForm form) {
		this.disabled = form.isDisabled();
		this.intervalDays = form.getIntervalDays();
		this.intervalMonths = form.getIntervalMonths();
		this.meterInterval = form.getMeterInterval();
		this.performer = form.getPerformer();
		this.supplierId = form.getSupplierId();
		this.reason = form.getReason().strip();
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Long getAssetId() {
		return this.assetId;
	}

	public boolean isDisabled() {
		return this.disabled;
	}

	public Integer getIntervalDays() {
		return this.intervalDays;
	}

	public Integer getIntervalMonths() {
		return this.intervalMonths;
	}

	public BigDecimal getMeterInterval() {
		return this.meterInterval;
	}

	public Performer getPerformer() {
		return this.performer;
	}

	public Long getSupplierId() {
		return this.supplierId;
	}

	public String getReason() {
		return this.reason;
	}

}
