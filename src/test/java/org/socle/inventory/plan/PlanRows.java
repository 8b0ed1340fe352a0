package org.socle.inventory.plan;

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
	 * The request goes to the path ("{id}") of a plan of the category created when the
	 * request is built.
	 */
	public static RequestPostProcessor onFreshPlan(long categoryId, String path) {
		return request -> {
			JdbcClient jdbc = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
				.getBean(JdbcClient.class);
			String uri = path.replace("{id}",
					String.valueOf(categoryPlan(jdbc, categoryId, 12, null, "ANCHORED", 0, 0, 0)));
			request.setRequestURI(uri);
			request.setPathInfo(uri);
			return request;
		};
	}

}
