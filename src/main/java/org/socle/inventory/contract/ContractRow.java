package org.socle.inventory.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A contract as lists and exports show it. */
public record ContractRow(long id, ContractKind kind, String reference, String title, long supplierId,
		String supplierName, Long establishmentId, Long ownerTeamId, LocalDate startsOn, LocalDate endsOn,
		LocalDate noticeOn, boolean tacitRenewal, Integer responseHours, Integer visitsPerYear, BigDecimal yearlyCost,
		int assetCount, boolean archived) {
}
