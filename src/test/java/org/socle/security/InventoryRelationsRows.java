package org.socle.security;

import java.util.HashMap;
import java.util.Map;

import org.socle.testing.Fixtures;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records the matrix's inventory relations and contracts rows act on, made in SQL for
 * team T of a side: assets, relations, service links, suppliers, contracts, reminders.
 */
final class InventoryRelationsRows {

	private static final Map<World, Long> CATEGORIES = new HashMap<>();

	private InventoryRelationsRows() {
	}

	/** A new asset of team T of the side. */
	static long asset(World w, Side s) {
		long category = CATEGORIES.computeIfAbsent(w, x -> insert(x.jdbc(), """
				insert into inv_category (kind, code, name, criticality, created_at, created_by, last_modified_at,
				 last_modified_by) values ('IT_ITEM', ?, 'Matrice', 'MEDIUM', now(), 'test', now(), 'test')
				 returning id""", "MX-" + Fixtures.unique()));
		return insert(w.jdbc(), """
				insert into inv_asset (kind, inventory_number, category_id, establishment_id, owner_team_id, status,
				 created_at, created_by, last_modified_at, last_modified_by)
				 values ('IT_ITEM', ?, ?, ?, ?, 'IN_SERVICE', now(), 'test', now(), 'test') returning id""",
				"MX-" + Fixtures.unique(), category, w.establishment(s).getId(), w.team(s).getId());
	}

	static String number(World w, long assetId) {
		return w.jdbc()
			.sql("select inventory_number from inv_asset where id = ?")
			.params(assetId)
			.query(String.class)
			.single();
	}

	/** A live relation "source DEPENDS_ON target" between two new assets of the side. */
	static long relation(World w, Side s, long source) {
		return insert(w.jdbc(), """
				insert into inv_asset_relation (source_id, type, target_id, created_at, created_by, last_modified_at,
				 last_modified_by) values (?, 'DEPENDS_ON', ?, now(), 'test', now(), 'test') returning id""", source,
				asset(w, s));
	}

	/** A catalogue service of team T of the side. */
	static long service(World w, Side s) {
		return insert(w.jdbc(), """
				insert into sd_service (owner_team_id, name_fr, name_en, status, created_at, created_by,
				 last_modified_at, last_modified_by) values (?, 'Matrice', 'Matrix', 'LIVE', now(), 'test', now(),
				 'test') returning id""", w.team(s).getId());
	}

	static long serviceLink(World w, Side s, long asset) {
		return insert(w.jdbc(), """
				insert into inv_asset_service (asset_id, service_id, created_at, created_by, last_modified_at,
				 last_modified_by) values (?, ?, now(), 'test', now(), 'test') returning id""", asset, service(w, s));
	}

	static long supplier(World w) {
		return insert(w.jdbc(), """
				insert into inv_supplier (name, created_at, created_by, last_modified_at, last_modified_by)
				 values (?, now(), 'test', now(), 'test') returning id""", "Fournisseur " + Fixtures.unique());
	}

	/** A new maintenance contract of team T of the side, covering a new asset. */
	static long contract(World w, Side s) {
		long id = insert(w.jdbc(), """
				insert into inv_contract (kind, supplier_id, reference, establishment_id, owner_team_id, starts_on,
				 ends_on, notice_on, created_at, created_by, last_modified_at, last_modified_by)
				 values ('MAINTENANCE', ?, ?, ?, ?, date '2026-01-01', date '2026-12-31', date '2026-10-01', now(),
				 'test', now(), 'test') returning id""", supplier(w), "MX-" + Fixtures.unique(),
				w.establishment(s).getId(), w.team(s).getId());
		w.jdbc()
			.sql("insert into inv_contract_asset (contract_id, asset_id) values (?, ?)")
			.params(id, asset(w, s))
			.update();
		return id;
	}

	static long coveredAsset(World w, long contract) {
		return w.jdbc()
			.sql("select asset_id from inv_contract_asset where contract_id = ?")
			.params(contract)
			.query(Long.class)
			.single();
	}

	static long reminder(World w, Side s) {
		return insert(w.jdbc(), """
				insert into inv_contract_reminder (contract_id, notice_on, written_on, created_at)
				 values (?, date '2026-10-01', current_date, now()) returning id""", contract(w, s));
	}

	/** A contract of team T of the side, as the API and the page's form take it. */
	static Map<String, Object> contractForm(World w, Side s) {
		Map<String, Object> form = new HashMap<>();
		form.put("kind", "WARRANTY");
		form.put("supplierId", supplier(w));
		form.put("reference", "MX-" + Fixtures.unique());
		form.put("establishmentId", w.establishment(s).getId());
		form.put("ownerTeamId", w.team(s).getId());
		form.put("startsOn", "2026-01-01");
		form.put("endsOn", "2027-12-31");
		return form;
	}

	private static long insert(JdbcClient jdbc, String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
