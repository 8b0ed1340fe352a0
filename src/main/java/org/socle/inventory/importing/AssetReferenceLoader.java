package org.socle.inventory.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryReferences;
import org.socle.inventory.importing.AssetReferences.Category;
import org.socle.inventory.importing.AssetReferences.Loaded;
import org.socle.inventory.importing.AssetReferences.Manufacturer;
import org.socle.inventory.importing.AssetReferences.Model;
import org.socle.inventory.importing.AssetReferences.Parent;
import org.socle.inventory.importing.AssetReferences.Supplier;
import org.socle.shared.csvimport.ImportRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the references of a file in a handful of queries, whatever its size: the
 * referentials whole (they are small), the register only for the inventory numbers the
 * file names.
 */
@Component
class AssetReferenceLoader {

	private final JdbcClient jdbc;

	private final DirectoryReferences directory;

	private final DirectoryApi directoryApi;

	AssetReferenceLoader(JdbcClient jdbc, DirectoryReferences directory, DirectoryApi directoryApi) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.directoryApi = directoryApi;
	}

	AssetReferences load(List<ImportRow> rows) {
		Set<String> numbers = new LinkedHashSet<>();
		Set<String> parentNumbers = new HashSet<>();
		for (ImportRow row : rows) {
			add(numbers, row.get(AssetColumns.INVENTORY_NUMBER));
			add(parentNumbers, row.get(AssetColumns.PARENT));
		}
		return new AssetReferences(new Loaded(categories(), this.directory.establishments(), this.directoryApi.teams(),
				this.directory.departments(), this.directory.locations(),
				this.jdbc.sql("select id, name from inv_manufacturer").query(Manufacturer.class).list(), models(),
				this.jdbc.sql("select id, name from inv_supplier").query(Supplier.class).list(),
				existingNumbers(numbers), parents(parentNumbers)));
	}

	private List<Category> categories() {
		return this.jdbc.sql("select id, code, name, kind, archived from inv_category").query(Category.class).list();
	}

	private List<Model> models() {
		List<Model> models = new ArrayList<>(
				this.jdbc.sql("select id, manufacturer_id, commercial_name as name from inv_model")
					.query(Model.class)
					.list());
		models.addAll(this.jdbc.sql(
				"select m.id, m.manufacturer_id, a.alias as name from inv_model_alias a join inv_model m on m.id = a.model_id")
			.query(Model.class)
			.list());
		return models;
	}

	private Set<String> existingNumbers(Set<String> numbers) {
		if (numbers.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(
				this.jdbc.sql("select inventory_number from inv_asset where inventory_number = any(:numbers)")
					.param("numbers", numbers.toArray(String[]::new))
					.query(String.class)
					.list());
	}

	private Map<String, Parent> parents(Set<String> numbers) {
		Map<String, Parent> parents = new HashMap<>();
		if (numbers.isEmpty()) {
			return parents;
		}
		this.jdbc.sql("""
				select inventory_number, id, establishment_id, owner_team_id from inv_asset
				where inventory_number = any(:numbers)""")
			.param("numbers", numbers.toArray(String[]::new))
			.query((rs, n) -> parents.put(rs.getString(1), new Parent(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
			.list();
		return parents;
	}

	private static void add(Set<String> set, String value) {
		if (value != null) {
			set.add(value);
		}
	}

}
