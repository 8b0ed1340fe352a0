/**
 * Service desk side of maintenance work orders: a ticket about an asset opens a
 * corrective work order in the inventory, and the requester follows its progress on the
 * ticket.
 */
package org.socle.servicedesk.workorder;
