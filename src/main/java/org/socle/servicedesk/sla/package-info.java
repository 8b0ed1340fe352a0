/**
 * Service levels: agreements (SLA, OLA, UC) with their targets per priority, the SLA
 * clocks of every ticket driven by its timeline, and the escalation sweep.
 */
package org.socle.servicedesk.sla;
