package org.socle.servicedesk.queue;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A queue view an account saved under a name: a personal preference, seen by its owner
 * only, and deleted for real (it is no evidence of anything).
 */
@Entity
@Table(name = "sd_saved_filter")
class SavedFilter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ownerAccountId;

	private String name;

	private String query;

	private Instant createdAt;

	protected SavedFilter() {
	}

	SavedFilter(Long ownerAccountId, String name, String query, Instant createdAt) {
		this.ownerAccountId = ownerAccountId;
		this.name = name;
		this.query = query;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getOwnerAccountId() {
		return this.ownerAccountId;
	}

	public String getName() {
		return this.name;
	}

	/** The queue page's query string, without the "?". */
	public String getQuery() {
		return this.query;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
