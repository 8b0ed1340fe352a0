package org.socle.inventory.workorder;

import java.sql.Timestamp;
import java.time.Clock;

import org.socle.directory.CurrentAccess;
import org.socle.shared.audit.CurrentUsername;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Changes an asset's lifecycle status for a maintenance decision (a serious nonconformity
 * takes it out of service, a passing control restarts it), with the status change row
 * (reason, person, time) the register shows.
 * <p>
 * SEAM: the register feature owns the Asset entity and its lifecycle service, which this
 * feature could not call while both were written in parallel; this class writes the same
 * rows in SQL (without an Envers revision of the asset). After the merge, replace its
 * body by a call to the register's lifecycle service.
 */
@Component
class AssetStatusWriter {

	private final JdbcClient jdbc;

	private final CurrentAccess access;

	private final Clock clock;

	AssetStatusWriter(JdbcClient jdbc, CurrentAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Moves the asset to the status with the reason; nothing when it is already there.
	 */
	void change(long assetId, String toStatus, String reason) {
		String from = this.jdbc.sql("select status from inv_asset where id = :id for update")
			.param("id", assetId)
			.query(String.class)
			.single();
		if (from.equals(toStatus)) {
			return;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		String by = CurrentUsername.get();
		this.jdbc.sql("""
				update inv_asset set status = :to, version = version + 1, last_modified_at = :now,
				 last_modified_by = :by where id = :id""")
			.param("to", toStatus)
			.param("now", now)
			.param("by", by)
			.param("id", assetId)
			.update();
		this.jdbc.sql("""
				insert into inv_asset_status_change (asset_id, from_status, to_status, reason, person_id, changed_by,
				 changed_at) values (:id, :from, :to, :reason, :person, :by, :now)""")
			.param("id", assetId)
			.param("from", from)
			.param("to", toStatus)
			.param("reason", reason)
			.param("person", this.access.scope().personId())
			.param("by", by)
			.param("now", now)
			.update();
	}

}
