package org.socle.servicedesk.ticket;

/** How a ticket came in. */
public enum Channel {

	PORTAL, EMAIL, PHONE, API

}
