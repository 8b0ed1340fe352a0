package org.socle.inventory.plan;

/**
 * How the next due date is counted: from the previous due date, keeping the anniversary
 * (échéance ancrée, the regulatory "date anniversaire"), or from the completion (échéance
 * glissante).
 */
public enum Recurrence {

	ANCHORED, FLOATING

}
