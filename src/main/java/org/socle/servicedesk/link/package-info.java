/**
 * Around a ticket: free tags, people who watch it, links to related tickets
 * (parent/child, duplicate, related), and the page section and API that show and change
 * them. Uses the ticket feature through its public types.
 */
package org.socle.servicedesk.link;
