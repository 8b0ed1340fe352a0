package org.socle.inventory.importing;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.inventory.importing.AssetLine.ModelChoice;
import org.socle.inventory.importing.AssetLine.NameChoice;
import org.socle.shared.csvimport.ImportColumn;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes confirmed lines in JDBC batches of {@value #BATCH}: ids drawn from the asset
 * sequence up front (so a line may name an earlier line as parent), then per batch the
 * assets, their "imported" first lifecycle step and their first history revision, both
 * set-based from the rows just written. Manufacturers, models and suppliers the register
 * does not know are created once, on the first line that needs them. One history revision
 * covers the whole import.
 */
final class AssetWriter {

	static final int BATCH = 500;

	/** The reason recorded on each asset's first lifecycle step. */
	static final String REASON = "Import";

	private static final String INSERT_ASSET = """
			insert into inv_asset (id, kind, inventory_number, name, serial_number, category_id, model_id,
			 establishment_id, owner_team_id, location_id, department_id, parent_id, status, udi_device_identifier,
			 lot_number, manufactured_on, expires_on, supplier_id, order_reference, acquisition_cost, funding,
			 first_in_service_on, warranty_end_on, software_version, notes, version, created_at, created_by,
			 last_modified_at, last_modified_by)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""";

	private static final int[] ASSET_TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.BIGINT, Types.VARCHAR,
			Types.NUMERIC, Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP,
			Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR };

	private static final String FIRST_STEPS = """
			insert into inv_asset_status_change (asset_id, from_status, to_status, reason, changed_by, changed_at)
			select id, null, status, ?, ?, ? from inv_asset where id = any(?)""";

	private static final String FIRST_REVISIONS = """
			insert into inv_asset_aud (id, rev, revtype, kind, inventory_number, name, serial_number, category_id,
			 model_id, establishment_id, owner_team_id, location_id, department_id, parent_id, status,
			 udi_device_identifier, lot_number, manufactured_on, expires_on, supplier_id, order_reference,
			 acquisition_cost, funding, first_in_service_on, warranty_end_on, software_version, criticality,
			 criticality_reason, notes)
			select id, ?, 0, kind, inventory_number, name, serial_number, category_id, model_id, establishment_id,
			 owner_team_id, location_id, department_id, parent_id, status, udi_device_identifier, lot_number,
			 manufactured_on, expires_on, supplier_id, order_reference, acquisition_cost, funding, first_in_service_on,
			 warranty_end_on, software_version, criticality, criticality_reason, notes
			from inv_asset where id = any(?)""";

	private final JdbcTemplate jdbc;

	private final Timestamp now;

	private final String username;

	private final List<Object[]> pending = new ArrayList<>(BATCH);

	private final Deque<Long> freeIds = new ArrayDeque<>();

	private final Map<String, Long> idByNumber = new HashMap<>();

	private final List<Long> written = new ArrayList<>();

	private final Map<String, Long> createdManufacturers = new HashMap<>();

	private final Map<String, Long> createdModels = new HashMap<>();

	private final Map<String, Long> createdSuppliers = new HashMap<>();

	private Long revision;

	AssetWriter(JdbcTemplate jdbc, Timestamp now, String username) {
		this.jdbc = jdbc;
		this.now = now;
		this.username = username;
	}

	/** Buffers a line; the batch is written when full or at {@link #flush()}. */
	void add(AssetLine line) {
		long id = nextId();
		this.idByNumber.put(line.inventoryNumber(), id);
		Long parentId = (line.parentId() != null) ? line.parentId()
				: (line.parentNumber() != null) ? this.idByNumber.get(line.parentNumber()) : null;
		this.pending.add(new Object[] { id, line.kind(), line.inventoryNumber(), line.name(), line.serialNumber(),
				line.categoryId(), modelId(line.model(), line.categoryId()), line.establishmentId(), line.ownerTeamId(),
				line.locationId(), line.departmentId(), parentId, line.status(), line.udiDeviceIdentifier(),
				line.lotNumber(), line.manufacturedOn(), line.expiresOn(), supplierId(line.supplier()),
				line.orderReference(), line.acquisitionCost(), line.funding(), line.firstInServiceOn(),
				line.warrantyEndOn(), line.softwareVersion(), line.notes(), this.now, this.username, this.now,
				this.username });
		if (this.pending.size() >= BATCH) {
			flush();
		}
	}

	void flush() {
		if (this.pending.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(INSERT_ASSET, this.pending, ASSET_TYPES);
		Long[] ids = this.pending.stream().map(values -> (Long) values[0]).toArray(Long[]::new);
		this.jdbc.update(FIRST_STEPS, REASON, this.username, this.now, ids);
		this.jdbc.update(FIRST_REVISIONS, revision(), ids);
		this.written.addAll(List.of(ids));
		this.pending.clear();
	}

	/** The ids of the assets written so far, in file order. */
	List<Long> written() {
		return this.written;
	}

	int createdManufacturers() {
		return this.createdManufacturers.size();
	}

	int createdModels() {
		return this.createdModels.size();
	}

	int createdSuppliers() {
		return this.createdSuppliers.size();
	}

	private long nextId() {
		if (this.freeIds.isEmpty()) {
			this.freeIds.addAll(this.jdbc.queryForList(
					"select nextval(pg_get_serial_sequence('inv_asset', 'id')) from generate_series(1, ?)", Long.class,
					BATCH));
		}
		return this.freeIds.removeFirst();
	}

	private Long modelId(ModelChoice model, Long categoryId) {
		if (model == null) {
			return null;
		}
		if (model.modelId() != null) {
			return model.modelId();
		}
		Long manufacturerId = (model.manufacturerId() != null) ? model.manufacturerId()
				: this.createdManufacturers.computeIfAbsent(ImportColumn.normalise(model.manufacturer()),
						k -> create("inv_manufacturer", "name", model.manufacturer(), null, null));
		return this.createdModels.computeIfAbsent(manufacturerId + "/" + ImportColumn.normalise(model.model()),
				k -> create("inv_model", "commercial_name", model.model(), manufacturerId, categoryId));
	}

	private Long supplierId(NameChoice supplier) {
		if (supplier == null) {
			return null;
		}
		if (supplier.id() != null) {
			return supplier.id();
		}
		return this.createdSuppliers.computeIfAbsent(ImportColumn.normalise(supplier.name()),
				k -> create("inv_supplier", "name", supplier.name(), null, null));
	}

	/** Inserts a referential row (and its first revision) and answers its id. */
	private Long create(String table, String nameColumn, String name, Long manufacturerId, Long categoryId) {
		boolean model = "inv_model".equals(table);
		String extraColumns = model ? "manufacturer_id, category_id, " : "";
		String extraValues = model ? "?, ?, " : "";
		List<Object> args = new ArrayList<>();
		if (model) {
			args.add(manufacturerId);
			args.add(categoryId);
		}
		args.addAll(List.of(name, this.now, this.username, this.now, this.username));
		Long id = this.jdbc.queryForObject("insert into " + table + " (" + extraColumns + nameColumn
				+ ", created_at, created_by, last_modified_at, last_modified_by) values (" + extraValues
				+ "?, ?, ?, ?, ?) returning id", Long.class, args.toArray());
		String auditColumns = model ? "manufacturer_id, category_id, commercial_name" : nameColumn;
		this.jdbc.update("insert into " + table + "_aud (id, rev, revtype, " + auditColumns + ") select id, ?, 0, "
				+ auditColumns + " from " + table + " where id = ?", revision(), id);
		return id;
	}

	private Long revision() {
		if (this.revision == null) {
			this.revision = this.jdbc.queryForObject(
					"insert into shared_revision (revised_at, username) values (?, ?) returning id", Long.class,
					this.now, this.username);
		}
		return this.revision;
	}

}
