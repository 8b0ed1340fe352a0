package org.socle.inventory.workorder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.inventory.asset.AssetReaders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work-order list, filtered in the query by the reader's assets (a work order is read
 * as its asset is), newest first.
 */
@Component
@Transactional(readOnly = true)
class WorkOrderQueries {

	static final int MAX_ROWS = 500;

	private static final String OPEN = "('OPEN', 'IN_PROGRESS', 'ON_HOLD')";

	private final JdbcClient jdbc;

	private final WorkOrderAccess access;

	private final Clock clock;

	WorkOrderQueries(JdbcClient jdbc, WorkOrderAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	List<WorkOrderRow> list(WorkOrderFilter filter, int limit) {
		AssetReaders readers = this.access.assets().readers();
		LocalDate today = LocalDate.now(this.clock);
		List<String> where = new ArrayList<>(List.of(readers.where("a")));
		Map<String, Object> params = new HashMap<>(readers.params());
		params.put("today", today);
		params.put("limit", Math.min(limit, MAX_ROWS));
		condition(where, params, filter.type(), "w.type = :type", "type");
		condition(where, params, filter.status(), "w.status = :status", "status");
		condition(where, params, filter.teamId(), "w.team_id = :team", "team");
		condition(where, params, filter.establishmentId(), "w.establishment_id = :establishment", "establishment");
		condition(where, params, filter.assetId(), "w.asset_id = :asset", "asset");
		if (Boolean.TRUE.equals(filter.overdue())) {
			where.add("w.status in " + OPEN + " and w.due_on < :today");
		}
		String sql = """
				select w.id, w.number, w.type, w.status, w.title, w.due_on, w.asset_id, a.inventory_number as asset_number,
				 coalesce(a.name, m.commercial_name, c.name) as asset_label, a.status as asset_status, w.team_id,
				 w.establishment_id, w.completed_at, w.conformity,
				 coalesce(w.status in %s and w.due_on < :today, false) as overdue,
				 exists (select 1 from inv_nonconformity n where n.asset_id = a.id and n.out_of_service
				  and n.restarted_at is null) as blocked
				from inv_work_order w join inv_asset a on a.id = w.asset_id join inv_category c on c.id = a.category_id
				 left join inv_model m on m.id = a.model_id
				where %s order by w.id desc limit :limit"""
			.formatted(OPEN, String.join(" and ", where));
		return this.jdbc.sql(sql).params(params).query(WorkOrderRow.class).list();
	}

	private static void condition(List<String> where, Map<String, Object> params, Object value, String sql,
			String name) {
		if (value != null) {
			where.add(sql);
			params.put(name, (value instanceof Enum<?> e) ? e.name() : value);
		}
	}

}
