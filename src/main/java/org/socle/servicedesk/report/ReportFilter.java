package org.socle.servicedesk.report;

/**
 * What a report covers: tickets of a catalogue service, of a team, of an establishment
 * (each optional, all together narrow), over a period. Tickets count under the service,
 * team and establishment they have now, as in the queues.
 */
public record ReportFilter(Long serviceId, Long teamId, Long establishmentId, ReportPeriod period) {

	/** The same filter over another period. */
	ReportFilter over(ReportPeriod other) {
		return new ReportFilter(this.serviceId, this.teamId, this.establishmentId, other);
	}

}
