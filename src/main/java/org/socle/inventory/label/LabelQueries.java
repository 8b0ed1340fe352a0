package org.socle.inventory.label;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.EstablishmentRef;
import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.asset.AssetReaders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assets to label, among those the account reads: one, or a selection in inventory
 * number order.
 */
@Component
class LabelQueries {

	private static final String SELECT = """
			select a.id, a.inventory_number,
			 coalesce(a.name, mf.name || ' ' || m.commercial_name, c.name) as title,
			 a.serial_number, a.establishment_id
			from inv_asset a join inv_category c on c.id = a.category_id
			 left join inv_model m on m.id = a.model_id left join inv_manufacturer mf on mf.id = m.manufacturer_id
			""";

	private final JdbcClient jdbc;

	private final AssetAccess access;

	private final DirectoryApi directory;

	private final AssetLinks links;

	LabelQueries(JdbcClient jdbc, AssetAccess access, DirectoryApi directory, AssetLinks links) {
		this.jdbc = jdbc;
		this.access = access;
		this.directory = directory;
		this.links = links;
	}

	/** How many assets the selection holds. */
	@Transactional(readOnly = true)
	long count(LabelFilter filter) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		return this.jdbc.sql("select count(*) from inv_asset a where " + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/** The selection's labels, at most {@code limit}. */
	@Transactional(readOnly = true)
	List<Label> select(LabelFilter filter, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("limit", limit);
		String where = where(filter, params);
		return labels(SELECT + " where " + where + " order by a.inventory_number limit :limit", params);
	}

	/** One asset's label, if the account reads the asset. */
	@Transactional(readOnly = true)
	Optional<Label> one(long assetId) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", assetId);
		AssetReaders readers = this.access.readers();
		params.putAll(readers.params());
		return labels(SELECT + " where a.id = :id and " + readers.where("a"), params).stream().findFirst();
	}

	private String where(LabelFilter filter, Map<String, Object> params) {
		AssetReaders readers = this.access.readers();
		params.putAll(readers.params());
		StringBuilder where = new StringBuilder(readers.where("a"));
		condition(where, params, "a.category_id", "categoryId", filter.categoryId());
		condition(where, params, "a.establishment_id", "establishmentId", filter.establishmentId());
		condition(where, params, "a.owner_team_id", "teamId", filter.teamId());
		condition(where, params, "a.status", "status", filter.status());
		return where.toString();
	}

	private static void condition(StringBuilder where, Map<String, Object> params, String column, String name,
			Object value) {
		if (value != null && !"".equals(value)) {
			where.append(" and ").append(column).append(" = :").append(name);
			params.put(name, value);
		}
	}

	private List<Label> labels(String sql, Map<String, Object> params) {
		Map<Long, String> establishments = new HashMap<>();
		this.directory.establishments().forEach((EstablishmentRef e) -> establishments.put(e.id(), e.name()));
		return this.jdbc.sql(sql).params(params).query((rs, row) -> {
			String number = rs.getString("inventory_number");
			String url = this.links.mobileUrl(number);
			return new Label(rs.getLong("id"), number, rs.getString("title"), rs.getString("serial_number"),
					establishments.getOrDefault(rs.getLong("establishment_id"), ""), url, QrCodes.dataUri(url));
		}).list();
	}

}
