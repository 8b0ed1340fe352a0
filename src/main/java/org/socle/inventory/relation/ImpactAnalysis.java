package org.socle.inventory.relation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.socle.inventory.AssetImpact;
import org.socle.inventory.AssetImpact.HiddenCount;
import org.socle.inventory.AssetImpact.HitAsset;
import org.socle.inventory.AssetImpact.HitService;
import org.socle.inventory.AssetImpact.LevelCount;
import org.socle.inventory.ServiceNames;
import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.asset.AssetReaders;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is hit when an asset is down: {@link ImpactWalk} finds the assets that rely on it,
 * up to a depth; one query reads where each of them is (numbers only: to count, per
 * establishment, the assets out of the reader's scope, and to name the departments and
 * establishments hit); another picks and describes only the assets listed, among the
 * readable ones of the first levels; then the catalogue services that rely on the hit
 * assets. The walk goes on through assets out of the reader's scope.
 */
@Service
@Transactional(readOnly = true)
public class ImpactAnalysis {

	public static final int DEFAULT_DEPTH = 5;

	public static final int MAX_DEPTH = 10;

	/** How many hit assets are listed unless asked otherwise. */
	public static final int DEFAULT_LIMIT = 200;

	public static final int MAX_LIMIT = 10_000;

	/** Joined on the unnested ids, not {@code id = any(:ids)}: see {@link ImpactWalk}. */
	private static final String PLACES = """
			select a.id, a.establishment_id, a.owner_team_id, a.department_id
			from unnest(:ids) as h(id) join inv_asset a on a.id = h.id""";

	/** The first assets of the candidates, by level then inventory number. */
	private static final String LISTED = """
			select a.id, a.inventory_number, a.kind, a.status,
			 coalesce(a.name, m.commercial_name, c.name) || coalesce(' — ' || a.serial_number, '') as label
			from unnest(:ids, :levels) as h(id, level) join inv_asset a on a.id = h.id
			join inv_category c on c.id = a.category_id left join inv_model m on m.id = a.model_id
			order by h.level, a.inventory_number, a.id limit :limit""";

	private static final String SERVICES = """
			select s.asset_id, s.service_id from unnest(:ids) as h(id)
			join inv_asset_service s on s.asset_id = h.id and s.removed_at is null order by s.service_id""";

	private final JdbcClient jdbc;

	private final ImpactWalk walk;

	private final AssetAccess access;

	private final ObjectProvider<ServiceNames> serviceNames;

	private final MessageSource messages;

	ImpactAnalysis(JdbcClient jdbc, ImpactWalk walk, AssetAccess access, ObjectProvider<ServiceNames> serviceNames,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.walk = walk;
		this.access = access;
		this.serviceNames = serviceNames;
		this.messages = messages;
	}

	/**
	 * The impact of the asset down, as the current reader may see it, listing the first
	 * {@link #DEFAULT_LIMIT} assets hit.
	 * @throws RecordNotFoundException when the reader does not read the asset
	 */
	public AssetImpact analyse(long assetId, int depth, Locale locale) {
		return analyse(assetId, depth, DEFAULT_LIMIT, locale);
	}

	/**
	 * The impact of the asset down, as the current reader may see it, listing the first
	 * {@code limit} assets hit by level and inventory number (the others are counted).
	 * @throws RecordNotFoundException when the reader does not read the asset
	 */
	public AssetImpact analyse(long assetId, int depth, int limit, Locale locale) {
		if (depth < 1 || depth > MAX_DEPTH) {
			throw FieldRuleException.invalid("depth", "DepthRange", 1, MAX_DEPTH);
		}
		if (limit < 0 || limit > MAX_LIMIT) {
			throw FieldRuleException.invalid("limit", "LimitRange", 0, MAX_LIMIT);
		}
		AssetReaders readers = this.access.readers();
		// each query's plan depends on how many assets it is given: a cached generic
		// plan,
		// estimated for ten, probed the index thousands of times instead of merging
		this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		Map<Long, ImpactWalk.Reach> reached = this.walk.from(assetId, depth);
		Map<Long, Hit> hits = places(assetId, reached);
		Hit root = hits.get(assetId);
		if (root == null || !root.readBy(readers)) {
			throw new RecordNotFoundException("Asset", assetId);
		}
		hits.remove(assetId);
		return assemble(root, hits, depth, limit, readers, locale);
	}

	/** Where the down asset and each asset hit are (one query for all). */
	private Map<Long, Hit> places(long rootId, Map<Long, ImpactWalk.Reach> reached) {
		Map<Long, Hit> hits = new HashMap<>(reached.size() * 2);
		this.jdbc.sql(PLACES).param("ids", withRoot(rootId, reached.keySet())).query((rs) -> {
			long id = rs.getLong(1);
			ImpactWalk.Reach reach = reached.get(id);
			hits.put(id, new Hit(id, (reach != null) ? reach.via() : null, (reach != null) ? reach.level() : 0,
					rs.getLong(2), nullableLong(rs, 3), nullableLong(rs, 4)));
		});
		return hits;
	}

	private AssetImpact assemble(Hit root, Map<Long, Hit> hits, int depth, int limit, AssetReaders readers,
			Locale locale) {
		List<Hit> readable = new ArrayList<>();
		Map<Long, Integer> hidden = new TreeMap<>();
		Map<Integer, Integer> perLevel = new TreeMap<>();
		Set<Long> departments = new TreeSet<>();
		Set<Long> establishments = new TreeSet<>();
		addPlace(root, departments, establishments);
		for (Hit hit : hits.values()) {
			if (hit.readBy(readers)) {
				readable.add(hit);
				perLevel.merge(hit.level(), 1, Integer::sum);
				addPlace(hit, departments, establishments);
			}
			else {
				hidden.merge(hit.establishmentId(), 1, Integer::sum);
			}
		}
		return new AssetImpact(root.id(), depth,
				perLevel.entrySet().stream().map(e -> new LevelCount(e.getKey(), e.getValue())).toList(),
				listed(candidates(readable, perLevel, limit), limit, root.id(), hits, readers),
				services(root, hits, readers, locale), List.copyOf(departments), List.copyOf(establishments),
				hidden.entrySet().stream().map(e -> new HiddenCount(e.getKey(), e.getValue())).toList());
	}

	private static void addPlace(Hit hit, Set<Long> departments, Set<Long> establishments) {
		if (hit.departmentId() != null) {
			departments.add(hit.departmentId());
		}
		establishments.add(hit.establishmentId());
	}

	/**
	 * The readable hits of the first levels that hold at least {@code limit} of them: the
	 * first {@code limit} by level then number are among them.
	 */
	private static List<Hit> candidates(List<Hit> readable, Map<Integer, Integer> perLevel, int limit) {
		int lastLevel = 0;
		int count = 0;
		for (Map.Entry<Integer, Integer> level : perLevel.entrySet()) {
			if (count >= limit) {
				break;
			}
			lastLevel = level.getKey();
			count += level.getValue();
		}
		int upTo = lastLevel;
		return readable.stream().filter(h -> h.level() <= upTo).toList();
	}

	private List<HitAsset> listed(List<Hit> candidates, int limit, long rootId, Map<Long, Hit> hits,
			AssetReaders readers) {
		if (candidates.isEmpty() || limit == 0) {
			return List.of();
		}
		return this.jdbc.sql(LISTED)
			.param("ids", candidates.stream().map(Hit::id).toArray(Long[]::new))
			.param("levels", candidates.stream().map(Hit::level).toArray(Integer[]::new))
			.param("limit", limit)
			.query((rs, n) -> {
				Hit h = hits.get(rs.getLong(1));
				return new HitAsset(h.id(), rs.getString(2), rs.getString(5), rs.getString(3), rs.getString(4),
						h.establishmentId(), h.departmentId(), h.level(), path(h, rootId, hits, readers));
			})
			.list();
	}

	private static Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/** From the down asset to the hit, assets out of the reader's scope as null. */
	private static List<Long> path(Hit hit, long rootId, Map<Long, Hit> hits, AssetReaders readers) {
		List<Long> path = new ArrayList<>();
		Hit step = hit;
		while (step != null) {
			path.add(step.readBy(readers) ? step.id() : null);
			step = (step.via() == rootId) ? null : hits.get(step.via());
		}
		path.add(rootId);
		Collections.reverse(path);
		return Collections.unmodifiableList(path);
	}

	private List<HitService> services(Hit root, Map<Long, Hit> hits, AssetReaders readers, Locale locale) {
		Map<Long, Hit> viaByService = new TreeMap<>();
		this.jdbc.sql(SERVICES).param("ids", withRoot(root.id(), hits.keySet())).query((rs) -> {
			long assetId = rs.getLong(1);
			Hit via = (assetId == root.id()) ? root : hits.get(assetId);
			viaByService.merge(rs.getLong(2), via, (a, b) -> (b.level() < a.level()) ? b : a);
		});
		ServiceNames names = this.serviceNames.getIfAvailable();
		Map<Long, String> named = (names != null) ? names.names(viaByService.keySet(), locale) : Map.of();
		return viaByService.entrySet().stream().map(e -> {
			Hit via = e.getValue();
			String name = named.getOrDefault(e.getKey(), this.messages.getMessage("inventory.relations.serviceFallback",
					new Object[] { e.getKey() }, "#" + e.getKey(), locale));
			Long viaId = via.readBy(readers) ? via.id() : null;
			return new HitService(e.getKey(), name, via.level(), viaId);
		}).sorted(Comparator.comparingInt(HitService::level)).toList();
	}

	/** The ids with the root's, in order (the index is read in order). */
	private static Long[] withRoot(long rootId, Collection<Long> ids) {
		Long[] all = new Long[ids.size() + 1];
		all[0] = rootId;
		int i = 1;
		for (Long id : ids) {
			all[i++] = id;
		}
		Arrays.sort(all);
		return all;
	}

	/** The down asset (level 0, no via) or an asset hit, and where it is. */
	record Hit(long id, Long via, int level, long establishmentId, Long ownerTeamId, Long departmentId) {

		boolean readBy(AssetReaders readers) {
			return readers.reads(this.establishmentId, this.ownerTeamId);
		}

	}

}
