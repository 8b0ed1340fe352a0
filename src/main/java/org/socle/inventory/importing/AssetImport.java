package org.socle.inventory.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.inventory.AssetRef;
import org.socle.inventory.asset.AssetAccess;
import org.socle.shared.audit.CurrentUsername;
import org.socle.shared.csvimport.ImportColumn;
import org.socle.shared.csvimport.ImportPass;
import org.socle.shared.csvimport.ImportRow;
import org.socle.shared.csvimport.Importer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Assets from another tool's export. Each pass loads the references once and checks each
 * line against the user's scope through {@link AssetAccess} (the pair establishment /
 * owner team must be one the user keeps); the confirmation's pass writes in batches and
 * publishes {@link AssetsImported} before its transaction commits.
 */
@Component
class AssetImport implements Importer {

	static final String KIND = "assets";

	private final AssetReferenceLoader loader;

	private final AssetAccess access;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AssetImport(AssetReferenceLoader loader, AssetAccess access, JdbcTemplate jdbc, Clock clock,
			ApplicationEventPublisher events) {
		this.loader = loader;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<ImportColumn> columns() {
		return AssetColumns.ALL;
	}

	@Override
	public ImportPass begin(List<ImportRow> rows) {
		Map<String, List<Integer>> lines = new HashMap<>();
		rows.forEach(r -> {
			String number = r.get(AssetColumns.INVENTORY_NUMBER);
			if (number != null) {
				lines.computeIfAbsent(number, k -> new ArrayList<>(1)).add(r.line());
			}
		});
		AssetLineRules rules = new AssetLineRules(this.loader.load(rows), lines,
				(establishment, team) -> this.access.keeps(new AssetRef(0, "", "", "", "", establishment, team)),
				this.access.readers());
		boolean writing = !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		AssetWriter writer = writing
				? new AssetWriter(this.jdbc, Timestamp.from(this.clock.instant()), CurrentUsername.get()) : null;
		return new AssetImportPass(rules, writer, this.events::publishEvent);
	}

}
