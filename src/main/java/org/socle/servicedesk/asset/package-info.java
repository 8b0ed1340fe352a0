/**
 * Tickets about an asset of the inventory: a fault reported from the asset's mobile page,
 * the tickets listed on the asset's pages, and the asset's panel on the ticket page.
 */
package org.socle.servicedesk.asset;
