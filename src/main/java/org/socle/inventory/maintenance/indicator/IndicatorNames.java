package org.socle.inventory.maintenance.indicator;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.socle.directory.DirectoryApi;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The names of the groups the indicators are computed per. */
@Component
class IndicatorNames {

	private final DirectoryApi directory;

	private final JdbcClient jdbc;

	IndicatorNames(DirectoryApi directory, JdbcClient jdbc) {
		this.directory = directory;
		this.jdbc = jdbc;
	}

	Map<Long, String> of(IndicatorGrouping by, Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		for (Long id : ids) {
			String name = switch (by) {
				case TEAM -> this.directory.team(id).map(DirectoryApi.TeamRef::name).orElse("#" + id);
				case ESTABLISHMENT -> this.directory.establishmentName(id).orElse("#" + id);
				case CATEGORY -> this.jdbc.sql("select name from inv_category where id = :id")
					.param("id", id)
					.query(String.class)
					.optional()
					.orElse("#" + id);
			};
			names.put(id, name);
		}
		return names;
	}

}
