package org.socle.inventory.plan;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/** Maintenance plans written straight in the tables, for tests and the matrix. */
public final class PlanRows {

	private PlanRows() {
	}

	/**
	 * A preventive plan of the category, every {@code months} months (or {@code days}
	 * days when months is null), with its window and lead time.
	 */
	public static long categoryPlan(JdbcClient jdbc, long categoryId, Integer months, Integer days, String recurrence,
			int before, int after, int lead) {
		return plan(jdbc, "category_id", categoryId, months, days, recurrence, before, after, lead);
	}

	public static long plan(JdbcClient jdbc, String targetColumn, long targetId, Integer months, Integer days,
			String recurrence, int before, int after, int lead) {
		Timestamp now = Timestamp.from(Instant.now());
		return jdbc.sql("""
				insert into inv_plan (name, %s, work_order_type, interval_days, interval_months, recurrence,
				 window_before_days, window_after_days, lead_days, performer, created_at, created_by,
				 last_modified_at, last_modified_by)
				values (:name, :target, 'PREVENTIVE', :days, :months, :recurrence, :before, :after, :lead,
				 'INTERNAL_TEAM', :now, 'test', :now, 'test') returning id""".formatted(targetColumn))
			.param("name", "Plan " + System.nanoTime())
			.param("target", targetId)
			.param("days", days)
			.param("months", months)
			.param("recurrence", recurrence)
			.param("before", before)
			.param("after", after)
			.param("lead", lead)
			.param("now", now)
			.query(Long.class)
			.single();
	}

	/** Declares that one plan contains another. */
	public static void contains(JdbcClient jdbc, long planId, long containedId) {
		jdbc.sql("insert into inv_plan_nested (plan_id, contained_id) values (:plan, :contained)")
			.param("plan", planId)
			.param("contained", containedId)
			.update();
	}

	/**
	 * When the request is built: a new medical category, an asset in service of it owned
	 * by the team, and a yearly plan of the category; "{categoryId}", "{assetId}" and
	 * "{planId}" in the path, the body and the form parameters become their ids.
	 */
	public static RequestPostProcessor onFreshInventory(long establishmentId, long teamId, String path) {
		return request -> {
			JdbcClient jdbc = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
				.getBean(JdbcClient.class);
			Timestamp now = Timestamp.from(Instant.now());
			String unique = String.valueOf(System.nanoTime());
			long category = jdbc.sql("""
					insert into inv_category (kind, code, name, criticality, created_at, created_by, last_modified_at,
					 last_modified_by) values ('MEDICAL_DEVICE', :code, :code, 'MEDIUM', :now, 'test', :now, 'test')
					returning id""").param("code", "MAT-" + unique).param("now", now).query(Long.class).single();
			long asset = jdbc
				.sql("""
						insert into inv_asset (kind, inventory_number, category_id, establishment_id, owner_team_id, status,
						 first_in_service_on, created_at, created_by, last_modified_at, last_modified_by)
						values ('MEDICAL_DEVICE', :number, :category, :establishment, :team, 'IN_SERVICE', date '2024-01-10',
						 :now, 'test', :now, 'test') returning id""")
				.param("number", "MAT-" + unique)
				.param("category", category)
				.param("establishment", establishmentId)
				.param("team", teamId)
				.param("now", now)
				.query(Long.class)
				.single();
			long plan = categoryPlan(jdbc, category, 12, null, "ANCHORED", 0, 0, 0);
			java.util.function.UnaryOperator<String> ids = text -> text
				.replace("{categoryId}", String.valueOf(category))
				.replace("{assetId}", String.valueOf(asset))
				.replace("{planId}", String.valueOf(plan));
			String uri = ids.apply(path);
			request.setRequestURI(uri);
			request.setPathInfo(uri);
			if (request.getContentAsByteArray() != null) {
				request.setContent(ids.apply(new String(request.getContentAsByteArray(), StandardCharsets.UTF_8))
					.getBytes(StandardCharsets.UTF_8));
			}
			new java.util.HashMap<>(request.getParameterMap()).forEach((name, values) -> request.setParameter(name,
					java.util.Arrays.stream(values).map(ids).toArray(String[]::new)));
			return request;
		};
	}

}
