package org.socle.inventory.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.asset.AssetReaders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading occurrences: one asset's (for its page and the API), and the due and overdue
 * ones of the assets the reader sees (a team's work list), filtered in the query.
 */
@Service
@Transactional(readOnly = true)
public class OccurrenceQueries {

	private static final String SELECT = """
			select o.id, o.asset_id, a.inventory_number, o.plan_id, p.name as plan_name, p.work_order_type,
			 o.due_on, o.window_start, o.window_end, o.meter_due, o.triggered_by, o.status, o.overdue,
			 o.work_order_id, w.number as work_order_number, o.suppressed_by_id, o.completed_on, a.owner_team_id
			from inv_plan_occurrence o join inv_plan p on p.id = o.plan_id join inv_asset a on a.id = o.asset_id
			left join inv_work_order w on w.id = o.work_order_id
			""";

	/** Due and overdue work is listed this many days ahead. */
	static final int HORIZON_DAYS = 60;

	private final JdbcClient jdbc;

	private final PlanAccess access;

	private final AssetAccess assets;

	private final Clock clock;

	OccurrenceQueries(JdbcClient jdbc, PlanAccess access, AssetAccess assets, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.assets = assets;
		this.clock = clock;
	}

	/**
	 * The asset's occurrences, newest due first: the open ones, then the last ones done
	 * or suppressed (at most {@code limit}). 404 when the asset is out of sight.
	 */
	public List<OccurrenceView> ofAsset(long assetId, int limit) {
		this.access.readableAsset(assetId);
		return this.jdbc.sql(SELECT + """
				where o.asset_id = :asset
				order by (o.status in ('PLANNED', 'WORK_ORDER_OPEN')) desc, o.due_on desc nulls first, o.id desc
				limit :limit""").param("asset", assetId).param("limit", limit).query(OccurrenceView.class).list();
	}

	/**
	 * Open occurrences due within the horizon or overdue, of the assets the reader sees,
	 * optionally of one owner team and only the overdue ones; earliest first.
	 */
	public List<OccurrenceView> due(Long teamId, boolean overdueOnly, int limit) {
		this.access.checkReader();
		AssetReaders readers = this.assets.readers();
		Map<String, Object> params = new HashMap<>(readers.params());
		params.put("until", LocalDate.now(this.clock).plusDays(HORIZON_DAYS));
		params.put("team", teamId);
		params.put("limit", limit);
		String where = """
				where o.status in ('PLANNED', 'WORK_ORDER_OPEN') and (o.overdue or o.due_on <= :until)
				 and (cast(:team as bigint) is null or a.owner_team_id = :team)"""
				+ (overdueOnly ? " and o.overdue" : "") + " and " + readers.where("a");
		return this.jdbc.sql(SELECT + where + " order by o.overdue desc, o.due_on, o.id limit :limit")
			.params(params)
			.query(OccurrenceView.class)
			.list();
	}

}
