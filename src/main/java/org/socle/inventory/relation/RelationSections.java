package org.socle.inventory.relation;

import org.socle.inventory.asset.AssetPageSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The asset page's cards of this feature: relations, then impact. */
@Configuration(proxyBeanMethods = false)
class RelationSections {

	@Bean
	AssetPageSection relationsSection() {
		return new Section("inventory.relations.title", "/inventory/assets/%d/relations", 40);
	}

	@Bean
	AssetPageSection impactSection() {
		return new Section("inventory.impact.title", "/inventory/assets/%d/impact", 41);
	}

	record Section(String titleKey, String urlPattern, int order) implements AssetPageSection {

		@Override
		public String url(long assetId) {
			return this.urlPattern.formatted(assetId);
		}

	}

}
