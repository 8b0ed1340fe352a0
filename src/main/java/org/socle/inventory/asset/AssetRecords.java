package org.socle.inventory.asset;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.socle.directory.CurrentAccess;
import org.socle.shared.audit.CurrentUsername;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The asset's journal of status changes and moves: who (login and person), when, from
 * what to what, and why. Rows are only ever added.
 */
@Component
class AssetRecords {

	private final JdbcClient jdbc;

	private final CurrentAccess access;

	private final Clock clock;

	AssetRecords(JdbcClient jdbc, CurrentAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	void statusChanged(Asset asset, AssetStatus from, AssetStatus to, String reason) {
		this.jdbc.sql("""
				insert into inv_asset_status_change (asset_id, from_status, to_status, reason, person_id, changed_by,
				 changed_at) values (:asset, :from, :to, :reason, :person, :by, :at)""")
			.param("asset", asset.getId())
			.param("from", (from != null) ? from.name() : null)
			.param("to", to.name())
			.param("reason", reason)
			.param("person", this.access.scope().personId())
			.param("by", CurrentUsername.get())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

	/** Records a move to the asset's current place from the one given. */
	void moved(Asset asset, Long fromEstablishment, Long fromLocation, Long fromDepartment, String reason) {
		this.jdbc.sql("""
				insert into inv_asset_move (asset_id, from_establishment_id, to_establishment_id, from_location_id,
				 to_location_id, from_department_id, to_department_id, reason, person_id, moved_by, moved_at)
				 values (:asset, :fromE, :toE, :fromL, :toL, :fromD, :toD, :reason, :person, :by, :at)""")
			.param("asset", asset.getId())
			.param("fromE", fromEstablishment)
			.param("toE", asset.getEstablishmentId())
			.param("fromL", fromLocation)
			.param("toL", asset.getLocationId())
			.param("fromD", fromDepartment)
			.param("toD", asset.getDepartmentId())
			.param("reason", reason)
			.param("person", this.access.scope().personId())
			.param("by", CurrentUsername.get())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

	List<StatusChange> statusChanges(long assetId) {
		return this.jdbc.sql("""
				select from_status, to_status, reason, person_id, changed_by, changed_at from inv_asset_status_change
				 where asset_id = :asset order by changed_at desc, id desc""")
			.param("asset", assetId)
			.query(StatusChange.class)
			.list();
	}

	List<Move> moves(long assetId) {
		return this.jdbc.sql("""
				select from_establishment_id, to_establishment_id, from_location_id, to_location_id,
				 from_department_id, to_department_id, reason, person_id, moved_by, moved_at from inv_asset_move
				 where asset_id = :asset order by moved_at desc, id desc""")
			.param("asset", assetId)
			.query(Move.class)
			.list();
	}

	/** One step of the lifecycle. */
	record StatusChange(String fromStatus, String toStatus, String reason, Long personId, String changedBy,
			Instant changedAt) {
	}

	/** One recorded move (from nowhere for the first placement). */
	record Move(Long fromEstablishmentId, Long toEstablishmentId, Long fromLocationId, Long toLocationId,
			Long fromDepartmentId, Long toDepartmentId, String reason, Long personId, String movedBy, Instant movedAt) {
	}

}
