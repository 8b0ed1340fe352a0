package org.socle.inventory.workorder;

import java.sql.Timestamp;
import java.time.Clock;

import org.socle.shared.audit.CurrentUsername;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens work orders for every feature that needs one (plans falling due, tickets about an
 * asset, safety notices), numbered OT-000123 from one sequence. The owning team and
 * establishment default to the asset's. Joins the caller's transaction.
 */
@Component
public class WorkOrderOpener {

	private final JdbcClient jdbc;

	private final Clock clock;

	WorkOrderOpener(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public WorkOrderRef open(NewWorkOrder order) {
		String number = "OT-%06d"
			.formatted(this.jdbc.sql("select nextval('inv_work_order_number_seq')").query(Long.class).single());
		Timestamp now = Timestamp.from(this.clock.instant());
		long id = this.jdbc.sql("""
				insert into inv_work_order (number, type, asset_id, team_id, establishment_id, status, title, due_on,
				 ticket_id, created_at, created_by, last_modified_at, last_modified_by)
				select :number, :type, a.id, coalesce(:team, a.owner_team_id), a.establishment_id, 'OPEN', :title,
				 :due, :ticket, :now, :by, :now, :by
				from inv_asset a where a.id = :asset
				returning id""")
			.param("number", number)
			.param("type", order.type().name())
			.param("team", order.teamId())
			.param("title", order.title())
			.param("due", order.dueOn())
			.param("ticket", order.ticketId())
			.param("now", now)
			.param("by", CurrentUsername.get())
			.param("asset", order.assetId())
			.query(Long.class)
			.single();
		return new WorkOrderRef(id, number);
	}

}
