package org.socle.servicedesk.sla;

/**
 * Who a commitment is made to: customers (SLA), another internal team (OLA), or the
 * targets of a supplier's contract (UC). When several agreements apply, the first kind
 * wins.
 */
public enum AgreementKind {

	SLA, OLA, UC

}
