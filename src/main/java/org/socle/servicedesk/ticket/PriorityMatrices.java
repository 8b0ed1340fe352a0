package org.socle.servicedesk.ticket;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the priority matrix from its table (a few rows, read at each use). */
@Component
class PriorityMatrices {

	private final JdbcClient jdbc;

	PriorityMatrices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PriorityMatrix current() {
		return new PriorityMatrix(this.jdbc.sql("select impact, urgency, priority from sd_priority_matrix")
			.query((rs, n) -> new PriorityMatrix.Cell(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.list());
	}

}
