package org.socle.inventory.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.asset.AssetReaders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts and reminders as the reader may see them, filtered in the query (the asset
 * rule on the contract's establishment and owner team).
 */
@Component
@Transactional(readOnly = true)
public class ContractQueries {

	static final int LIMIT = 2000;

	private static final String ROWS = """
			select k.id, k.kind, k.reference, k.title, k.supplier_id, s.name as supplier_name, k.establishment_id,
			 k.owner_team_id, k.starts_on, k.ends_on, k.notice_on, k.tacit_renewal, k.response_hours,
			 k.visits_per_year, k.yearly_cost,
			 (select count(*) from inv_contract_asset ca where ca.contract_id = k.id) as asset_count, k.archived
			from inv_contract k join inv_supplier s on s.id = k.supplier_id
			""";

	private final JdbcClient jdbc;

	private final AssetAccess access;

	private final Clock clock;

	ContractQueries(JdbcClient jdbc, AssetAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	public List<ContractRow> list(ContractFilter filter) {
		AssetReaders readers = this.access.readers();
		Map<String, Object> params = new HashMap<>(readers.params());
		StringBuilder where = new StringBuilder(" where ").append(readers.where("k"));
		if (!filter.withArchived()) {
			where.append(" and not k.archived");
		}
		if (filter.kind() != null) {
			where.append(" and k.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.supplierId() != null) {
			where.append(" and k.supplier_id = :supplier");
			params.put("supplier", filter.supplierId());
		}
		if (filter.establishmentId() != null) {
			where.append(" and k.establishment_id = :establishment");
			params.put("establishment", filter.establishmentId());
		}
		if (filter.expiringWithin() != null) {
			LocalDate today = LocalDate.now(this.clock);
			where.append(" and k.ends_on between :today and :until");
			params.put("today", today);
			params.put("until", today.plusDays(filter.expiringWithin()));
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" and (k.reference ilike :q or k.title ilike :q or s.name ilike :q)");
			params.put("q", "%" + filter.q().strip().replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return this.jdbc.sql(ROWS + where + " order by k.ends_on nulls last, k.reference limit " + LIMIT)
			.params(params)
			.query(ContractRow.class)
			.list();
	}

	/** The live contracts covering an asset that the reader may see. */
	public List<ContractRow> coveringAsset(long assetId) {
		AssetReaders readers = this.access.readers();
		return this.jdbc
			.sql(ROWS + " where not k.archived and " + readers.where("k")
					+ " and exists (select 1 from inv_contract_asset ca where ca.contract_id = k.id"
					+ " and ca.asset_id = :asset) order by k.ends_on nulls last, k.reference")
			.params(readers.params())
			.param("asset", assetId)
			.query(ContractRow.class)
			.list();
	}

	/** The assets a contract covers: those the reader reads, and how many others. */
	public CoveredAssets coveredAssets(Contract contract) {
		AssetReaders readers = this.access.readers();
		List<CoveredAsset> all = this.jdbc.sql("""
				select a.id, a.inventory_number,
				 coalesce(a.name, m.commercial_name, c.name) || coalesce(' — ' || a.serial_number, '') as label,
				 a.status, a.establishment_id, a.owner_team_id
				from inv_contract_asset ca join inv_asset a on a.id = ca.asset_id
				join inv_category c on c.id = a.category_id left join inv_model m on m.id = a.model_id
				where ca.contract_id = :contract order by a.inventory_number""")
			.param("contract", contract.getId())
			.query(CoveredAsset.class)
			.list();
		List<CoveredAsset> shown = all.stream()
			.filter(a -> readers.reads(a.establishmentId(), a.ownerTeamId()))
			.toList();
		return new CoveredAssets(shown, all.size() - shown.size());
	}

	public record CoveredAsset(long id, String inventoryNumber, String label, String status, Long establishmentId,
			Long ownerTeamId) {
	}

	public record CoveredAssets(List<CoveredAsset> shown, int hidden) {
	}

	/** Reminders nobody has handled yet, nearest notice date first. */
	public List<DueReminder> dueSoon() {
		AssetReaders readers = this.access.readers();
		return this.jdbc
			.sql("""
					select r.id, r.contract_id, k.reference, s.name as supplier_name, k.kind, r.notice_on, k.ends_on,
					 k.owner_team_id, r.created_at
					from inv_contract_reminder r join inv_contract k on k.id = r.contract_id
					join inv_supplier s on s.id = k.supplier_id
					where r.handled_at is null and not k.archived and""" + " " + readers.where("k")
					+ " order by r.notice_on, k.reference limit 200")
			.params(readers.params())
			.query(DueReminder.class)
			.list();
	}

	/** A contract whose notice date is near, waiting for someone to act. */
	public record DueReminder(long id, long contractId, String reference, String supplierName, ContractKind kind,
			LocalDate noticeOn, LocalDate endsOn, Long ownerTeamId, OffsetDateTime createdAt) {
	}

}
