package org.socle.inventory.plan;

/** Who performs a plan's work: the owner team, or someone from outside. */
public enum Performer {

	INTERNAL_TEAM, MANUFACTURER, THIRD_PARTY, ACCREDITED_BODY

}
