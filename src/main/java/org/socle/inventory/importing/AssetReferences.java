package org.socle.inventory.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.directory.DirectoryReferences.DepartmentRow;
import org.socle.directory.DirectoryReferences.EstablishmentRow;
import org.socle.directory.DirectoryReferences.LocationRow;
import org.socle.shared.csvimport.ImportColumn;

/**
 * What the lines of a file refer to, loaded once per pass: categories, establishments,
 * teams, departments, locations, manufacturers and models, suppliers, and the assets the
 * file's inventory numbers (and parents) already designate.
 */
final class AssetReferences {

	final Named<Category> categories;

	final Named<EstablishmentRow> establishments;

	final Named<TeamRef> teams;

	final Map<Long, Named<DepartmentRow>> departments = new HashMap<>();

	private final Map<Long, Named<LocationRow>> locations = new HashMap<>();

	private final Map<Long, List<LocationRow>> locationPaths = new HashMap<>();

	private final Map<String, List<LocationRow>> locationCache = new HashMap<>();

	final Named<Manufacturer> manufacturers;

	/** Models by manufacturer id, by commercial name and by alias. */
	final Map<Long, Named<Long>> models = new HashMap<>();

	final Named<Supplier> suppliers;

	/** Inventory numbers of the file already in the register. */
	final Set<String> existingNumbers;

	/** Assets of the register that lines name as parent, by inventory number. */
	final Map<String, Parent> parents;

	AssetReferences(Loaded loaded) {
		this.categories = Named.of(loaded.categories(), c -> List.of(c.code(), c.name()));
		List<EstablishmentRow> live = loaded.establishments().stream().filter(e -> !e.archived()).toList();
		Named<EstablishmentRow> byGeographic = Named.of(live, e -> List.of(e.geographicFiness()));
		Named<EstablishmentRow> byOther = Named.of(live, e -> names(e.legalFiness(), e.name(), e.shortName()));
		this.establishments = new Named<>() {
			@Override
			List<EstablishmentRow> find(String text) {
				List<EstablishmentRow> found = byGeographic.find(text);
				return found.isEmpty() ? byOther.find(text) : found;
			}
		};
		this.teams = Named.of(loaded.teams(), t -> List.of(t.name()));
		groupBy(loaded.departments().stream().filter(d -> !d.archived()).toList(), DepartmentRow::establishmentId)
			.forEach((id, rows) -> this.departments.put(id, Named.of(rows, d -> names(d.code(), d.name()))));
		groupBy(loaded.locations().stream().filter(l -> !l.archived()).toList(), LocationRow::establishmentId)
			.forEach((id, rows) -> {
				this.locations.put(id, Named.of(rows, l -> names(l.code(), l.path())));
				this.locationPaths.put(id, rows);
			});
		this.manufacturers = Named.of(loaded.manufacturers(), m -> List.of(m.name()));
		loaded.models()
			.forEach(m -> this.models.computeIfAbsent(m.manufacturerId(), k -> new Named<>()).add(m.name(), m.id()));
		this.suppliers = Named.of(loaded.suppliers(), s -> List.of(s.name()));
		this.existingNumbers = loaded.existingNumbers();
		this.parents = loaded.parents();
	}

	/**
	 * The locations of the establishment that the text designates: by code or full path
	 * (from the site), else by the end of the path (without the site, or the building).
	 */
	List<LocationRow> locations(Long establishmentId, String text) {
		Named<LocationRow> named = this.locations.get(establishmentId);
		if (named == null) {
			return List.of();
		}
		List<LocationRow> found = named.find(text);
		if (!found.isEmpty()) {
			return found;
		}
		String wanted = ImportColumn.normalise(text);
		return this.locationCache.computeIfAbsent(establishmentId + "/" + wanted,
				k -> this.locationPaths.get(establishmentId)
					.stream()
					.filter(l -> !wanted.isEmpty() && ImportColumn.normalise(l.path()).endsWith(wanted))
					.toList());
	}

	private static List<String> names(String... names) {
		List<String> list = new ArrayList<>();
		for (String name : names) {
			if (name != null) {
				list.add(name);
			}
		}
		return list;
	}

	private static <T> Map<Long, List<T>> groupBy(List<T> rows, java.util.function.Function<T, Long> key) {
		Map<Long, List<T>> groups = new HashMap<>();
		rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
		return groups;
	}

	record Category(Long id, String code, String name, String kind, boolean archived) {
	}

	record Manufacturer(Long id, String name) {
	}

	record Model(Long id, Long manufacturerId, String name) {
	}

	record Supplier(Long id, String name) {
	}

	record Parent(Long id, Long establishmentId, Long ownerTeamId) {
	}

	/** The rows as loaded from the database. */
	record Loaded(List<Category> categories, List<EstablishmentRow> establishments, List<TeamRef> teams,
			List<DepartmentRow> departments, List<LocationRow> locations, List<Manufacturer> manufacturers,
			List<Model> models, List<Supplier> suppliers, Set<String> existingNumbers, Map<String, Parent> parents) {
	}

}
