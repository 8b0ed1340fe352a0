package org.socle.inventory.relation;

import java.util.ArrayList;
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
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is hit when an asset is down: {@link ImpactWalk} finds the assets that rely on it,
 * up to a depth; one query reads where each of them is (to count, per establishment, the
 * assets out of the reader's scope, and to name the departments and establishments hit),
 * another labels only the assets listed; then the catalogue services that rely on the hit
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

	private static final String PLACES = """
			select id, inventory_number, kind, status, establishment_id, owner_team_id, department_id
			from inv_asset where id = any(:ids)""";

	private static final String LABELS = """
			select a.id, coalesce(a.name, m.commercial_name, c.name) || coalesce(' — ' || a.serial_number, '')
			from inv_asset a join inv_category c on c.id = a.category_id left join inv_model m on m.id = a.model_id
			where a.id = any(:ids)""";

	private static final String SERVICES = """
			select s.asset_id, s.service_id from inv_asset_service s
			where s.removed_at is null and s.asset_id = any(:ids) order by s.service_id""";

	private static final Comparator<Hit> BY_LEVEL_AND_NUMBER = Comparator.comparingInt(Hit::level)
		.thenComparing(Hit::inventoryNumber, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong(Hit::id);

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
			long id = rs.getLong("id");
			ImpactWalk.Reach reach = reached.get(id);
			hits.put(id,
					new Hit(id, (reach != null) ? reach.via() : null, (reach != null) ? reach.level() : 0,
							rs.getString("inventory_number"), rs.getString("kind"), rs.getString("status"),
							rs.getLong("establishment_id"), rs.getObject("owner_team_id", Long.class),
							rs.getObject("department_id", Long.class)));
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
		readable.sort(BY_LEVEL_AND_NUMBER);
		List<Hit> listed = readable.subList(0, Math.min(limit, readable.size()));
		return new AssetImpact(root.id(), depth,
				perLevel.entrySet().stream().map(e -> new LevelCount(e.getKey(), e.getValue())).toList(),
				listed(listed, root.id(), hits, readers), services(root, hits, readers, locale),
				List.copyOf(departments), List.copyOf(establishments),
				hidden.entrySet().stream().map(e -> new HiddenCount(e.getKey(), e.getValue())).toList());
	}

	private static void addPlace(Hit hit, Set<Long> departments, Set<Long> establishments) {
		if (hit.departmentId() != null) {
			departments.add(hit.departmentId());
		}
		establishments.add(hit.establishmentId());
	}

	private List<HitAsset> listed(List<Hit> listed, long rootId, Map<Long, Hit> hits, AssetReaders readers) {
		Map<Long, String> labels = new HashMap<>();
		if (!listed.isEmpty()) {
			this.jdbc.sql(LABELS)
				.param("ids", listed.stream().map(Hit::id).toArray(Long[]::new))
				.query((RowCallbackHandler) (rs) -> labels.put(rs.getLong(1), rs.getString(2)));
		}
		return listed.stream()
			.map(h -> new HitAsset(h.id(), h.inventoryNumber(), labels.get(h.id()), h.kind(), h.status(),
					h.establishmentId(), h.departmentId(), h.level(), path(h, rootId, hits, readers)))
			.toList();
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

	private static Long[] withRoot(long rootId, Collection<Long> ids) {
		Long[] all = new Long[ids.size() + 1];
		all[0] = rootId;
		int i = 1;
		for (Long id : ids) {
			all[i++] = id;
		}
		return all;
	}

	/** The down asset (level 0, no via) or an asset hit, and where it is. */
	record Hit(long id, Long via, int level, String inventoryNumber, String kind, String status, long establishmentId,
			Long ownerTeamId, Long departmentId) {

		boolean readBy(AssetReaders readers) {
			return readers.reads(this.establishmentId, this.ownerTeamId);
		}

	}

}
