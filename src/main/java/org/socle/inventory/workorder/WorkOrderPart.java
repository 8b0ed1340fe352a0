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

/** A part used by a work order: its reference, what it is, how many. */
@Entity
@Table(name = "inv_work_order_part")
@Audited
public class WorkOrderPart {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "work_order_id")
	private WorkOrder workOrder;

	private String reference;

	private String description;

	private BigDecimal quantity;

	protected WorkOrderPart() {
	}

	WorkOrderPart(String reference, String description, BigDecimal quantity) {
		this.reference = reference.strip();
		this.description = WorkRecord.blankToNull(description);
		this.quantity = quantity;
	}

	void attachTo(WorkOrder workOrder) {
		this.workOrder = workOrder;
	}

	public Long getId() {
		return this.id;
	}

	public String getReference() {
		return this.reference;
	}

	public String getDescription() {
		return this.description;
	}

	public BigDecimal getQuantity() {
		return this.quantity;
	}

}
