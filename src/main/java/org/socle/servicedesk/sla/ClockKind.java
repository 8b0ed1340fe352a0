package org.socle.servicedesk.sla;

/** What a clock measures: time to first response, or time to resolution. */
public enum ClockKind {

	RESPONSE, RESOLUTION

}
