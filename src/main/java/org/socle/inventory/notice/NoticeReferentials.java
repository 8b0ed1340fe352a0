package org.socle.inventory.notice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names the notices' pages show: establishments, manufacturers, models, people. */
@Component
class NoticeReferentials {

	private final DirectoryApi directory;

	private final JdbcClient jdbc;

	private final CurrentAccess access;

	private final Correspondents correspondents;

	NoticeReferentials(DirectoryApi directory, JdbcClient jdbc, CurrentAccess access, Correspondents correspondents) {
		this.directory = directory;
		this.jdbc = jdbc;
		this.access = access;
		this.correspondents = correspondents;
	}

	/** The names of the establishments the account sees. */
	Map<Long, String> establishmentNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		var scope = this.access.scope();
		this.directory.establishments()
			.stream()
			.filter(e -> scope.canSee(e.id()))
			.forEach(e -> names.put(e.id(), e.name()));
		return names;
	}

	/** The correspondent's name of each establishment the account sees (if named). */
	Map<Long, String> correspondentNames() {
		Map<Long, String> names = new java.util.HashMap<>();
		this.correspondents.list()
			.stream()
			.filter(r -> r.personName() != null)
			.forEach(r -> names.put(r.establishmentId(), r.personName()));
		return names;
	}

	@Transactional(readOnly = true)
	Map<Long, String> manufacturers() {
		Map<Long, String> names = new LinkedHashMap<>();
		this.jdbc.sql("select id, name from inv_manufacturer order by name")
			.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		return names;
	}

	/** Models as "Manufacturer — Commercial name", by that label. */
	@Transactional(readOnly = true)
	Map<Long, String> models() {
		Map<Long, String> names = new LinkedHashMap<>();
		this.jdbc.sql("""
				select m.id, f.name || ' — ' || m.commercial_name from inv_model m
				 join inv_manufacturer f on f.id = m.manufacturer_id order by 2""")
			.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		return names;
	}

	/** The register's model with that device identifier ("Maker — Name"), if just one. */
	@Transactional(readOnly = true)
	String modelOfDeviceIdentifier(String deviceIdentifier) {
		if (deviceIdentifier == null) {
			return null;
		}
		List<String> labels = this.jdbc
			.sql("""
					select f.name || ' — ' || m.commercial_name from inv_model m join inv_manufacturer f on f.id = m.manufacturer_id
					 where inv_device_identifier_key(m.device_identifier) = inv_device_identifier_key(:di) limit 2""")
			.param("di", deviceIdentifier)
			.query(String.class)
			.list();
		return (labels.size() == 1) ? labels.get(0) : null;
	}

	String person(Long personId) {
		return (personId == null) ? null
				: this.directory.person(personId).map(DirectoryApi.PersonRef::label).orElse("#" + personId);
	}

	List<DirectoryApi.PersonRef> searchPeople(String text) {
		return this.directory.searchPeople(text, 20);
	}

}
