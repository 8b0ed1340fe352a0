-- Maintenance plans at volume (issue 6, feature plan), after bench/generate-inventory.sql, on a
-- database migrated with the plans' schema (V87).
--
--   psql -h 127.0.0.1 -U postgres -d socle_inventory_bench -v ON_ERROR_STOP=1 -f bench/generate-inventory-plans.sql
--
-- Adds the plans a biomedical department keeps on the generated medical categories: a yearly
-- preventive maintenance where maintenance is mandatory, a yearly electrical safety test where the
-- category carries the flag, quarterly internal quality control and a yearly external control
-- (which contains the quarterly one) for imaging, a ventilator model's maintenance every 5,000 hours
-- or 12 months, whichever first, with one meter reading per ventilator. Then, as if the daily job
-- had run every day until yesterday: the open occurrence of every (asset in service, on loan or in
-- repair; plan) pair, due on the first anniversary of the entry into service on or after today, its
-- work order open when today is past its lead time; about 2 % of them missed (due last year, work
-- order open, not yet flagged overdue); and last year's occurrence done for most pairs: about
-- 120,000 occurrences. Set-based SQL in one transaction; random() is seeded. Refuses to run twice.

\timing on
set client_min_messages = warning;
set work_mem = '256MB';
set synchronous_commit = off;
select setseed(0.87);

do $$ begin
	if exists (select 1 from inv_plan where created_by = 'bench-generator') then
		raise exception 'the plans are already generated here';
	end if;
	if not exists (select 1 from inv_asset where created_by = 'bench-generator') then
		raise exception 'no generated inventory: run bench/generate-inventory.sql first';
	end if;
end $$;

begin;

-- The first step of a series of months from start on or after the day (as the daily job computes it).
create function pg_temp.first_step(start date, months int, day date) returns date language sql immutable as $$
	select case when c.first >= day then c.first else (start + make_interval(months => (c.k + 1) * months))::date end
	from (select k, (start + make_interval(months => k * months))::date as first
		from (select greatest(1, ((extract(year from day) - extract(year from start)) * 12
			+ extract(month from day) - extract(month from start))::int / months) as k) kk) c
$$;

-- 1. Plans on the categories, by flag.
insert into inv_plan (name, category_id, work_order_type, interval_months, recurrence, window_before_days,
	window_after_days, lead_days, performer, legal_basis, created_at, created_by, last_modified_at, last_modified_by)
select p.name || ' — ' || c.name, c.id, p.type, p.months, 'ANCHORED', p.before, p.after, p.lead, p.performer, p.basis,
	now(), 'bench-generator', now(), 'bench-generator'
from inv_category c
join inv_category_flag f on f.category_id = c.id
join (values
	('MAINTENANCE_MANDATORY', 'Maintenance préventive annuelle', 'PREVENTIVE', 12, 30, 30, 30, 'INTERNAL_TEAM',
		'Code de la santé publique, art. R5212-25 à R5212-28'),
	('ELECTRICAL_SAFETY', 'Contrôle de sécurité électrique (EN 62353)', 'SAFETY_TEST', 12, 15, 30, 21, 'INTERNAL_TEAM',
		null),
	('INTERNAL_QC', 'Contrôle qualité interne trimestriel', 'INTERNAL_CONTROL', 3, 7, 7, 14, 'INTERNAL_TEAM',
		'Décision ANSM fixant les modalités du contrôle de qualité'),
	('EXTERNAL_QC', 'Contrôle qualité externe annuel', 'EXTERNAL_CONTROL', 12, 30, 30, 45, 'ACCREDITED_BODY',
		'Décision ANSM fixant les modalités du contrôle de qualité externe'))
	as p (flag, name, type, months, before, after, lead, performer, basis) on p.flag = f.flag_code
where c.code like 'BENCH-%' and c.kind = 'MEDICAL_DEVICE';

insert into inv_plan_task (plan_id, position, label, unit, lower_limit, upper_limit)
select p.id, t.position, t.label, t.unit, t.low, t.high
from inv_plan p cross join (values
	(0, 'Inspection visuelle (boîtier, câbles, accessoires)', null::text, null::numeric, null::numeric),
	(1, 'Courant de fuite de l''appareil', 'µA', null, 500),
	(2, 'Résistance du conducteur de protection', 'Ω', null, 0.3),
	(3, 'Essai fonctionnel après contrôle', null, null, null)) as t (position, label, unit, low, high)
where p.created_by = 'bench-generator' and p.work_order_type = 'SAFETY_TEST';

-- The yearly external control contains the quarterly internal one of the same category.
insert into inv_plan_nested (plan_id, contained_id)
select e.id, i.id from inv_plan e join inv_plan i on i.category_id = e.category_id
where e.created_by = 'bench-generator' and e.work_order_type = 'EXTERNAL_CONTROL'
	and i.work_order_type = 'INTERNAL_CONTROL';

-- A ventilator model's maintenance: 5,000 operating hours or 12 months, whichever first, from completion.
insert into inv_plan (name, model_id, work_order_type, interval_months, meter_kind, meter_interval, recurrence,
	window_before_days, window_after_days, lead_days, performer, created_at, created_by, last_modified_at,
	last_modified_by)
select 'Révision constructeur 5 000 h — ' || m.commercial_name, m.id, 'PREVENTIVE', 12, 'HOURS', 5000, 'FLOATING',
	15, 15, 20, 'MANUFACTURER', now(), 'bench-generator', now(), 'bench-generator'
from inv_model m join inv_category c on c.id = m.category_id where c.code = 'BENCH-VENTILATOR';

-- 2. The pairs the daily job finds applicable, with their open occurrence's due date.
create temp table gen_pair as
select a.id as asset_id, p.id as plan_id, a.first_in_service_on as start, p.interval_months as months,
	p.window_before_days as before, p.window_after_days as after, p.lead_days as lead, p.work_order_type as type,
	p.name, a.owner_team_id, a.establishment_id, p.meter_interval,
	pg_temp.first_step(a.first_in_service_on, p.interval_months, current_date) as due, random() as r
from inv_plan p join inv_asset a on a.category_id = p.category_id or a.model_id = p.model_id
where p.created_by = 'bench-generator' and a.status in ('IN_SERVICE', 'ON_LOAN', 'IN_REPAIR');

-- 2 % missed: due at the previous step, still open.
update gen_pair set due = (due - make_interval(months => months))::date
where r < 0.02 and (due - make_interval(months => months))::date > start;

alter table gen_pair add column work_order_id bigint;
update gen_pair set work_order_id = nextval(pg_get_serial_sequence('inv_work_order', 'id'))
where due - lead < current_date;

insert into inv_work_order (id, number, type, asset_id, team_id, establishment_id, status, title, due_on,
	created_at, created_by, last_modified_at, last_modified_by)
select work_order_id, 'OT-' || lpad(nextval('inv_work_order_number_seq')::text, 6, '0'), type, asset_id,
	owner_team_id, establishment_id, case when r < 0.3 then 'IN_PROGRESS' when r < 0.31 then 'DONE' else 'OPEN' end, name, due,
	(due - lead)::timestamp at time zone 'Europe/Paris', 'system', now(), 'system'
from gen_pair where work_order_id is not null;

-- 3. Last year's occurrence, done (most pairs), then the open one.
insert into inv_plan_occurrence (asset_id, plan_id, series_start, due_on, window_start, window_end, meter_due,
	triggered_by, status, completed_on, created_at, created_by, last_modified_at, last_modified_by)
select asset_id, plan_id, start, d.prev, d.prev - before, d.prev + after,
	case when meter_interval is not null then 4000 + floor(r * 20000) end, 'TIME', 'DONE',
	d.prev + (floor(r * 40) - 15)::int, d.prev - lead, 'system', d.prev + 20, 'system'
from gen_pair cross join lateral (select (due - make_interval(months => months))::date as prev) d
where r < 0.72 and d.prev > start;

insert into inv_plan_occurrence (asset_id, plan_id, series_start, due_on, window_start, window_end, meter_due,
	triggered_by, status, work_order_id, created_at, created_by, last_modified_at, last_modified_by)
select asset_id, plan_id, start, due, due - before, due + after,
	case when meter_interval is not null then 9000 + floor(r * 20000) + meter_interval end, 'TIME',
	case when work_order_id is not null then 'WORK_ORDER_OPEN' else 'PLANNED' end, work_order_id,
	now() - interval '1 day', 'system', now() - interval '1 day', 'system'
from gen_pair;

-- One meter reading per ventilator; one in twenty already past its next threshold.
insert into inv_meter_reading (asset_id, meter_kind, reading, read_on, recorded_at, recorded_by)
select o.asset_id, 'HOURS', case when o.id % 20 = 0 then o.meter_due + 12 else o.meter_due - 2500 end,
	current_date - 3, now(), 'bench-generator'
from inv_plan_occurrence o join inv_plan p on p.id = o.plan_id
where p.created_by = 'bench-generator' and p.meter_kind = 'HOURS' and o.status = 'PLANNED';

commit;

vacuum analyze inv_plan;
vacuum analyze inv_plan_occurrence;
vacuum analyze inv_work_order;
vacuum analyze inv_meter_reading;

select (select count(*) from inv_plan where created_by = 'bench-generator') as plans,
	(select count(*) from inv_plan_occurrence) as occurrences,
	(select count(*) from inv_plan_occurrence where status in ('PLANNED', 'WORK_ORDER_OPEN')) as open,
	(select count(*) from inv_plan_occurrence where status = 'WORK_ORDER_OPEN') as with_work_order,
	(select count(*) from inv_work_order) as work_orders;
