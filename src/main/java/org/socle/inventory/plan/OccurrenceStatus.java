package org.socle.inventory.plan;

/**
 * Where an occurrence stands. Overdue is a flag beside the status (an occurrence may be
 * overdue with its work order open). CANCELLED: the plan was switched off for the asset
 * before the work order opened.
 */
public enum OccurrenceStatus {

	PLANNED, WORK_ORDER_OPEN, DONE, SUPPRESSED, CANCELLED

}
