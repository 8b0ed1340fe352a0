package org.socle.inventory.plan;

import java.util.regex.Pattern;

/**
 * The set-based statements of the daily plan job, each over the whole group in one go.
 * They take {@code :today}, {@code :now} and {@code :by}. A comment holding "assets" and
 * a column marks where {@link #forAssets} restricts a statement to some assets; as
 * written, it is only a comment.
 */
final class PlanSweepSql {

	private static final Pattern ASSETS_MARK = Pattern.compile("/\\*assets ([a-z_.]+)\\*/");

	/**
	 * The next occurrence of every applicable pair that has no open one (nor a suppressed
	 * one waiting for its containing occurrence): a pair seen for the first time, or one
	 * whose plan was switched back on or whose asset came back into service. Pairs are
	 * (asset in service, on loan or in repair; active plan of its category, model or
	 * itself), minus those switched off by an override; the missing ones are found as a
	 * set difference (one pass over the pairs and the open occurrences, not a lookup per
	 * pair). The series counts from the last occurrence's start (anchored) or completion
	 * (floating), else from the entry into service, else from today; the due date is the
	 * first step of the series on or after today, by the rules of {@link NextDue#first}
	 * (days: k = ceil(elapsed / days), at least 1; months: k = whole months elapsed /
	 * months, at least 1, one more step when that lands before today). PostgreSQL clamps
	 * {@code date + interval 'n months'} to the month's end like
	 * {@code LocalDate.plusMonths}. The trigger is the override's when it gives one.
	 */
	static final String ENSURE = """
			with targeted as (
			    select a.id as asset_id, p.id as plan_id from inv_plan p join inv_asset a on a.category_id = p.category_id
			    where p.category_id is not null and not p.archived and a.status in %1$s /*assets a.id*/
			    union all
			    select a.id, p.id from inv_plan p join inv_asset a on a.model_id = p.model_id
			    where p.model_id is not null and not p.archived and a.status in %1$s /*assets a.id*/
			    union all
			    select a.id, p.id from inv_plan p join inv_asset a on a.id = p.asset_id
			    where p.asset_id is not null and not p.archived and a.status in %1$s /*assets a.id*/
			), missing as (
			    select asset_id, plan_id from targeted
			    except
			    select asset_id, plan_id from inv_plan_occurrence
			    where (status in ('PLANNED', 'WORK_ORDER_OPEN') or (status = 'SUPPRESSED' and completed_on is null))
			     /*assets asset_id*/
			), pending as (
			    select m.asset_id, m.plan_id,
			     case when o.interval_days is not null or o.interval_months is not null then o.interval_days
			      else p.interval_days end as days,
			     case when o.interval_days is not null or o.interval_months is not null then o.interval_months
			      else p.interval_months end as months,
			     case when p.meter_interval is not null then coalesce(o.meter_interval, p.meter_interval) end as meter,
			     p.meter_kind, p.window_before_days, p.window_after_days,
			     coalesce((select case when p.recurrence = 'FLOATING'
			        then coalesce(l.completed_on, l.series_start) else l.series_start end
			      from inv_plan_occurrence l where l.asset_id = m.asset_id and l.plan_id = m.plan_id
			      order by l.id desc limit 1), a.first_in_service_on, :today) as start
			    from missing m join inv_asset a on a.id = m.asset_id join inv_plan p on p.id = m.plan_id
			    left join inv_plan_override o on o.plan_id = m.plan_id and o.asset_id = m.asset_id
			    where not coalesce(o.disabled, false)
			), fresh as (
			    select x.asset_id, x.plan_id, x.start, x.window_before_days, x.window_after_days, case
			      when x.days is not null then
			        x.start + greatest(1, ceil((:today - x.start)::numeric / x.days))::int * x.days
			      when x.months is not null then (
			        select case when c.first >= :today then c.first
			          else (x.start + make_interval(months => (c.k + 1) * x.months))::date end
			        from (select k, (x.start + make_interval(months => k * x.months))::date as first
			              from (select greatest(1, ((extract(year from :today::date) - extract(year from x.start))
			                * 12 + extract(month from :today::date) - extract(month from x.start))::int
			                / x.months) as k) kk) c)
			      end as due_on,
			     case when x.meter is not null then coalesce((select r.reading from inv_meter_reading r
			      where r.asset_id = x.asset_id and r.meter_kind = x.meter_kind
			      order by r.read_on desc, r.id desc limit 1), 0) + x.meter end as meter_due
			    from pending x
			)
			insert into inv_plan_occurrence (asset_id, plan_id, series_start, due_on, window_start, window_end,
			 meter_due, triggered_by, status, created_at, created_by, last_modified_at, last_modified_by)
			select asset_id, plan_id, start, due_on, due_on - window_before_days, due_on + window_after_days,
			 meter_due, case when due_on is not null then 'TIME' end, 'PLANNED', :now, :by, :now, :by
			from fresh
			on conflict (asset_id, plan_id) where status in ('PLANNED', 'WORK_ORDER_OPEN') do nothing
			"""
		.formatted(AppliedPlan.ACTIVE_STATUSES);

	/**
	 * Planned occurrences whose meter reached its threshold before their date fall due on
	 * the day of the first reading at or past it (whichever comes first).
	 */
	static final String METER_REACHED = """
			with reached as (
			    select o.id, p.window_before_days, p.window_after_days,
			     (select min(r.read_on) from inv_meter_reading r where r.asset_id = o.asset_id
			      and r.meter_kind = p.meter_kind and r.reading >= o.meter_due) as reached_on
			    from inv_plan_occurrence o join inv_plan p on p.id = o.plan_id
			    where o.status = 'PLANNED' and o.meter_due is not null and o.triggered_by is distinct from 'METER'
			     /*assets o.asset_id*/
			)
			update inv_plan_occurrence o set due_on = r.reached_on,
			 window_start = r.reached_on - r.window_before_days, window_end = r.reached_on + r.window_after_days,
			 triggered_by = 'METER', last_modified_at = :now, last_modified_by = :by, version = o.version + 1
			from reached r
			where o.id = r.id and r.reached_on is not null and (o.due_on is null or r.reached_on < o.due_on)
			""";

	/**
	 * A planned occurrence of a contained plan whose due date falls in the window of an
	 * open occurrence of a containing plan on the same asset is suppressed by it.
	 */
	static final String SUPPRESS = """
			with suppressed as (
			    select distinct on (c.id) c.id, y.id as by_id
			    from inv_plan_nested n
			    join inv_plan_occurrence c on c.plan_id = n.contained_id and c.status = 'PLANNED'
			    join inv_plan_occurrence y on y.plan_id = n.plan_id and y.asset_id = c.asset_id
			     and y.status in ('PLANNED', 'WORK_ORDER_OPEN')
			    where c.due_on between y.window_start and y.window_end /*assets c.asset_id*/
			    order by c.id, y.due_on
			)
			update inv_plan_occurrence o set status = 'SUPPRESSED', suppressed_by_id = s.by_id,
			 last_modified_at = :now, last_modified_by = :by, version = o.version + 1
			from suppressed s where o.id = s.id and o.status = 'PLANNED'
			""";

	/**
	 * Planned occurrences whose work order is to open today (due - lead time), a batch.
	 */
	static final String TO_OPEN = """
			select o.id, o.asset_id, o.plan_id, o.due_on, p.work_order_type, p.name
			from inv_plan_occurrence o join inv_plan p on p.id = o.plan_id join inv_asset a on a.id = o.asset_id
			where o.status = 'PLANNED' and o.due_on <= :today + :maxLead and o.due_on - p.lead_days <= :today
			 and not p.archived and a.status in %s /*assets o.asset_id*/
			order by o.due_on, o.id
			limit :batch
			for update of o skip locked
			""".formatted(AppliedPlan.ACTIVE_STATUSES);

	/** The checklists of the plans whose occurrences a batch opens, in order. */
	static final String CHECKLISTS = """
			select plan_id, label, unit, lower_limit, upper_limit from inv_plan_task
			where plan_id = any(:plans) order by plan_id, position""";

	/** Open occurrences past their window's end, on assets in service, become overdue. */
	static final String OVERDUE = """
			update inv_plan_occurrence o set overdue = true, last_modified_at = :now, last_modified_by = :by,
			 version = o.version + 1
			from inv_asset a
			where a.id = o.asset_id and o.status in ('PLANNED', 'WORK_ORDER_OPEN') and not o.overdue
			 and o.window_end < :today and a.status in %s /*assets o.asset_id*/
			""".formatted(AppliedPlan.ACTIVE_STATUSES);

	/**
	 * Occurrences whose work order is DONE (the fallback when the work orders did not
	 * call {@link PlanOccurrences#completed}); the work order's last change is taken as
	 * the completion.
	 */
	static final String DONE_WORK_ORDERS = """
			select o.id, (w.last_modified_at at time zone :zone)::date as completed_on
			from inv_plan_occurrence o join inv_work_order w on w.id = o.work_order_id
			where o.status = 'WORK_ORDER_OPEN' and w.status = 'DONE'
			order by o.id
			""";

	/**
	 * The statement restricted to the assets of {@code :assets} (an array of ids): each
	 * mark becomes a condition on the column it names.
	 */
	static String forAssets(String sql) {
		return ASSETS_MARK.matcher(sql).replaceAll("and $1 = any(:assets)");
	}

	private PlanSweepSql() {
	}

}
