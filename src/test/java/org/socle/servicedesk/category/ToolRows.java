package org.socle.servicedesk.category;

import java.time.Instant;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Rows of the agents' tools written straight in the tables (categories, saved filters),
 * for tests and for the authorization matrix, whose requests need a fresh row each.
 */
public final class ToolRows {

	private final JdbcClient jdbc;

	public ToolRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new active category of the team. */
	public Long category(Long teamId, Long parentId, String name) {
		return this.jdbc.sql("""
				insert into sd_category (team_id, parent_id, name, archived, version, created_at, created_by,
				    last_modified_at, last_modified_by)
				values (?, ?, ?, false, 0, ?, 'test', ?, 'test') returning id""")
			.params(teamId, parentId, name, java.sql.Timestamp.from(Instant.now()),
					java.sql.Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
	}

	/** A saved filter of the account. */
	public Long savedFilter(Long accountId, String name, String query) {
		return this.jdbc.sql("""
				insert into sd_saved_filter (owner_account_id, name, query, created_at)
				values (?, ?, ?, ?) returning id""")
			.params(accountId, name, query, java.sql.Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
	}

	/**
	 * The request goes to the path (with "%d" for the team and "{id}" for the category)
	 * of a category of the team created when the request is built.
	 */
	public static RequestPostProcessor onFreshCategory(Long teamId, String path) {
		return onFreshRow(path.replace("%d", String.valueOf(teamId)),
				rows -> rows.category(teamId, null, "Nouvelle " + System.nanoTime()));
	}

	/**
	 * The request goes to the path ("{id}") of a filter saved by an account of nobody.
	 */
	public static RequestPostProcessor onSomeoneElsesFilter(String path) {
		return onFreshRow(path, rows -> rows.savedFilter(0L, "Autre " + System.nanoTime(), "view=ALL"));
	}

	/**
	 * Makes the request's path name a row created when the request is built: every
	 * {@code {id}} in the path becomes the new row's id.
	 */
	public static RequestPostProcessor onFreshRow(String path, Function<ToolRows, Long> create) {
		return request -> {
			JdbcClient jdbc = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
				.getBean(JdbcClient.class);
			String uri = path.replace("{id}", String.valueOf(create.apply(new ToolRows(jdbc))));
			request.setRequestURI(uri);
			request.setPathInfo(uri);
			return request;
		};
	}

}
