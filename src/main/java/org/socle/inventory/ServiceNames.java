package org.socle.inventory;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names of the service desk's catalogue services, which assets support. The inventory
 * holds service ids only (it does not depend on the service desk); the service desk
 * implements this as a bean. Without one, a service shows as "service #id" and any id is
 * accepted.
 */
public interface ServiceNames {

	/** The names of the services in the reader's language; unknown ids are left out. */
	Map<Long, String> names(Collection<Long> serviceIds, Locale locale);

	/** The services an asset may be linked to (those not retired), by name. */
	List<ServiceName> choices(Locale locale);

	/** A catalogue service, named. */
	record ServiceName(long id, String name) {
	}

}
