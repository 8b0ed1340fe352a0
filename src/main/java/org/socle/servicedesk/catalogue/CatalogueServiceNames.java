package org.socle.servicedesk.catalogue;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.inventory.ServiceNames;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names the catalogue's services for the inventory, whose assets support them (the
 * inventory holds service ids only).
 */
@Component
@Transactional(readOnly = true)
class CatalogueServiceNames implements ServiceNames {

	private final ServiceOfferingRepository services;

	CatalogueServiceNames(ServiceOfferingRepository services) {
		this.services = services;
	}

	@Override
	public Map<Long, String> names(Collection<Long> serviceIds, Locale locale) {
		return this.services.findAllById(serviceIds)
			.stream()
			.collect(Collectors.toMap(ServiceOffering::getId, s -> s.name(locale)));
	}

	@Override
	public List<ServiceName> choices(Locale locale) {
		return this.services.findAllByOrderByNameFrAscIdAsc()
			.stream()
			.filter(s -> s.getStatus() != ServiceStatus.RETIRED)
			.map(s -> new ServiceName(s.getId(), s.name(locale)))
			.sorted(Comparator.comparing(ServiceName::name))
			.toList();
	}

}
