package org.socle.inventory.plan;

/** What an asset's meter counts. */
public enum MeterKind {

	HOURS, CYCLES, EXPOSURES

}
