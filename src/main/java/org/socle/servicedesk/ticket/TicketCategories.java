package org.socle.servicedesk.ticket;

import java.util.Set;

/**
 * What tickets read of the teams' category trees (kept by the category feature): the
 * sub-categories a queue filter takes in, and the path a timeline line records.
 */
public interface TicketCategories {

	/** The category and all the categories below it, archived ones included. */
	Set<Long> withDescendants(Long categoryId);

	/**
	 * The category's path from its root, e.g. "Matériel › Imprimante"; empty for none.
	 */
	String pathOf(Long categoryId);

}
