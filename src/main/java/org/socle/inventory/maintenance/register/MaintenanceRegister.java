package org.socle.inventory.maintenance.register;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.socle.directory.DirectoryApi;
import org.socle.inventory.InventoryApi;
import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.asset.AssetReaders;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the maintenance register: every work order that was not cancelled, on every
 * device of the selection whatever its status now (retired and disposed devices stay in
 * it), oldest first. Internal workers are named from the directory with their
 * establishment as employer; external technicians with their employer.
 */
@Service
@Transactional(readOnly = true)
public class MaintenanceRegister {

	static final int MAX_LINES = 20_000;

	private final JdbcClient jdbc;

	private final AssetAccess access;

	private final InventoryApi inventory;

	private final DirectoryApi directory;

	private final Clock clock;

	MaintenanceRegister(JdbcClient jdbc, AssetAccess access, InventoryApi inventory, DirectoryApi directory,
			Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.inventory = inventory;
		this.directory = directory;
		this.clock = clock;
	}

	public List<RegisterLine> lines(RegisterRequest request) {
		if (request.from() != null && request.to() != null && request.to().isBefore(request.from())) {
			throw FieldRuleException.invalid("to", "PeriodEndBeforeStart");
		}
		AssetReaders readers = this.access.readers();
		List<String> where = new ArrayList<>(List.of(readers.where("a"), "w.status <> 'CANCELLED'"));
		Map<String, Object> params = new HashMap<>(readers.params());
		if (request.assetId() != null) {
			this.access.readable(this.inventory.asset(request.assetId())
				.orElseThrow(() -> new RecordNotFoundException("Asset", request.assetId())));
			where.add("w.asset_id = :asset");
			params.put("asset", request.assetId());
		}
		if (request.establishmentId() != null) {
			where.add("w.establishment_id = :establishment");
			params.put("establishment", request.establishmentId());
		}
		String day = "(coalesce(w.completed_at, w.started_at, w.created_at) at time zone :zone)::date";
		params.put("zone", this.clock.getZone().getId());
		if (request.from() != null) {
			where.add(day + " >= :from");
			params.put("from", request.from());
		}
		if (request.to() != null) {
			where.add(day + " <= :to");
			params.put("to", request.to());
		}
		params.put("limit", MAX_LINES);
		String sql = """
				select a.id as asset_id, a.inventory_number, coalesce(a.name, m.commercial_name, c.name) as asset_label,
				 a.serial_number, a.status as asset_status, w.id, w.number, w.type, w.title, w.status, %1$s as day,
				 w.establishment_id,
				 (select array_agg(distinct r.person_id) from inv_work_record r
				  where r.work_order_id = w.id and r.person_id is not null) as persons,
				 (select string_agg(distinct r.technician_name, ', ') from inv_work_record r where r.work_order_id = w.id)
				  as technicians,
				 (select string_agg(distinct r.employer, ', ') from inv_work_record r where r.work_order_id = w.id)
				  as employers,
				 coalesce(w.down_since, n.stopped_at) as stopped_at, coalesce(w.back_in_service_at, n.restarted_at)
				  as restarted_at,
				 coalesce(w.conformity, w.status) as result, w.closing_note
				from inv_work_order w join inv_asset a on a.id = w.asset_id join inv_category c on c.id = a.category_id
				 left join inv_model m on m.id = a.model_id
				 left join lateral (select n.stopped_at, n.restarted_at from inv_nonconformity n
				  where n.work_order_id = w.id and n.out_of_service order by n.id limit 1) n on true
				where %2$s order by a.inventory_number, day, w.id limit :limit"""
			.formatted(day, String.join(" and ", where));
		Map<Long, String> people = new HashMap<>();
		Map<Long, String> establishments = new HashMap<>();
		return this.jdbc.sql(sql).params(params).query((rs, n) -> line(rs, people, establishments)).list();
	}

	private RegisterLine line(ResultSet rs, Map<Long, String> people, Map<Long, String> establishments)
			throws SQLException {
		Set<String> who = new LinkedHashSet<>();
		Set<String> employers = new LinkedHashSet<>();
		Array persons = rs.getArray("persons");
		if (persons != null) {
			for (Object id : Arrays.asList((Object[]) persons.getArray())) {
				long personId = ((Number) id).longValue();
				who.add(people.computeIfAbsent(personId,
						p -> this.directory.person(p).map(DirectoryApi.PersonRef::label).orElse("#" + p)));
				long establishment = rs.getLong("establishment_id");
				employers.add(establishments.computeIfAbsent(establishment,
						e -> this.directory.establishmentName(e).orElse("#" + e)));
			}
		}
		addAll(who, rs.getString("technicians"));
		addAll(employers, rs.getString("employers"));
		return new RegisterLine(rs.getLong("asset_id"), rs.getString("inventory_number"), rs.getString("asset_label"),
				rs.getString("serial_number"), rs.getString("asset_status"), rs.getLong("id"), rs.getString("number"),
				rs.getString("type"), rs.getString("title"), rs.getString("status"),
				rs.getObject("day", java.time.LocalDate.class), String.join(", ", who), String.join(", ", employers),
				instant(rs.getTimestamp("stopped_at")), instant(rs.getTimestamp("restarted_at")),
				rs.getString("result"), rs.getString("closing_note"));
	}

	private static void addAll(Set<String> names, String joined) {
		if (joined != null) {
			Arrays.stream(joined.split(", ")).filter(Objects::nonNull).forEach(names::add);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
