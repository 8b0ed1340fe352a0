package org.socle.inventory.plan;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One item of a plan's checklist; it may expect a measured value, with its unit and the
 * limits it must stay within (either may be open).
 */
@Embeddable
public class PlanTask {

	@Column(nullable = false)
	private String label;

	private String unit;

	private BigDecimal lowerLimit;

	private BigDecimal upperLimit;

	protected PlanTask() {
	}

	public PlanTask(String label, String unit, BigDecimal lowerLimit, BigDecimal upperLimit) {
		this.label = label;
		this.unit = unit;
		this.lowerLimit = lowerLimit;
		this.upperLimit = upperLimit;
	}

	public String getLabel() {
		return this.label;
	}

	public String getUnit() {
		return this.unit;
	}

	public BigDecimal getLowerLimit() {
		return this.lowerLimit;
	}

	public BigDecimal getUpperLimit() {
		return this.upperLimit;
	}

	/** Whether the item expects a measured value. */
	public boolean isMeasured() {
		return this.unit != null || this.lowerLimit != null || this.upperLimit != null;
	}

	/** Whether a measured value is within the limits. */
	public boolean accepts(BigDecimal value) {
		return (this.lowerLimit == null || value.compareTo(this.lowerLimit) >= 0)
				&& (this.upperLimit == null || value.compareTo(this.upperLimit) <= 0);
	}

}
