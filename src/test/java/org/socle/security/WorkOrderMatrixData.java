package org.socle.security;

import java.util.HashMap;
import java.util.Map;

import org.socle.testing.Fixtures;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inventory rows the work-order rows of the matrix act on: an asset of each side owned by
 * team T of that side, and fresh work orders on it (in SQL, as the inventory fixtures
 * do).
 */
final class WorkOrderMatrixData {

	private static final Map<String, Long> ASSETS = new HashMap<>();

	private WorkOrderMatrixData() {
	}

	static long asset(World w, Side s) {
		return ASSETS.computeIfAbsent(System.identityHashCode(w) + "-" + s, k -> newAsset(w, s));
	}

	/** A new OPEN work order of the type on the side's asset, with one checklist line. */
	static long workOrder(World w, Side s, String type, String status) {
		JdbcClient jdbc = w.jdbc;
		long asset = asset(w, s);
		long id = jdbc
			.sql("""
					insert into inv_work_order (number, type, asset_id, team_id, establishment_id, status, title, created_at,
					 created_by, last_modified_at, last_modified_by, completed_at, conformity)
					select 'OT-M' || nextval('inv_work_order_number_seq'), :type, a.id, a.owner_team_id, a.establishment_id,
					 :status, 'Matrice', now(), 'test', now(), 'test', case when :status = 'DONE' then now() end,
					 case when :status = 'DONE' then 'CONFORMING' end
					from inv_asset a where a.id = :asset returning id""")
			.param("type", type)
			.param("status", status)
			.param("asset", asset)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into inv_work_order_check (work_order_id, position, label, lower_limit, upper_limit)
				values (:id, 1, 'Mesure', 0, 10)""").param("id", id).update();
		return id;
	}

	/** A new ticket of the side about the side's asset. */
	static long ticketAboutAsset(World w, Side s) {
		long ticket = w.freshTicket(s).getId();
		w.jdbc.sql("update sd_ticket set asset_id = :asset where id = :id")
			.param("asset", asset(w, s))
			.param("id", ticket)
			.update();
		return ticket;
	}

	static long checkLine(World w, long workOrder) {
		return w.jdbc.sql("select min(id) from inv_work_order_check where work_order_id = :id")
			.param("id", workOrder)
			.query(Long.class)
			.single();
	}

	/**
	 * A failed control's blocking nonconformity, followed by a passing control: its
	 * restart is allowed. Returns {work order id, nonconformity id}.
	 */
	static long[] restartableNonconformity(World w, Side s) {
		long failed = workOrder(w, s, "SAFETY_TEST", "OPEN");
		w.jdbc
			.sql("update inv_work_order set status = 'DONE', conformity = 'SERIOUS_NONCONFORMITY', "
					+ "completed_at = now() - interval '2 hours' where id = :id")
			.param("id", failed)
			.update();
		long nonconformity = w.jdbc
			.sql("""
					insert into inv_nonconformity (work_order_id, asset_id, severity, out_of_service, decided_by, stopped_at,
					 created_at, created_by, last_modified_at, last_modified_by)
					select w.id, w.asset_id, 'SERIOUS_NONCONFORMITY', true, 'test', now() - interval '2 hours', now(), 'test',
					 now(), 'test' from inv_work_order w where w.id = :id returning id""")
			.param("id", failed)
			.query(Long.class)
			.single();
		workOrder(w, s, "SAFETY_TEST", "DONE");
		return new long[] { failed, nonconformity };
	}

	private static long newAsset(World w, Side s) {
		long category = w.jdbc.sql("""
				insert into inv_category (kind, code, name, criticality, created_at, created_by, last_modified_at,
				 last_modified_by) values ('MEDICAL_DEVICE', :code, 'Matrice', 'MEDIUM', now(), 't', now(), 't')
				returning id""").param("code", "CAT-M-" + Fixtures.unique()).query(Long.class).single();
		return w.jdbc
			.sql("""
					insert into inv_asset (kind, inventory_number, category_id, establishment_id, owner_team_id, status,
					 created_at, created_by, last_modified_at, last_modified_by)
					values ('MEDICAL_DEVICE', :number, :category, :establishment, :team, 'IN_SERVICE', now(), 't', now(), 't')
					returning id""")
			.param("number", "INV-M-" + Fixtures.unique())
			.param("category", category)
			.param("establishment", w.establishment(s).getId())
			.param("team", w.team(s).getId())
			.query(Long.class)
			.single();
	}

}
