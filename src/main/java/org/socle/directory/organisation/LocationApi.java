package org.socle.directory.organisation;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of locations: a site's tree (flat, depth-first), and each location.
 */
@RestController
@RequestMapping("/api/v1")
class LocationApi {

	private final LocationService locations;

	LocationApi(LocationService locations) {
		this.locations = locations;
	}

	/**
	 * The site's tree as a flat list, each location followed by its children; archived
	 * ones only with {@code archived=true}.
	 */
	@GetMapping("/sites/{siteId}/locations")
	List<LocationView> tree(@PathVariable Long siteId, @RequestParam(defaultValue = "false") boolean archived) {
		return this.locations.tree(siteId, archived)
			.stream()
			.map(n -> LocationView.of(n.location(), n.depth()))
			.toList();
	}

	@PostMapping("/sites/{siteId}/locations")
	@ResponseStatus(HttpStatus.CREATED)
	LocationView create(@PathVariable Long siteId, @Valid @RequestBody NewLocationForm form) {
		return view(this.locations.create(siteId, form));
	}

	@GetMapping("/locations/{id}")
	LocationView get(@PathVariable Long id) {
		return view(this.locations.get(id));
	}

	@PutMapping("/locations/{id}")
	LocationView update(@PathVariable Long id, @Valid @RequestBody LocationForm form) {
		return view(this.locations.update(id, form));
	}

	@PostMapping("/locations/{id}/archive")
	LocationView archive(@PathVariable Long id, @RequestBody SiteApi.ArchiveRequest request) {
		return view(this.locations.archive(id, request.version(), request.reason()));
	}

	private LocationView view(Location location) {
		return LocationView.of(location, this.locations.ancestors(location).size());
	}

	/** A location as the API shows it; depth is 0 for a building. */
	record LocationView(Long id, Long siteId, Long parentId, int depth, LocationKind kind, String code, String name,
			boolean archived, String archiveReason, long version, Instant createdAt, String createdBy,
			Instant lastModifiedAt, String lastModifiedBy) {

		static LocationView of(Location l, int depth) {
			return new LocationView(l.getId(), l.getSite().getId(),
					(l.getParent() != null) ? l.getParent().getId() : null, depth, l.getKind(), l.getCode(),
					l.getName(), l.isArchived(), l.getArchiveReason(), l.getVersion(), l.getCreatedAt(),
					l.getCreatedBy(), l.getLastModifiedAt(), l.getLastModifiedBy());
		}
	}

}
