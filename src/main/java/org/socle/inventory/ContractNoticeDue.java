package org.socle.inventory;

import java.time.LocalDate;

/**
 * A contract's notice date is near (published once per contract and notice date, in the
 * reminder's transaction): the service desk mails the owner team. The inventory itself
 * lists it on the contracts page until someone marks it handled.
 */
public record ContractNoticeDue(long contractId, String reference, String supplierName, long ownerTeamId,
		long establishmentId, LocalDate noticeOn, LocalDate endsOn) {
}
