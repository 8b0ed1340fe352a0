package org.socle.servicedesk.asset;

import java.util.Set;

/**
 * Which lifecycle states of an asset mean "do not use it", as the service desk shows
 * them.
 */
final class AssetStatuses {

	private static final Set<String> BLOCKED = Set.of("OUT_OF_SERVICE", "RETIRED", "DISPOSED");

	private AssetStatuses() {
	}

	static boolean blocked(String status) {
		return BLOCKED.contains(status);
	}

}
