package org.socle.inventory.relation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.socle.inventory.AssetRef;
import org.socle.inventory.ServiceNames;
import org.socle.shared.audit.CurrentUsername;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links catalogue services to the assets they rely on, by the asset's keepers: one live
 * link per service and asset; a service unknown to the catalogue (when the service desk
 * names them) is refused.
 */
@Service
@Transactional
public class ServiceLinks {

	private final AssetServiceLinkRepository links;

	private final Relations relations;

	private final ObjectProvider<ServiceNames> serviceNames;

	private final Clock clock;

	ServiceLinks(AssetServiceLinkRepository links, Relations relations, ObjectProvider<ServiceNames> serviceNames,
			Clock clock) {
		this.links = links;
		this.relations = relations;
		this.serviceNames = serviceNames;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<AssetServiceLink> of(long assetId) {
		this.relations.readable(assetId);
		return this.links.findByAssetIdAndRemovedAtIsNullOrderById(assetId);
	}

	AssetServiceLink add(long assetId, ServiceLinkForm form, Locale locale) {
		AssetRef asset = this.relations.kept(assetId);
		ServiceNames names = this.serviceNames.getIfAvailable();
		if (names != null && names.names(List.of(form.getServiceId()), locale).isEmpty()) {
			throw FieldRuleException.invalid("serviceId", "UnknownService", form.getServiceId());
		}
		if (this.links.existsByAssetIdAndServiceIdAndRemovedAtIsNull(asset.id(), form.getServiceId())) {
			throw FieldRuleException.duplicate("serviceId", form.getServiceId());
		}
		return this.links
			.saveAndFlush(new AssetServiceLink(asset.id(), form.getServiceId(), Relations.blankToNull(form.getNote())));
	}

	AssetServiceLink remove(long assetId, long linkId, Removal removal) {
		this.relations.kept(assetId);
		AssetServiceLink link = this.links.findById(linkId)
			.filter(l -> !l.isRemoved() && l.getAssetId() == assetId)
			.orElseThrow(() -> new RecordNotFoundException("AssetServiceLink", linkId));
		if (removal.version() != null) {
			link.checkVersion(removal.version());
		}
		link.remove(this.clock.instant(), CurrentUsername.get(), Relations.blankToNull(removal.reason()));
		return this.links.saveAndFlush(link);
	}

}
