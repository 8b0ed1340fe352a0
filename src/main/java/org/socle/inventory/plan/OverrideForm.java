package org.socle.inventory.plan;

import java.math.BigDecimal;

/**
 * What an asset's keeper enters to change a plan for that asset: switch it off, or give
 * another interval or performer; always with a reason.
 */
public class OverrideForm {

	private boolean disabled;

	private Integer intervalDays;

	private Integer intervalMonths;

	private BigDecimal meterInterval;

	private Performer performer;

	private Long supplierId;

	private String reason;

	public boolean isDisabled() {
		return this.disabled;
	}

	public void setDisabled(boolean disabled) {
		this.disabled = disabled;
	}

	public Integer getIntervalDays() {
		return this.intervalDays;
	}

	public void setIntervalDays(Integer intervalDays) {
		this.intervalDays = intervalDays;
	}

	public Integer getIntervalMonths() {
		return this.intervalMonths;
	}

	public void setIntervalMonths(Integer intervalMonths) {
		this.intervalMonths = intervalMonths;
	}

	public BigDecimal getMeterInterval() {
		return this.meterInterval;
	}

	public void setMeterInterval(BigDecimal meterInterval) {
		this.meterInterval = meterInterval;
	}

	public Performer getPerformer() {
		return this.performer;
	}

	public void setPerformer(Performer performer) {
		this.performer = performer;
	}

	public Long getSupplierId() {
		return this.supplierId;
	}

	public void setSupplierId(Long supplierId) {
		this.supplierId = supplierId;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
