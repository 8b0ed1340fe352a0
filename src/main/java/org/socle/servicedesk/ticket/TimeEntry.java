package org.socle.servicedesk.ticket;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Minutes an agent spent on a ticket on a given day. */
@Entity
@Table(name = "sd_time_entry")
public class TimeEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	private Long personId;

	private int minutes;

	private LocalDate workDate;

	private String note;

	private Instant createdAt;

	private String createdBy;

	protected TimeEntry() {
	}

	TimeEntry(Long ticketId, Long personId, int minutes, LocalDate workDate, String note, Instant createdAt,
			String createdBy) {
		this.ticketId = ticketId;
		this.personId = personId;
		this.minutes = minutes;
		this.workDate = workDate;
		this.note = note;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	public Long getTicketId() {
		return this.ticketId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public int getMinutes() {
		return this.minutes;
	}

	public LocalDate getWorkDate() {
		return this.workDate;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
