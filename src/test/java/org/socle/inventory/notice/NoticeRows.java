package org.socle.inventory.notice;

import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Safety-notice rows written straight in the tables for the authorization matrix, whose
 * requests need fresh rows: a notice of an establishment, holding one affected asset (an
 * IT item of the team, its match still to confirm) and one criterion.
 */
public final class NoticeRows {

	private final JdbcClient jdbc;

	private NoticeRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The request goes to the path with "{id}" the notice, "{affected}" its affected row,
	 * "{asset}" the asset, "{criterion}" its criterion, all new.
	 */
	public static RequestPostProcessor onFreshNotice(Long establishmentId, Long teamId, String path) {
		return onFresh(rows -> rows.fresh(establishmentId, teamId, path));
	}

	private String fresh(Long establishmentId, Long teamId, String path) {
		long category = id(
				"""
						insert into inv_category (kind, code, name, criticality, created_at, created_by, last_modified_at,
						 last_modified_by) values ('IT_ITEM', 'MX-' || :n, 'Matrice ' || :n, 'LOW', now(), 'test', now(), 'test')
						 returning id""",
				establishmentId, teamId);
		long asset = id(
				"""
						insert into inv_asset (kind, inventory_number, serial_number, category_id, establishment_id, owner_team_id,
						 status, created_at, created_by, last_modified_at, last_modified_by)
						 values ('IT_ITEM', 'MX-' || :n, 'MX' || :n, currval(pg_get_serial_sequence('inv_category', 'id')), :e, :t,
						 'IN_SERVICE', now(), 'test', now(), 'test') returning id""",
				establishmentId, teamId);
		long notice = id(
				"""
						insert into inv_safety_notice (source, reference, title, received_on, required_action, status, group_wide,
						 created_at, created_by, last_modified_at, last_modified_by)
						 values ('ANSM_ALERT', 'MX-' || :n, 'Matrice', current_date, 'Vérifier', 'OPEN', false, now(), 'test', now(),
						 'test') returning id""",
				establishmentId, teamId);
		this.jdbc.sql("insert into inv_safety_notice_establishment (notice_id, establishment_id) values (:id, :e)")
			.param("id", notice)
			.param("e", establishmentId)
			.update();
		long criterion = id(
				"""
						insert into inv_safety_notice_criterion (notice_id, kind, value, created_at, created_by, last_modified_at,
						 last_modified_by) values (currval(pg_get_serial_sequence('inv_safety_notice', 'id')), 'SERIAL', 'MX' || :n,
						 now(), 'test', now(), 'test') returning id""",
				establishmentId, teamId);
		long affected = id(
				"""
						insert into inv_affected_asset (notice_id, asset_id, matched_by, matched_criterion, matched_value, doubt,
						 confirmation, action_status, matched_at, created_at, created_by, last_modified_at, last_modified_by)
						 values (currval(pg_get_serial_sequence('inv_safety_notice', 'id')),
						 currval(pg_get_serial_sequence('inv_asset', 'id')), 'SERIAL', 'MX' || :n, 'MX' || :n, 'UNKNOWN_MODEL',
						 'PENDING', 'TO_CHECK', now(), now(), 'test', now(), 'test') returning id""",
				establishmentId, teamId);
		return path.replace("{id}", String.valueOf(notice))
			.replace("{affected}", String.valueOf(affected))
			.replace("{asset}", String.valueOf(asset))
			.replace("{criterion}", String.valueOf(criterion))
			.replace("{category}", String.valueOf(category));
	}

	private long id(String sql, Long establishmentId, Long teamId) {
		var statement = this.jdbc.sql(sql).param("n", String.valueOf(System.nanoTime()));
		if (sql.contains(":e")) {
			statement = statement.param("e", establishmentId);
		}
		if (sql.contains(":t")) {
			statement = statement.param("t", teamId);
		}
		return statement.query(Long.class).single();
	}

	private static RequestPostProcessor onFresh(Function<NoticeRows, String> uriOf) {
		return request -> {
			JdbcClient jdbc = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
				.getBean(JdbcClient.class);
			String uri = uriOf.apply(new NoticeRows(jdbc));
			request.setRequestURI(uri);
			request.setPathInfo(uri);
			return request;
		};
	}

}
