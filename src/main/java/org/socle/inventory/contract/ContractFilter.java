package org.socle.inventory.contract;

/**
 * How the contracts list is narrowed: kind, supplier, establishment, those ending within
 * N days (from today), words of the reference or title, archived ones included or not.
 */
public record ContractFilter(ContractKind kind, Long supplierId, Long establishmentId, Integer expiringWithin, String q,
		Boolean archived) {

	/** Whether archived contracts are listed too (not unless asked). */
	public boolean withArchived() {
		return Boolean.TRUE.equals(this.archived);
	}

	static ContractFilter none() {
		return new ContractFilter(null, null, null, null, null, false);
	}

}
