package org.socle.inventory.maintenance.register;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of the maintenance register (Code de la santé publique, art. R5212-28): one
 * maintenance or control operation on a device, with who did it and for which employer,
 * its date, the stop and restart of the device, its nature and result.
 */
public record RegisterLine(long assetId, String inventoryNumber, String assetLabel, String serialNumber,
		String assetStatus, long workOrderId, String number, String nature, String title, String status, LocalDate date,
		String who, String employer, Instant stoppedAt, Instant restartedAt, String result, String closingNote) {

}
