/**
 * Service desk: tickets (incidents and service requests), their lifecycle, queues,
 * priority matrix, comments, time and timeline. Holds directory ids only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service desk",
		allowedDependencies = { "directory", "inventory" })
package org.socle.servicedesk;
