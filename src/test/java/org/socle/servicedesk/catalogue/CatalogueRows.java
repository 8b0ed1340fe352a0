package org.socle.servicedesk.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Catalogue rows written straight in the tables, for tests and for the authorization
 * matrix, whose requests need a fresh row each.
 */
public final class CatalogueRows {

	private final JdbcClient jdbc;

	public CatalogueRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A service of the team, offered to the establishment, in that status. */
	public Long service(Long teamId, Long establishmentId, String status) {
		Long id = this.jdbc.sql("""
				insert into sd_service (owner_team_id, name_fr, name_en, status, created_at, created_by,
				    last_modified_at, last_modified_by)
				values (?, ?, ?, ?, ?, 'test', ?, 'test') returning id""")
			.params(teamId, "Service " + System.nanoTime(), "Service " + System.nanoTime(), status, now(), now())
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into sd_service_customer (service_id, establishment_id) values (?, ?)")
			.params(id, establishmentId)
			.update();
		return id;
	}

	/** A request item of the service, asking nothing, with no approval. */
	public Long item(Long serviceId) {
		return this.jdbc.sql("""
				insert into sd_service_item (service_id, label_fr, label_en, approval, created_at, created_by,
				    last_modified_at, last_modified_by)
				values (?, 'Formulaire', 'Form', 'NONE', ?, 'test', ?, 'test') returning id""")
			.params(serviceId, now(), now())
			.query(Long.class)
			.single();
	}

	/** A request waiting for an approver who is none of the matrix's profiles. */
	public Long someoneElsesPendingRequest(Long teamId, Long establishmentId) {
		Long service = service(teamId, establishmentId, "LIVE");
		Long item = item(service);
		return this.jdbc.sql("""
				insert into sd_service_request (service_id, item_id, requester_id, establishment_id, title, status,
				    approver_id, created_at, created_by, last_modified_at, last_modified_by)
				values (?, ?, 0, ?, 'Demande', 'PENDING', 0, ?, 'test', ?, 'test') returning id""")
			.params(service, item, establishmentId, now(), now())
			.query(Long.class)
			.single();
	}

	private static Timestamp now() {
		return Timestamp.from(Instant.now());
	}

	/** The request goes to the path ("{id}") of a new live service of the team. */
	public static RequestPostProcessor onFreshService(Long teamId, Long establishmentId, String path) {
		return onFresh(rows -> path.replace("{id}", String.valueOf(rows.service(teamId, establishmentId, "LIVE"))));
	}

	/**
	 * The request goes to the path ("{id}" the service, "{item}" the item) of a new item
	 * of a new live service of the team.
	 */
	public static RequestPostProcessor onFreshItem(Long teamId, Long establishmentId, String path) {
		return onFresh(rows -> {
			Long service = rows.service(teamId, establishmentId, "LIVE");
			return path.replace("{id}", String.valueOf(service)).replace("{item}", String.valueOf(rows.item(service)));
		});
	}

	/** The request goes to the path ("{id}") of a request waiting for someone else. */
	public static RequestPostProcessor onSomeoneElsesRequest(Long teamId, Long establishmentId, String path) {
		return onFresh(
				rows -> path.replace("{id}", String.valueOf(rows.someoneElsesPendingRequest(teamId, establishmentId))));
	}

	private static RequestPostProcessor onFresh(Function<CatalogueRows, String> uriOf) {
		return request -> {
			JdbcClient jdbc = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
				.getBean(JdbcClient.class);
			String uri = uriOf.apply(new CatalogueRows(jdbc));
			request.setRequestURI(uri);
			request.setPathInfo(uri);
			return request;
		};
	}

}
