/**
 * Each team's tree of ticket categories, kept by its leads, and the category of tickets.
 */
package org.socle.servicedesk.category;
