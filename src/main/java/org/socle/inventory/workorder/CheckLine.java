package org.socle.inventory.workorder;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A line of a work order's checklist, with the limits copied when the line was made: a
 * measured value outside them, or a failed yes/no check, makes the line non-conforming.
 */
@Entity
@Table(name = "inv_work_order_check")
@Audited
public class CheckLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "work_order_id")
	private WorkOrder workOrder;

	private int position;

	private String label;

	private String unit;

	private BigDecimal lowerLimit;

	private BigDecimal upperLimit;

	private BigDecimal measuredValue;

	private Boolean passed;

	private Boolean conforming;

	private String comment;

	private boolean fromPlan;

	protected CheckLine() {
	}

	CheckLine(int position, CheckLineSpec spec, boolean fromPlan) {
		this.position = position;
		this.label = spec.label().strip();
		this.unit = spec.unit();
		this.lowerLimit = spec.lowerLimit();
		this.upperLimit = spec.upperLimit();
		this.fromPlan = fromPlan;
	}

	/**
	 * Records what was found: a measure for a line with limits, or passed / failed for a
	 * yes/no line. The line's conformity follows from them.
	 */
	void record(BigDecimal measured, Boolean passed, String comment) {
		this.measuredValue = measured;
		this.passed = passed;
		this.comment = comment;
		this.conforming = conformity(measured, passed);
	}

	private Boolean conformity(BigDecimal measured, Boolean passed) {
		if (Boolean.FALSE.equals(passed)) {
			return false;
		}
		if (measured == null) {
			return hasLimits() ? null : passed;
		}
		return withinLimits(measured);
	}

	boolean withinLimits(BigDecimal measured) {
		return (this.lowerLimit == null || measured.compareTo(this.lowerLimit) >= 0)
				&& (this.upperLimit == null || measured.compareTo(this.upperLimit) <= 0);
	}

	public boolean hasLimits() {
		return this.lowerLimit != null || this.upperLimit != null;
	}

	public boolean isNonConforming() {
		return Boolean.FALSE.equals(this.conforming);
	}

	void attachTo(WorkOrder workOrder) {
		this.workOrder = workOrder;
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
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

	public BigDecimal getMeasuredValue() {
		return this.measuredValue;
	}

	public Boolean getPassed() {
		return this.passed;
	}

	public Boolean getConforming() {
		return this.conforming;
	}

	public String getComment() {
		return this.comment;
	}

	public boolean isFromPlan() {
		return this.fromPlan;
	}

}
