package org.socle.inventory.maintenance.indicator;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.asset.AssetReaders;
import org.socle.inventory.maintenance.indicator.Downtimes.Window;
import org.socle.shared.web.FieldRuleException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintenance indicators over a period, per team, category or establishment, for the
 * reader's assets: availability (only unplanned downtime — corrective repairs and
 * nonconformity stops — each asset's overlapping windows counted once), preventive
 * compliance (the maintenance plans' occurrences due in the period, done within their
 * plan's tolerance window), overdue regulatory controls, MTTR and MTBF.
 */
@Service
@Transactional(readOnly = true)
public class MaintenanceIndicators {

	static final String CONTROLS = "('INTERNAL_CONTROL', 'EXTERNAL_CONTROL', 'SAFETY_TEST')";

	private static final long MAX_DAYS = 3 * 366;

	private final JdbcClient jdbc;

	private final AssetAccess access;

	private final IndicatorNames names;

	private final Clock clock;

	MaintenanceIndicators(JdbcClient jdbc, AssetAccess access, IndicatorNames names, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.names = names;
		this.clock = clock;
	}

	/** One row per group, then the whole selection's row last. */
	public List<IndicatorRow> compute(IndicatorRequest request) {
		check(request);
		ZoneId zone = this.clock.getZone();
		Instant start = request.from().atStartOfDay(zone).toInstant();
		Instant periodEnd = request.to().plusDays(1).atStartOfDay(zone).toInstant();
		Instant end = periodEnd.isAfter(this.clock.instant()) ? this.clock.instant() : periodEnd;
		Scope scope = scope(request);
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("start", Timestamp.from(start));
		params.put("end", Timestamp.from(end.isAfter(start) ? end : start));
		Map<Long, Figures> groups = new LinkedHashMap<>();
		Figures total = new Figures();
		availability(scope, params, start, end, groups, total);
		compliance(scope, params, request, groups, total);
		workOrders(scope, params, groups, total);
		List<IndicatorRow> rows = new ArrayList<>();
		Map<Long, String> labels = this.names.of(request.by(), groups.keySet());
		groups.forEach((id, f) -> rows.add(f.row(id, labels.get(id))));
		rows.sort((a, b) -> String.valueOf(a.groupName()).compareToIgnoreCase(String.valueOf(b.groupName())));
		rows.add(total.row(null, null));
		return rows;
	}

	private void check(IndicatorRequest request) {
		if (request.to().isBefore(request.from())) {
			throw FieldRuleException.invalid("to", "PeriodEndBeforeStart");
		}
		if (request.from().plusDays(MAX_DAYS).isBefore(request.to())) {
			throw FieldRuleException.invalid("to", "PeriodTooLong", MAX_DAYS);
		}
	}

	private void availability(Scope scope, Map<String, Object> params, Instant start, Instant end,
			Map<Long, Figures> groups, Figures total) {
		Map<Long, AssetSpan> assets = new HashMap<>();
		ZoneId zone = this.clock.getZone();
		this.jdbc
			.sql("select a.id, " + scope.group() + " as grp, a.first_in_service_on from inv_asset a where "
					+ scope.where()
					+ " and a.status not in ('ORDERED', 'RECEIVED', 'ACCEPTANCE', 'RETIRED', 'DISPOSED')")
			.params(params)
			.query((rs, n) -> {
				LocalDate since = rs.getObject(3, LocalDate.class);
				Instant from = (since == null) ? start : latest(start, since.atStartOfDay(zone).toInstant());
				return new AssetSpan(rs.getLong(1), rs.getLong(2), from);
			})
			.list()
			.forEach(a -> assets.put(a.id(), a));
		Map<Long, List<Window>> windows = new HashMap<>();
		this.jdbc
			.sql("""
					select w.asset_id, w.down_since, w.back_in_service_at from inv_work_order w
					 join inv_asset a on a.id = w.asset_id
					where %1$s and w.type = 'CORRECTIVE' and w.status <> 'CANCELLED' and w.down_since < :end
					 and (w.back_in_service_at is null or w.back_in_service_at > :start)
					union all
					select n.asset_id, n.stopped_at, n.restarted_at from inv_nonconformity n join inv_asset a on a.id = n.asset_id
					where %1$s and n.out_of_service and n.stopped_at < :end
					 and (n.restarted_at is null or n.restarted_at > :start)"""
				.formatted(scope.where()))
			.params(params)
			.query((rs, n) -> {
				Timestamp back = rs.getTimestamp(3);
				windows.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Window(rs.getTimestamp(2).toInstant(), (back != null) ? back.toInstant() : null));
				return null;
			})
			.list();
		for (AssetSpan asset : assets.values()) {
			Duration potential = asset.from().isBefore(end) ? Duration.between(asset.from(), end) : Duration.ZERO;
			Duration down = Downtimes.within(windows.getOrDefault(asset.id(), List.of()), asset.from(), end);
			Figures figures = groups.computeIfAbsent(asset.group(), k -> new Figures());
			figures.addAsset(potential, down);
			total.addAsset(potential, down);
		}
	}

	/**
	 * Occurrences due in the period (suppressed by a containing plan or cancelled ones
	 * left out) and those done within their window: not before its start, not after its
	 * end (the due date when the plan has no tolerance).
	 */
	private void compliance(Scope scope, Map<String, Object> params, IndicatorRequest request,
			Map<Long, Figures> groups, Figures total) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("from", request.from());
		all.put("to", request.to());
		this.jdbc.sql("""
				select %1$s as grp, count(*) as due,
				 count(*) filter (where o.status = 'DONE' and o.completed_on <= coalesce(o.window_end, o.due_on)
				  and o.completed_on >= coalesce(o.window_start, o.completed_on)) as done_in_window
				from inv_plan_occurrence o join inv_asset a on a.id = o.asset_id
				where %2$s and o.status not in ('SUPPRESSED', 'CANCELLED') and o.due_on between :from and :to
				group by 1""".formatted(scope.group(), scope.where())).params(all).query((rs) -> {
			long due = rs.getLong(2);
			long done = rs.getLong(3);
			groups.computeIfAbsent(rs.getLong(1), k -> new Figures()).addCompliance(due, done);
			total.addCompliance(due, done);
		});
	}

	private void workOrders(Scope scope, Map<String, Object> params, Map<Long, Figures> groups, Figures total) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("today", LocalDate.now(this.clock));
		this.jdbc
			.sql("""
					select %1$s as grp,
					 count(*) filter (where w.type in %3$s and w.status in ('OPEN', 'IN_PROGRESS', 'ON_HOLD')
					  and w.due_on < :today) as overdue,
					 count(*) filter (where w.type = 'CORRECTIVE' and w.back_in_service_at >= :start
					  and w.back_in_service_at < :end) as repairs,
					 coalesce(sum(extract(epoch from w.back_in_service_at - w.down_since)) filter (where w.type = 'CORRECTIVE'
					  and w.back_in_service_at >= :start and w.back_in_service_at < :end), 0) as repair_seconds,
					 count(*) filter (where w.type = 'CORRECTIVE' and w.down_since >= :start and w.down_since < :end) as failures
					from inv_work_order w join inv_asset a on a.id = w.asset_id
					where %2$s and w.status <> 'CANCELLED' group by 1"""
				.formatted(scope.group(), scope.where(), CONTROLS))
			.params(all)
			.query((rs, n) -> {
				WorkOrderFigures f = new WorkOrderFigures(rs.getLong(2), rs.getLong(3), rs.getDouble(4), rs.getLong(5));
				groups.computeIfAbsent(rs.getLong(1), k -> new Figures()).add(f);
				total.add(f);
				return null;
			})
			.list();
	}

	private Scope scope(IndicatorRequest request) {
		AssetReaders readers = this.access.readers();
		List<String> where = new ArrayList<>(List.of(readers.where("a")));
		Map<String, Object> params = new HashMap<>(readers.params());
		if (request.teamId() != null) {
			where.add("a.owner_team_id = :team");
			params.put("team", request.teamId());
		}
		if (request.categoryId() != null) {
			where.add("a.category_id = :category");
			params.put("category", request.categoryId());
		}
		if (request.establishmentId() != null) {
			where.add("a.establishment_id = :establishment");
			params.put("establishment", request.establishmentId());
		}
		return new Scope(String.join(" and ", where), params, request.by().column());
	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private record Scope(String where, Map<String, Object> params, String group) {
	}

	private record AssetSpan(long id, long group, Instant from) {
	}

}
