package org.socle.inventory.maintenance.register;

import java.time.LocalDate;

/**
 * Which part of the register: one asset, or the assets of an establishment (or all the
 * reader's), over an optional period of operation dates (both days included).
 */
public record RegisterRequest(Long assetId, Long establishmentId, LocalDate from, LocalDate to) {

}
