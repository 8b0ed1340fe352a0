/**
 * The service catalogue: services with their owner team, customers and supporting
 * services; their request items (forms with typed fields and an optional approval); and
 * the requests staff make through the portal, kept as structured answers on the ticket.
 */
package org.socle.servicedesk.catalogue;
