package org.socle.shared.audit;

/**
 * Raised when an edit is based on a version of a row that someone else has changed since.
 */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(String entity, Long id) {
		super(entity + " " + id + " was changed by someone else");
	}

}
