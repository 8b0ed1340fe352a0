package org.socle.servicedesk.link;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person (directory id) who follows a ticket, and who put them there. */
@Entity
@Table(name = "sd_ticket_watcher")
class TicketWatcher {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	private Long personId;

	private Instant addedAt;

	private String addedBy;

	protected TicketWatcher() {
	}

	Long getTicketId() {
		return this.ticketId;
	}

	Long getPersonId() {
		return this.personId;
	}

	Instant getAddedAt() {
		return this.addedAt;
	}

	String getAddedBy() {
		return this.addedBy;
	}

}
