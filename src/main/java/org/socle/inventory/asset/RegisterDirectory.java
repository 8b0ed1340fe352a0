package org.socle.inventory.asset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.EstablishmentRef;
import org.socle.directory.DirectoryApi.TeamRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the register needs of the directory: names for display and whether a location or
 * department belongs to an establishment. Locations are not in {@link DirectoryApi} yet:
 * they are read here with SQL (read-only), a seam to replace by a directory method.
 */
@Component
class RegisterDirectory {

	private final DirectoryApi directory;

	private final JdbcClient jdbc;

	private final CurrentAccess access;

	RegisterDirectory(DirectoryApi directory, JdbcClient jdbc, CurrentAccess access) {
		this.directory = directory;
		this.jdbc = jdbc;
		this.access = access;
	}

	/** The establishments the current account sees, for select lists. */
	List<EstablishmentRef> establishments() {
		return this.directory.establishments().stream().filter(e -> this.access.scope().canSee(e.id())).toList();
	}

	/** The teams of the establishments the current account sees, for select lists. */
	List<TeamRef> teams() {
		return this.directory.teams().stream().filter(t -> this.access.scope().canSee(t.establishmentId())).toList();
	}

	Optional<TeamRef> team(Long id) {
		return (id != null) ? this.directory.team(id) : Optional.empty();
	}

	Map<Long, String> establishmentNames() {
		return this.directory.establishments()
			.stream()
			.collect(Collectors.toMap(EstablishmentRef::id, EstablishmentRef::name, (a, b) -> a));
	}

	Map<Long, String> teamNames() {
		return this.directory.teams().stream().collect(Collectors.toMap(TeamRef::id, TeamRef::name, (a, b) -> a));
	}

	boolean establishmentExists(Long id) {
		return id != null && this.directory.establishmentName(id).isPresent();
	}

	/** Whether the location is on a site of the establishment. */
	boolean locationIn(Long locationId, Long establishmentId) {
		return this.jdbc.sql("""
				select count(*) from dir_location l join dir_site s on s.id = l.site_id
				 where l.id = :location and s.establishment_id = :establishment""")
			.param("location", locationId)
			.param("establishment", establishmentId)
			.query(Long.class)
			.single() > 0;
	}

	boolean departmentIn(Long departmentId, Long establishmentId) {
		return this.directory.department(departmentId)
			.filter(d -> establishmentId.equals(d.establishmentId()))
			.isPresent();
	}

	/**
	 * The locations of an establishment's sites (id, "site — location"), for the move
	 * form.
	 */
	List<Choice> locations(Long establishmentId) {
		return this.jdbc.sql("""
				select l.id, s.name || ' — ' || l.name as label from dir_location l join dir_site s on s.id = l.site_id
				 where s.establishment_id = :establishment and not l.archived order by s.name, l.name""")
			.param("establishment", establishmentId)
			.query(Choice.class)
			.list();
	}

	List<Choice> departments(Long establishmentId) {
		return this.jdbc.sql("""
				select id, name as label from dir_department
				 where establishment_id = :establishment and not archived order by name""")
			.param("establishment", establishmentId)
			.query(Choice.class)
			.list();
	}

	String locationLabel(Long id) {
		if (id == null) {
			return null;
		}
		return this.jdbc.sql("""
				select s.name || ' — ' || l.name from dir_location l join dir_site s on s.id = l.site_id
				 where l.id = :id""").param("id", id).query(String.class).optional().orElse(null);
	}

	String departmentLabel(Long id) {
		return (id != null) ? this.directory.department(id).map(DirectoryApi.DepartmentRef::label).orElse(null) : null;
	}

	/** An id and its label, for select lists. */
	record Choice(Long id, String label) {
	}

}
