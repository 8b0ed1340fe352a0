package org.socle.servicedesk.link;

/**
 * How a ticket relates to another, read from the first one. Only PARENT_OF, DUPLICATE_OF
 * and RELATES_TO are stored; the others are those read from the other end.
 */
public enum LinkKind {

	/** This ticket is the parent of the other. */
	PARENT_OF,
	/** This ticket is a child of the other (one parent at most). */
	CHILD_OF,
	/** This ticket duplicates the other, its original (one original at most). */
	DUPLICATE_OF,
	/** The other ticket duplicates this one. */
	DUPLICATED_BY,
	/** Symmetric. */
	RELATES_TO;

	/** The same link read from the other ticket. */
	LinkKind inverse() {
		return switch (this) {
			case PARENT_OF -> CHILD_OF;
			case CHILD_OF -> PARENT_OF;
			case DUPLICATE_OF -> DUPLICATED_BY;
			case DUPLICATED_BY -> DUPLICATE_OF;
			case RELATES_TO -> RELATES_TO;
		};
	}

	/** Whether links of this kind are stored as they read (from this ticket). */
	boolean isStored() {
		return this == PARENT_OF || this == DUPLICATE_OF || this == RELATES_TO;
	}

}
