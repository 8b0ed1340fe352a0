package org.socle.shared.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Base of every business row: identity, who created and last changed it and when, and a
 * version for optimistic locking (a stale edit fails instead of silently overwriting).
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@CreatedBy
	@Column(nullable = false, updatable = false)
	private String createdBy;

	@LastModifiedDate
	@Column(nullable = false)
	private Instant lastModifiedAt;

	@LastModifiedBy
	@Column(nullable = false)
	private String lastModifiedBy;

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getLastModifiedAt() {
		return this.lastModifiedAt;
	}

	public String getLastModifiedBy() {
		return this.lastModifiedBy;
	}

	/**
	 * Checks that an edit was made on the version the user saw.
	 * @param expectedVersion the version the form or API request was based on
	 * @throws StaleVersionException when someone else changed the row in between
	 */
	public void checkVersion(long expectedVersion) {
		if (expectedVersion != this.version) {
			throw new StaleVersionException(getClass().getSimpleName(), this.id);
		}
	}

}
