package org.socle.servicedesk.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The narrowing of a report's tickets (alias {@code t} of {@code sd_ticket}) to the
 * filter's service, team and establishment and to the tickets its reader works, as SQL
 * conditions ({@code and ...}) with their parameters. Ids are bound, except the reader's
 * own (numbers from the role grants), written as literals to keep one statement per
 * shape.
 */
final class TicketConditions {

	private final String sql;

	private final List<Object> params;

	private TicketConditions(String sql, List<Object> params) {
		this.sql = sql;
		this.params = List.copyOf(params);
	}

	static TicketConditions of(ReportFilter filter, ReaderScope reader) {
		StringBuilder sql = new StringBuilder();
		List<Object> params = new ArrayList<>();
		if (filter.serviceId() != null) {
			sql.append(" and t.service_id = ?");
			params.add(filter.serviceId());
		}
		if (filter.teamId() != null) {
			sql.append(" and t.team_id = ?");
			params.add(filter.teamId());
		}
		if (filter.establishmentId() != null) {
			sql.append(" and t.establishment_id = ?");
			params.add(filter.establishmentId());
		}
		if (!reader.everything()) {
			sql.append(" and (").append(in("t.establishment_id", reader.establishmentIds()));
			sql.append(" or ").append(in("t.team_id", reader.teamIds())).append(')');
		}
		return new TicketConditions(sql.toString(), params);
	}

	/** The conditions, each starting with {@code and}; empty when nothing narrows. */
	String sql() {
		return this.sql;
	}

	List<Object> params() {
		return this.params;
	}

	/** Whether the tickets are narrowed at all (else a query needs no join on them). */
	boolean narrows() {
		return !this.sql.isEmpty();
	}

	private static String in(String column, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return "false";
		}
		return column + " in (" + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
	}

}
