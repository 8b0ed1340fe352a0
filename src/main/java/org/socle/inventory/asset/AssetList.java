package org.socle.inventory.asset;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.socle.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The asset list in SQL, filtered by the reader's scope ({@link AssetReaders}) in the
 * query itself, paged by offset with a count capped at {@link #COUNT_CAP} (the list stays
 * fast on 250,000 assets; the page says "more than" past the cap).
 */
@Component
class AssetList {

	static final int COUNT_CAP = 10_000;

	static final int EXPORT_MAX = 100_000;

	static final Map<String, String> SORTABLE = Map.of("inventoryNumber", "a.inventory_number", "name", "a.name",
			"category", "c.name", "status", "a.status", "lastModifiedAt", "a.last_modified_at");

	private static final String SELECT = """
			select a.id, a.inventory_number, a.name, a.serial_number, a.kind, a.category_id, c.name as category,
			 mf.name || ' ' || m.commercial_name as model, a.establishment_id, a.owner_team_id, a.status,
			 coalesce(a.criticality, c.criticality) as criticality, a.criticality is not null as criticality_overridden,
			 a.last_modified_at
			from inv_asset a join inv_category c on c.id = a.category_id
			 left join inv_model m on m.id = a.model_id left join inv_manufacturer mf on mf.id = m.manufacturer_id
			""";

	private final JdbcClient jdbc;

	private final AssetAccess access;

	AssetList(JdbcClient jdbc, AssetAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	static Pageable restrict(Pageable pageable) {
		return Paging.restrict(pageable, Set.copyOf(SORTABLE.keySet()), Sort.by("inventoryNumber"));
	}

	/** A page of the reader's assets; the total is capped at {@link #COUNT_CAP}. */
	@Transactional(readOnly = true)
	public Page<AssetRow> page(AssetFilter filter, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		List<AssetRow> rows = this.jdbc
			.sql(SELECT + " where " + where + orderBy(pageable.getSort()) + " limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(AssetRow.class)
			.list();
		long total = this.jdbc
			.sql("select count(*) from (select 1 from inv_asset a join inv_category c on c.id = "
					+ "a.category_id where " + where + " limit " + COUNT_CAP + ") capped")
			.params(params)
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageable, Math.max(total, pageable.getOffset() + rows.size()));
	}

	/** Every asset of the filter (up to {@link #EXPORT_MAX}), by inventory number. */
	@Transactional(readOnly = true)
	public List<AssetRow> all(AssetFilter filter) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		return this.jdbc.sql(SELECT + " where " + where + " order by a.inventory_number limit " + EXPORT_MAX)
			.params(params)
			.query(AssetRow.class)
			.list();
	}

	private String where(AssetFilter filter, Map<String, Object> params) {
		AssetReaders readers = this.access.readers();
		StringBuilder where = new StringBuilder(readers.where("a"));
		params.putAll(readers.params());
		if (filter.kind() != null) {
			where.append(" and a.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.categoryId() != null) {
			where.append(" and a.category_id = :category");
			params.put("category", filter.categoryId());
		}
		if (filter.establishmentId() != null) {
			where.append(" and a.establishment_id = :establishment");
			params.put("establishment", filter.establishmentId());
		}
		if (filter.ownerTeamId() != null) {
			where.append(" and a.owner_team_id = :team");
			params.put("team", filter.ownerTeamId());
		}
		if (filter.status() != null) {
			where.append(" and a.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.text() != null) {
			where.append(" and (lower(a.inventory_number) like :text or lower(a.serial_number) like :text"
					+ " or lower(a.name) like :text or a.model_id in (select id from inv_model"
					+ " where lower(commercial_name) like :text))");
			params.put("text", "%" + escape(filter.text().toLowerCase(Locale.ROOT)) + "%");
		}
		return where.toString();
	}

	private static String orderBy(Sort sort) {
		StringBuilder order = new StringBuilder(" order by ");
		for (Sort.Order o : sort) {
			String column = SORTABLE.get(o.getProperty());
			if (column == null) {
				column = "a.id";
			}
			order.append(column).append(o.isAscending() ? " asc" : " desc").append(" nulls last, ");
		}
		return order.append("a.id").toString();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
