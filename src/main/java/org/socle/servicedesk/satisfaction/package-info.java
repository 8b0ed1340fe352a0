/**
 * Satisfaction: the short survey a requester gets when their ticket is resolved (a link
 * usable once, without signing in, for a limited time; a low rating alerts the team's
 * leads), and the periodic staff surveys about the service as a whole, answered once per
 * person and shown anonymously. {@link SatisfactionFigures} gives the reports their
 * figures.
 */
package org.socle.servicedesk.satisfaction;
