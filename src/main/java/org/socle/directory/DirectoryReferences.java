package org.socle.directory;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's referentials in bulk, as plain rows, for other modules that resolve
 * many lines at once (an inventory import names establishments by FINESS, locations by
 * path, departments by code): one query each instead of one per line. Callers apply their
 * user's scope.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryReferences {

	private final JdbcClient jdbc;

	DirectoryReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every establishment, archived ones included (flagged). */
	public List<EstablishmentRow> establishments() {
		return this.jdbc.sql("""
				select id, name, short_name, legal_finess, geographic_finess, archived
				from dir_establishment order by name""").query(EstablishmentRow.class).list();
	}

	/** Every department with its code, archived ones included (flagged). */
	public List<DepartmentRow> departments() {
		return this.jdbc.sql("select id, establishment_id, code, name, archived from dir_department")
			.query(DepartmentRow.class)
			.list();
	}

	/**
	 * Every location with its establishment and its path from the site, e.g.
	 * {@code Site Nord > Bâtiment A > Étage 2 > Salle 204}; archived ones (or under an
	 * archived one) flagged.
	 */
	public List<LocationRow> locations() {
		return this.jdbc.sql("""
				with recursive tree (id, establishment_id, code, path, archived) as (
				  select l.id, s.establishment_id, l.code, s.name || ' > ' || l.name, l.archived or s.archived
				  from dir_location l join dir_site s on s.id = l.site_id where l.parent_id is null
				  union all
				  select l.id, t.establishment_id, l.code, t.path || ' > ' || l.name, l.archived or t.archived
				  from dir_location l join tree t on l.parent_id = t.id
				)
				select id, establishment_id, code, path, archived from tree""").query(LocationRow.class).list();
	}

	/** An establishment as an import reads it. */
	public record EstablishmentRow(Long id, String name, String shortName, String legalFiness, String geographicFiness,
			boolean archived) {
	}

	/** A department as an import reads it. */
	public record DepartmentRow(Long id, Long establishmentId, String code, String name, boolean archived) {
	}

	/** A location as an import reads it. */
	public record LocationRow(Long id, Long establishmentId, String code, String path, boolean archived) {
	}

}
