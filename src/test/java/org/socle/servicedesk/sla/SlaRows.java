package org.socle.servicedesk.sla;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/** Agreements written straight in the tables, for the authorization matrix's requests. */
public final class SlaRows {

	private SlaRows() {
	}

	/** A team's default agreement (priority 1 to 5 targets), version 0. */
	public static Long agreement(JdbcClient jdbc, Long teamId) {
		Timestamp now = Timestamp.from(Instant.now());
		Long id = jdbc.sql("""
				insert into sd_agreement (kind, name, team_id, valid_from, created_at, created_by, last_modified_at,
				    last_modified_by)
				values ('OLA', ?, ?, ?, ?, 'test', ?, 'test') returning id""")
			.params("Matrice " + System.nanoTime(), teamId, java.sql.Date.valueOf(LocalDate.now().minusDays(1)), now,
					now)
			.query(Long.class)
			.single();
		for (int p = 1; p <= 5; p++) {
			jdbc.sql("insert into sd_agreement_target (agreement_id, priority, response_minutes, resolution_minutes) "
					+ "values (?, ?, 60, 480)")
				.params(id, p)
				.update();
		}
		return id;
	}

	/**
	 * The request goes to the path ("{id}") of an agreement of the team created when the
	 * request is built.
	 */
	public static RequestPostProcessor onFreshAgreement(Long teamId, String path) {
		return request -> {
			JdbcClient jdbc = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
				.getBean(JdbcClient.class);
			String uri = path.replace("{id}", String.valueOf(agreement(jdbc, teamId)));
			request.setRequestURI(uri);
			request.setPathInfo(uri);
			return request;
		};
	}

}
