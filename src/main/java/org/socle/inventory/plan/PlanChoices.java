package org.socle.inventory.plan;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a plan's form offers to choose from: categories, models, suppliers, plans. */
@Component
class PlanChoices {

	private final JdbcClient jdbc;

	PlanChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Choice> categories() {
		return list("select id, code || ' — ' || name as label from inv_category where not archived order by code");
	}

	List<Choice> models() {
		return list("""
				select m.id, f.name || ' ' || m.commercial_name as label from inv_model m
				join inv_manufacturer f on f.id = m.manufacturer_id order by f.name, m.commercial_name""");
	}

	List<Choice> suppliers() {
		return list("select id, name as label from inv_supplier where not archived order by name");
	}

	/** Shared plans another plan may contain (not the plan itself). */
	List<Choice> plans(Long except) {
		return this.jdbc
			.sql("select id, name as label from inv_plan where not archived and asset_id is null "
					+ "and id <> coalesce(:except, -1) order by name")
			.param("except", except)
			.query(Choice.class)
			.list();
	}

	private List<Choice> list(String sql) {
		return this.jdbc.sql(sql).query(Choice.class).list();
	}

	/** One option of a select. */
	record Choice(Long id, String label) {
	}

}
