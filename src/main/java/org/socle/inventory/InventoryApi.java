package org.socle.inventory;

import java.util.Optional;

import org.socle.inventory.asset.AssetAccess;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the inventory. Callers apply their reader's scope to the
 * establishment and team returned.
 */
@Service
@Transactional(readOnly = true)
public class InventoryApi {

	private static final String ASSET = """
			select a.id, a.inventory_number,
			 coalesce(a.name, m.commercial_name, c.name) || coalesce(' — ' || a.serial_number, '') as label,
			 a.kind, a.status, a.establishment_id, a.owner_team_id
			from inv_asset a join inv_category c on c.id = a.category_id left join inv_model m on m.id = a.model_id
			""";

	private final JdbcClient jdbc;

	private final AssetAccess access;

	InventoryApi(JdbcClient jdbc, AssetAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	public Optional<AssetRef> asset(long id) {
		return this.jdbc.sql(ASSET + " where a.id = :id").param("id", id).query(AssetRef.class).optional();
	}

	public Optional<AssetRef> assetByInventoryNumber(String inventoryNumber) {
		return this.jdbc.sql(ASSET + " where a.inventory_number = :number")
			.param("number", inventoryNumber.strip())
			.query(AssetRef.class)
			.optional();
	}

	/**
	 * The asset, when the signed-in account may report a fault on it (staff of its
	 * establishment, or one of its readers); empty when unknown or out of sight.
	 */
	public Optional<AssetRef> assetToReport(long id) {
		return asset(id).filter(this.access::reportsOn);
	}

	/** Whether the signed-in account reads the asset (its full page, its history). */
	public boolean reads(AssetRef asset) {
		return this.access.reads(asset);
	}

}
