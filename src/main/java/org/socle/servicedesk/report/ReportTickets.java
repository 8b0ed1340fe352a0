package org.socle.servicedesk.report;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.socle.servicedesk.ticket.TicketStatus;
import org.socle.servicedesk.ticket.TicketType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tickets behind a count of a report (drill-down), newest first, page by page,
 * narrowed as the report is; optionally to one type or priority (a cell of the volumes).
 */
@Service
public class ReportTickets {

	private final ReportAccess access;

	private final JdbcClient jdbc;

	ReportTickets(ReportAccess access, JdbcClient jdbc) {
		this.access = access;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Page<ReportTicket> page(ReportFilter filter, Drill drill, TicketType type, Integer priority,
			Pageable pageable) {
		TicketConditions tickets = TicketConditions.of(filter, this.access.check(filter));
		StringBuilder where = new StringBuilder(" from sd_ticket t where ").append(drill.predicate());
		List<Object> params = new ArrayList<>(drill.params(filter.period()));
		if (type != null) {
			where.append(" and t.type = ?");
			params.add(type.name());
		}
		if (priority != null) {
			where.append(" and t.priority = ?");
			params.add(priority);
		}
		where.append(tickets.sql());
		params.addAll(tickets.params());
		long total = this.jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(pageable.getPageSize());
		paged.add(pageable.getOffset());
		List<ReportTicket> content = this.jdbc
			.sql("select t.id, t.number, t.title, t.type, t.status, t.priority, t.team_id, t.establishment_id,"
					+ " t.created_at, t.resolved_at" + where + " order by t.id desc limit ? offset ?")
			.params(paged)
			.query((rs, n) -> new ReportTicket(rs.getLong(1), rs.getString(2), rs.getString(3),
					TicketType.valueOf(rs.getString(4)), TicketStatus.valueOf(rs.getString(5)), rs.getInt(6),
					rs.getLong(7), rs.getLong(8), rs.getTimestamp(9).toInstant(), instant(rs.getTimestamp(10))))
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
