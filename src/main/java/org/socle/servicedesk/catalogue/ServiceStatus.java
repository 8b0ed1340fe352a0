package org.socle.servicedesk.catalogue;

/** Where a service stands in its life: only live services are offered on the portal. */
public enum ServiceStatus {

	IN_DESIGN, LIVE, RETIRED

}
