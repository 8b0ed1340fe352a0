package org.socle.servicedesk.link;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the API receives to tag, watch and link tickets. */
final class LinkCommands {

	private LinkCommands() {
	}

	/** A tag as typed; it is stored in its normal form. */
	record NewTag(String tag) {
	}

	/** Someone to make watch the ticket. */
	record NewWatcher(@NotNull Long personId) {
	}

	/**
	 * A link to the ticket numbered {@code number}, as {@code kind} reads from this
	 * ticket; with {@code cancelDuplicate}, a DUPLICATE_OF also cancels this ticket (at
	 * {@code version}).
	 */
	record NewLink(@NotNull LinkKind kind, @NotNull @Size(max = 20) String number, Boolean cancelDuplicate,
			Long version) {

		boolean cancels() {
			return Boolean.TRUE.equals(this.cancelDuplicate);
		}

	}

}
