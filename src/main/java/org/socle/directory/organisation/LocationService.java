package org.socle.directory.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.socle.directory.CurrentAccess;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The locations of a site, as a tree: buildings at the root, floors under buildings,
 * rooms under floors. Seen by whoever sees the site, changed by an administrator of its
 * establishment.
 */
@Service
public class LocationService {

	static final Sort SIBLING_ORDER = Sort.by("name", "id");

	private final LocationRepository locations;

	private final SiteService sites;

	private final CurrentAccess access;

	LocationService(LocationRepository locations, SiteService sites, CurrentAccess access) {
		this.locations = locations;
		this.sites = sites;
		this.access = access;
	}

	/**
	 * The site's locations depth-first (each followed by its children), archived ones
	 * only when asked.
	 */
	@Transactional(readOnly = true)
	public List<LocationNode> tree(Long siteId, boolean includeArchived) {
		Site site = this.sites.get(siteId);
		Map<Long, List<Location>> children = new HashMap<>();
		for (Location location : this.locations.findBySiteId(site.getId(), SIBLING_ORDER)) {
			if (includeArchived || !location.isArchived()) {
				Long parentId = (location.getParent() != null) ? location.getParent().getId() : null;
				children.computeIfAbsent(parentId, k -> new ArrayList<>()).add(location);
			}
		}
		List<LocationNode> nodes = new ArrayList<>();
		addSubtree(children, null, 0, nodes);
		return nodes;
	}

	private static void addSubtree(Map<Long, List<Location>> children, Long parentId, int depth,
			List<LocationNode> nodes) {
		for (Location child : children.getOrDefault(parentId, List.of())) {
			nodes.add(new LocationNode(child, depth));
			addSubtree(children, child.getId(), depth + 1, nodes);
		}
	}

	/** A location whose site is in scope, or "not found". */
	@Transactional(readOnly = true)
	public Location get(Long id) {
		return this.locations.findById(id)
			.filter(l -> this.access.scope().canSee(l.getSite().getEstablishment().getId()))
			.orElseThrow(() -> new RecordNotFoundException("Location", id));
	}

	/** A location of the given site (whose scope the caller has checked). */
	@Transactional(readOnly = true)
	public Optional<Location> findInSite(Site site, Long id) {
		return this.locations.findById(id).filter(l -> Objects.equals(l.getSite().getId(), site.getId()));
	}

	/** The location's ancestors, from its building down to its parent. */
	@Transactional(readOnly = true)
	public List<Location> ancestors(Location location) {
		List<Location> ancestors = new ArrayList<>();
		for (Location p = location.getParent(); p != null; p = p.getParent()) {
			ancestors.add(p);
		}
		Collections.reverse(ancestors);
		return ancestors;
	}

	@Transactional(readOnly = true)
	public List<Location> children(Location location) {
		return this.locations.findByParentId(location.getId(), SIBLING_ORDER);
	}

	public boolean canEdit(Location location) {
		return this.sites.canEdit(location.getSite());
	}

	@Transactional
	public Location create(Long siteId, NewLocationForm form) {
		Site site = this.sites.editable(siteId);
		Location parent = checkPlace(site, form.getParentId(), form.getKind());
		Location location = new Location(site, parent, form.getKind(), null);
		form.applyTo(location);
		return this.locations.saveAndFlush(location);
	}

	@Transactional
	public Location update(Long id, LocationForm form) {
		Location location = editable(id);
		location.checkVersion(form.getVersion());
		form.applyTo(location);
		return this.locations.saveAndFlush(location);
	}

	@Transactional
	public Location archive(Long id, long version, String reason) {
		Location location = editable(id);
		location.checkVersion(version);
		if (this.locations.existsByParentIdAndArchivedFalse(id)) {
			throw FieldRuleException.invalid("children", "LocationHasActiveChildren");
		}
		if (reason == null || reason.isBlank()) {
			throw FieldRuleException.invalid("reason", "NotBlank");
		}
		location.archive(reason.strip());
		return this.locations.saveAndFlush(location);
	}

	/**
	 * Checks where a new location goes: a building at the root; under a parent of the
	 * same site, active, and of the kind above.
	 * @return the parent, or null for a building
	 */
	private Location checkPlace(Site site, Long parentId, LocationKind kind) {
		if (parentId == null) {
			if (kind != LocationKind.BUILDING) {
				throw FieldRuleException.invalid("kind", "LocationRootMustBeBuilding");
			}
			return null;
		}
		Location parent = findInSite(site, parentId)
			.orElseThrow(() -> FieldRuleException.invalid("parentId", "LocationParentNotInSite"));
		if (parent.isArchived()) {
			throw FieldRuleException.invalid("parentId", "LocationParentArchived");
		}
		LocationKind expected = parent.getKind().childKind();
		if (expected == null) {
			throw FieldRuleException.invalid("parentId", "LocationRoomHasNoChildren");
		}
		if (kind != expected) {
			throw FieldRuleException.invalid("kind", "LocationKindUnderParent", kindLabel(expected),
					kindLabel(parent.getKind()));
		}
		return parent;
	}

	private static DefaultMessageSourceResolvable kindLabel(LocationKind kind) {
		return new DefaultMessageSourceResolvable("directory.location.kind." + kind);
	}

	/** A location the user may change, or 404 / 403. */
	@Transactional(readOnly = true)
	public Location editable(Long id) {
		Location location = get(id);
		if (!canEdit(location)) {
			throw new AccessDeniedException("Not an administrator of the establishment of location " + id);
		}
		return location;
	}

}
