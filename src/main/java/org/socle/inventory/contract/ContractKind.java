package org.socle.inventory.contract;

/** What a supplier contract is for. */
public enum ContractKind {

	MAINTENANCE, WARRANTY, LEASE, LOAN, QUALITY_CONTROL

}
