package org.socle.inventory.notice;

import java.time.LocalDate;

/**
 * What a GS1 UDI carrier says: the device identifier (AI 01, GTIN-14) and the production
 * identifiers — serial (21), lot (10), expiry (17) and production (11) dates — any of
 * which may be absent.
 */
public record Gs1Udi(String gtin, String serial, String lot, LocalDate expiresOn, LocalDate producedOn) {

}
