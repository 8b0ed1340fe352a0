package org.socle.inventory.workorder;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * Who worked on a work order and for how long: a person of the directory, or an external
 * technician named with their employer (the register names both); start and end, or
 * minutes.
 */
@Entity
@Table(name = "inv_work_record")
@Audited
public class WorkRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "work_order_id")
	private WorkOrder workOrder;

	private Long personId;

	private String technicianName;

	private String employer;

	private Instant startedAt;

	private Instant endedAt;

	private Integer minutes;

	private String note;

	protected WorkRecord() {
	}

	WorkRecord(WorkCommands.NewWorkRecord command) {
		this.personId = command.personId();
		this.technicianName = blankToNull(command.technicianName());
		this.employer = blankToNull(command.employer());
		this.startedAt = command.startedAt();
		this.endedAt = command.endedAt();
		this.minutes = (command.minutes() != null) ? command.minutes()
				: (int) Duration.between(command.startedAt(), command.endedAt()).toMinutes();
		this.note = blankToNull(command.note());
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	void attachTo(WorkOrder workOrder) {
		this.workOrder = workOrder;
	}

	public Long getId() {
		return this.id;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public String getTechnicianName() {
		return this.technicianName;
	}

	public String getEmployer() {
		return this.employer;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getEndedAt() {
		return this.endedAt;
	}

	public Integer getMinutes() {
		return this.minutes;
	}

	public String getNote() {
		return this.note;
	}

}
