package org.socle.servicedesk.report;

import java.util.Set;

/**
 * The tickets a reader's figures may count: every ticket (a group-wide grant), or those
 * of some establishments or of some teams: the tickets the reader works.
 */
record ReaderScope(boolean everything, Set<Long> establishmentIds, Set<Long> teamIds) {

	ReaderScope {
		establishmentIds = Set.copyOf(establishmentIds);
		teamIds = Set.copyOf(teamIds);
	}

	static ReaderScope all() {
		return new ReaderScope(true, Set.of(), Set.of());
	}

	/** Whether the reader reads no report at all. */
	boolean nothing() {
		return !this.everything && this.establishmentIds.isEmpty() && this.teamIds.isEmpty();
	}

}
