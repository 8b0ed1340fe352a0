package org.socle.inventory;

import java.time.LocalDate;

/**
 * A contract's notice date is near (published once per contract and notice date): a
 * module that sends mail may tell the owner team's leads. The inventory itself lists it
 * on the contracts page until someone marks it handled.
 */
public record ContractNoticeDue(long contractId, String reference, String supplierName, long ownerTeamId,
		long establishmentId, LocalDate noticeOn, LocalDate endsOn) {
}
