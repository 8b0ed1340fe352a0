package org.socle.directory.organisation;

import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tells which unique constraint a refused write broke, so that a race between two users
 * saving the same code still ends as a "duplicate" on the right field.
 */
public final class UniqueConstraints {

	private UniqueConstraints() {
	}

	public static boolean violated(DataIntegrityViolationException ex, String constraint) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ConstraintViolationException violation
					&& constraint.equalsIgnoreCase(violation.getConstraintName())) {
				return true;
			}
		}
		String message = ex.getMostSpecificCause().getMessage();
		return message != null && message.contains(constraint);
	}

}
