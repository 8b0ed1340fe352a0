package org.socle.inventory.relation;

import java.time.Instant;
import java.util.Locale;

import jakarta.validation.Valid;
import org.socle.inventory.AssetImpact;
import org.socle.inventory.relation.RelationViews.AssetRelations;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of relations: an asset's relations (both ways) and service links, adding and
 * removing (archiving) them, and the impact of the asset being down.
 */
@RestController
@RequestMapping("/api/v1/assets/{id}")
class RelationApi {

	private final Relations relations;

	private final ServiceLinks links;

	private final RelationViews views;

	private final ImpactAnalysis impacts;

	RelationApi(Relations relations, ServiceLinks links, RelationViews views, ImpactAnalysis impacts) {
		this.relations = relations;
		this.links = links;
		this.views = views;
		this.impacts = impacts;
	}

	/**
	 * The live relations the reader may see, both ways, and the services relying on it.
	 */
	@GetMapping("/relations")
	AssetRelations list(@PathVariable long id, Locale locale) {
		return this.views.of(id, locale);
	}

	@PostMapping("/relations")
	@ResponseStatus(HttpStatus.CREATED)
	RelationJson add(@PathVariable long id, @Valid @RequestBody RelationForm form) {
		return RelationJson.of(this.relations.add(id, form));
	}

	@PostMapping("/relations/{relationId}/remove")
	RelationJson remove(@PathVariable long id, @PathVariable long relationId, @Valid @RequestBody Removal removal) {
		return RelationJson.of(this.relations.remove(id, relationId, removal));
	}

	@PostMapping("/services")
	@ResponseStatus(HttpStatus.CREATED)
	ServiceLinkJson addService(@PathVariable long id, @Valid @RequestBody ServiceLinkForm form, Locale locale) {
		return ServiceLinkJson.of(this.links.add(id, form, locale));
	}

	@PostMapping("/services/{linkId}/remove")
	ServiceLinkJson removeService(@PathVariable long id, @PathVariable long linkId,
			@Valid @RequestBody Removal removal) {
		return ServiceLinkJson.of(this.links.remove(id, linkId, removal));
	}

	/**
	 * What is hit when the asset is down, {@code depth} relations deep (1 to 10, 5 by
	 * default): the count per level, the first {@code limit} assets (0 to 10,000, 200 by
	 * default) by level and inventory number; assets out of the reader's scope are
	 * counted per establishment only.
	 */
	@GetMapping("/impact")
	AssetImpact impact(@PathVariable long id, @RequestParam(defaultValue = "" + ImpactAnalysis.DEFAULT_DEPTH) int depth,
			@RequestParam(defaultValue = "" + ImpactAnalysis.DEFAULT_LIMIT) int limit, Locale locale) {
		return this.impacts.analyse(id, depth, limit, locale);
	}

	record RelationJson(long id, long version, long sourceId, RelationType type, long targetId, String note,
			Instant createdAt, String createdBy, Instant removedAt, String removedBy, String removeReason) {

		static RelationJson of(AssetRelation r) {
			return new RelationJson(r.getId(), r.getVersion(), r.getSourceId(), r.getType(), r.getTargetId(),
					r.getNote(), r.getCreatedAt(), r.getCreatedBy(), r.getRemovedAt(), r.getRemovedBy(),
					r.getRemoveReason());
		}

	}

	record ServiceLinkJson(long id, long version, long assetId, long serviceId, String note, Instant createdAt,
			String createdBy, Instant removedAt, String removedBy) {

		static ServiceLinkJson of(AssetServiceLink l) {
			return new ServiceLinkJson(l.getId(), l.getVersion(), l.getAssetId(), l.getServiceId(), l.getNote(),
					l.getCreatedAt(), l.getCreatedBy(), l.getRemovedAt(), l.getRemovedBy());
		}

	}

}
