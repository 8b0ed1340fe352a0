package org.socle.inventory.relation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.socle.inventory.AssetImpact;
import org.socle.inventory.AssetImpact.HiddenCount;
import org.socle.inventory.AssetImpact.HitAsset;
import org.socle.inventory.AssetImpact.HitService;
import org.socle.inventory.ServiceNames;
import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.asset.AssetReaders;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is hit when an asset is down: one recursive query (resource
 * {@code inventory/impact.sql}) walks the live relations from target to source, up to a
 * depth; then the catalogue services that rely on the hit assets, and the departments and
 * establishments they belong to. Assets out of the reader's scope are only counted per
 * establishment; the walk goes on through them.
 */
@Service
@Transactional(readOnly = true)
public class ImpactAnalysis {

	public static final int DEFAULT_DEPTH = 5;

	public static final int MAX_DEPTH = 10;

	private static final String SERVICES = """
			select s.asset_id, s.service_id from inv_asset_service s
			where s.removed_at is null and s.asset_id = any(:ids) order by s.service_id""";

	private final String hits;

	private final JdbcClient jdbc;

	private final AssetAccess access;

	private final ObjectProvider<ServiceNames> serviceNames;

	private final MessageSource messages;

	ImpactAnalysis(JdbcClient jdbc, AssetAccess access, ObjectProvider<ServiceNames> serviceNames,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.access = access;
		this.serviceNames = serviceNames;
		this.messages = messages;
		try {
			this.hits = new ClassPathResource("inventory/impact.sql").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The impact of the asset down, as the current reader may see it.
	 * @throws RecordNotFoundException when the reader does not read the asset
	 */
	public AssetImpact analyse(long assetId, int depth, Locale locale) {
		if (depth < 1 || depth > MAX_DEPTH) {
			throw FieldRuleException.invalid("depth", "DepthRange", 1, MAX_DEPTH);
		}
		AssetReaders readers = this.access.readers();
		Row root = this.jdbc.sql("""
				select id, null as via_id, 0 as level, inventory_number, null as label, kind, status, establishment_id,
				 owner_team_id, department_id from inv_asset where id = :id""")
			.param("id", assetId)
			.query(Row.class)
			.optional()
			.filter(r -> readers.reads(r.establishmentId(), r.ownerTeamId()))
			.orElseThrow(() -> new RecordNotFoundException("Asset", assetId));
		List<Row> rows = this.jdbc.sql(this.hits).param("root", assetId).param("depth", depth).query(Row.class).list();
		return assemble(root, rows, depth, readers, locale);
	}

	private AssetImpact assemble(Row root, List<Row> rows, int depth, AssetReaders readers, Locale locale) {
		Map<Long, Row> byId = new HashMap<>();
		rows.forEach(r -> byId.put(r.id(), r));
		List<HitAsset> assets = new ArrayList<>();
		Map<Long, Integer> hidden = new TreeMap<>();
		Set<Long> departments = new LinkedHashSet<>();
		Set<Long> establishments = new LinkedHashSet<>();
		addPlace(root, departments, establishments);
		for (Row row : rows) {
			if (readers.reads(row.establishmentId(), row.ownerTeamId())) {
				assets.add(new HitAsset(row.id(), row.inventoryNumber(), row.label(), row.kind(), row.status(),
						row.establishmentId(), row.departmentId(), row.level(), path(row, root.id(), byId, readers)));
				addPlace(row, departments, establishments);
			}
			else {
				hidden.merge(row.establishmentId(), 1, Integer::sum);
			}
		}
		List<HiddenCount> hiddenCounts = hidden.entrySet()
			.stream()
			.map(e -> new HiddenCount(e.getKey(), e.getValue()))
			.toList();
		return new AssetImpact(root.id(), depth, List.copyOf(assets), services(root, rows, readers, locale),
				List.copyOf(departments), List.copyOf(establishments), hiddenCounts);
	}

	private static void addPlace(Row row, Set<Long> departments, Set<Long> establishments) {
		if (row.departmentId() != null) {
			departments.add(row.departmentId());
		}
		establishments.add(row.establishmentId());
	}

	/** From the down asset to the row, hidden assets as null. */
	private static List<Long> path(Row row, long rootId, Map<Long, Row> byId, AssetReaders readers) {
		List<Long> path = new ArrayList<>();
		Row step = row;
		while (step != null) {
			path.add(readers.reads(step.establishmentId(), step.ownerTeamId()) ? step.id() : null);
			step = (step.viaId() == rootId) ? null : byId.get(step.viaId());
		}
		path.add(rootId);
		Collections.reverse(path);
		return Collections.unmodifiableList(path);
	}

	private List<HitService> services(Row root, List<Row> rows, AssetReaders readers, Locale locale) {
		Map<Long, Row> byId = new HashMap<>();
		byId.put(root.id(), root);
		rows.forEach(r -> byId.put(r.id(), r));
		Map<Long, Row> viaByService = new TreeMap<>();
		this.jdbc.sql(SERVICES)
			.param("ids", byId.keySet().toArray(Long[]::new))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.forEach(link -> viaByService.merge(link[1], byId.get(link[0]), (a, b) -> (b.level() < a.level()) ? b : a));
		ServiceNames names = this.serviceNames.getIfAvailable();
		Map<Long, String> named = (names != null) ? names.names(viaByService.keySet(), locale) : Map.of();
		return viaByService.entrySet().stream().map(e -> {
			Row via = e.getValue();
			String name = named.getOrDefault(e.getKey(), this.messages.getMessage("inventory.relations.serviceFallback",
					new Object[] { e.getKey() }, "#" + e.getKey(), locale));
			Long viaId = readers.reads(via.establishmentId(), via.ownerTeamId()) ? via.id() : null;
			return new HitService(e.getKey(), name, via.level(), viaId);
		}).sorted((a, b) -> Integer.compare(a.level(), b.level())).toList();
	}

	/** A row of the recursive query (the down asset itself at level 0). */
	record Row(long id, Long viaId, int level, String inventoryNumber, String label, String kind, String status,
			Long establishmentId, Long ownerTeamId, Long departmentId) {
	}

}
