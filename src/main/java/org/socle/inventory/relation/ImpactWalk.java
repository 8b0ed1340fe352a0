package org.socle.inventory.relation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The walk of an impact analysis: from the down asset, level by level along the live
 * relations from target to source (the target down hits the source). Each asset is
 * expanded once, at its shortest level, reached through the smallest via at that level;
 * the down asset itself is never hit again, so diamonds and cycles cost nothing. One
 * query per level (index {@code ix_inv_asset_relation_target}): a recursive query cannot
 * forget the assets it has already reached, and walked the same assets again through
 * every path.
 */
@Component
class ImpactWalk {

	/**
	 * A join on the unnested frontier, not {@code target_id = any(:frontier)}: the
	 * planner estimates an {@code any} over a constant array element by element, which
	 * cost more than the walk itself with thousands of assets.
	 */
	private static final String NEXT_LEVEL = """
			select r.source_id, r.target_id from unnest(:frontier) as f(id)
			join inv_asset_relation r on r.target_id = f.id and r.removed_at is null""";

	private final JdbcClient jdbc;

	ImpactWalk(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every asset hit, by id, up to {@code depth} levels away. */
	Map<Long, Reach> from(long root, int depth) {
		Map<Long, Reach> reached = new HashMap<>();
		Long[] frontier = { root };
		for (int level = 1; level <= depth && frontier.length > 0; level++) {
			Map<Long, Long> found = new HashMap<>();
			this.jdbc.sql(NEXT_LEVEL).param("frontier", frontier).query((rs) -> {
				long source = rs.getLong(1);
				if (source != root && !reached.containsKey(source)) {
					found.merge(source, rs.getLong(2), Math::min);
				}
			});
			int at = level;
			found.forEach((asset, via) -> reached.put(asset, new Reach(via, at)));
			frontier = found.keySet().toArray(Long[]::new);
			// in order: the index is read in order
			Arrays.sort(frontier);
		}
		return reached;
	}

	/** How an asset is hit: {@code level} relations away, through {@code via}. */
	record Reach(long via, int level) {
	}

}
