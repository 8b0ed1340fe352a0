package org.socle.servicedesk.catalogue;

/**
 * Where a catalogue request stands: sent straight to the team (no approval), waiting for
 * its approver, approved (the team has the ticket) or refused (no ticket).
 */
public enum RequestStatus {

	SUBMITTED, PENDING, APPROVED, REFUSED

}
