package org.socle.shared.audit;

import jakarta.persistence.MappedSuperclass;

/**
 * A business row that is archived with a reason, never deleted: certification evidence
 * may need it.
 */
@MappedSuperclass
public abstract class Archivable extends AuditedEntity {

	private boolean archived;

	private String archiveReason;

	public boolean isArchived() {
		return this.archived;
	}

	public String getArchiveReason() {
		return this.archiveReason;
	}

	public void archive(String reason) {
		this.archived = true;
		this.archiveReason = reason;
	}

	public void restore() {
		this.archived = false;
		this.archiveReason = null;
	}

}
