package org.socle.testing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds inventory rows for tests (categories, models, assets) straight in SQL, with
 * unique codes and numbers, so that every inventory feature's tests share one way of
 * making them. Import it next to {@link Fixtures}.
 */
@TestComponent
public class InventoryFixtures {

	private final JdbcClient jdbc;

	InventoryFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A category of the kind, MEDIUM criticality, with the regulatory flags given. */
	public long category(String kind, String... flags) {
		long id = insert("""
				insert into inv_category (kind, code, name, criticality, created_at, created_by, last_modified_at,
				 last_modified_by) values (:kind, :code, :name, 'MEDIUM', :now, 'test', :now, 'test') returning id""",
				new Object[] { "kind", kind, "code", "CAT-" + Fixtures.unique(), "name",
						"Catégorie " + Fixtures.unique() });
		Arrays.stream(flags)
			.forEach((flag) -> this.jdbc
				.sql("insert into inv_category_flag (category_id, flag_code) values (:id, :flag)")
				.param("id", id)
				.param("flag", flag)
				.update());
		return id;
	}

	/**
	 * A model of a new manufacturer in the category, with an optional device identifier.
	 */
	public long model(long categoryId, String commercialName, String deviceIdentifier) {
		long manufacturer = insert("""
				insert into inv_manufacturer (name, created_at, created_by, last_modified_at, last_modified_by)
				 values (:name, :now, 'test', :now, 'test') returning id""",
				new Object[] { "name", "Fabricant " + Fixtures.unique() });
		return insert("""
				insert into inv_model (manufacturer_id, category_id, commercial_name, device_identifier, created_at,
				 created_by, last_modified_at, last_modified_by)
				 values (:manufacturer, :category, :name, :di, :now, 'test', :now, 'test') returning id""",
				new Object[] { "manufacturer", manufacturer, "category", categoryId, "name", commercialName, "di",
						deviceIdentifier });
	}

	/**
	 * An asset IN_SERVICE of the establishment, owned by the team, with a unique number.
	 */
	public long asset(Establishment establishment, Team team, long categoryId, Long modelId, String serial) {
		return asset(new AssetRow(establishment.getId(), team.getId(), categoryId, modelId, serial, null, "IN_SERVICE",
				LocalDate.of(2020, 1, 15)));
	}

	public long asset(AssetRow row) {
		String kind = this.jdbc.sql("select kind from inv_category where id = :id")
			.param("id", row.categoryId())
			.query(String.class)
			.single();
		return insert("""
				insert into inv_asset (kind, inventory_number, serial_number, category_id, model_id, establishment_id,
				 owner_team_id, status, lot_number, first_in_service_on, created_at, created_by, last_modified_at,
				 last_modified_by)
				 values (:kind, :number, :serial, :category, :model, :establishment, :team, :status, :lot, :since,
				 :now, 'test', :now, 'test') returning id""",
				new Object[] { "kind", kind, "number", "INV-" + Fixtures.unique(), "serial", row.serial(), "category",
						row.categoryId(), "model", row.modelId(), "establishment", row.establishmentId(), "team",
						row.teamId(), "status", row.status(), "lot", row.lot(), "since", row.firstInServiceOn() });
	}

	private long insert(String sql, Object[] namesAndValues) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param("now", Timestamp.from(Instant.now()));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			statement = statement.param((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return statement.query(Long.class).single();
	}

	/** What a test says of an asset; the rest is left empty. */
	public record AssetRow(Long establishmentId, Long teamId, long categoryId, Long modelId, String serial, String lot,
			String status, LocalDate firstInServiceOn) {
	}

}
