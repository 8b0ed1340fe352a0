/**
 * Agents' tools on the queues: personal saved filters, and bulk actions that report
 * ticket by ticket.
 */
package org.socle.servicedesk.queue;
