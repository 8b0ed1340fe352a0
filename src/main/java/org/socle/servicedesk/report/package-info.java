/**
 * Service reports: volumes, backlog, compliance with the service levels, breaches,
 * satisfaction and reopenings per service, team, establishment and period, computed with
 * set-based SQL over the tables the queues read; pages with charts and drill-down to the
 * tickets, the REST API, and Excel and PDF exports.
 */
package org.socle.servicedesk.report;
