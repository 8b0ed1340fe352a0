package org.socle.servicedesk.ticket;

/** Why a ticket waits. */
public enum PendingReason {

	REQUESTER, SUPPLIER, PLANNED_CHANGE

}
