-- Work orders volume generator (issue 6, maintenance): five years of work on the generated
-- register of bench/generate-inventory.sql, run after it (bench/inventory-db.sh does).
--
--   psql -h 127.0.0.1 -U postgres -d socle_inventory_bench -v ON_ERROR_STOP=1 -f bench/generate-inventory-workorders.sql
--
-- Per medical device: a yearly electrical safety test (with its checklist line, 2 % failing:
-- serious ones raise a nonconformity that stopped the device for 1 to 10 days), a yearly
-- preventive maintenance for categories under mandatory maintenance, and about one repair every
-- three years with its downtime window; per IT item, a repair every ten years or so. 90 % are done
-- on time, 7 % late, the recent ones still open and 3 % of past ones overdue. Set-based SQL in one
-- transaction, seeded. Refuses to run twice.

\timing on
set client_min_messages = warning;
set work_mem = '256MB';
set synchronous_commit = off;
select setseed(0.42);

do $$ begin
	if exists (select 1 from inv_work_order where created_by = 'bench-generator') then
		raise exception 'the work orders are already generated here';
	end if;
	if not exists (select 1 from inv_asset where created_by = 'bench-generator') then
		raise exception 'no generated inventory: run bench/generate-inventory.sql first';
	end if;
end $$;

begin;

create temp table gen_wo as
select a.id as asset_id, a.owner_team_id, a.establishment_id, a.kind, a.category_id,
	x.type, x.due_on, random() as r1, random() as r2, random() as r3
from inv_asset a
cross join lateral (
	select 'SAFETY_TEST'::text as type, (current_date - 5 * 365 + (a.id % 365)::int + k * 365) as due_on
	from generate_series(0, 4) k where a.kind = 'MEDICAL_DEVICE'
	union all
	select 'PREVENTIVE', (current_date - 5 * 365 + ((a.id * 7) % 365)::int + k * 365)
	from generate_series(0, 4) k where a.kind = 'MEDICAL_DEVICE'
		and exists (select 1 from inv_category_flag f where f.category_id = a.category_id
			and f.flag_code = 'MAINTENANCE_MANDATORY')
	union all
	select 'CORRECTIVE', (current_date - 5 * 365 + ((a.id * 13 + k * 311) % 1825)::int)
	from generate_series(0, case when a.kind = 'MEDICAL_DEVICE' then 1 else 0 end) k
	where (a.kind = 'MEDICAL_DEVICE' and (a.id + k) % 6 < 5) or (a.kind <> 'MEDICAL_DEVICE' and a.id % 2 = 0)
) x
where a.created_by = 'bench-generator' and x.due_on <= current_date + 60;

insert into inv_work_order (number, type, asset_id, team_id, establishment_id, status, title, due_on, started_at,
	completed_at, conformity, down_since, back_in_service_at, closing_note, created_at, created_by, last_modified_at,
	last_modified_by)
select 'OT-' || lpad(nextval('inv_work_order_number_seq')::text, 8, '0'), g.type, g.asset_id, g.owner_team_id,
	g.establishment_id, s.status,
	case g.type when 'SAFETY_TEST' then 'Contrôle de sécurité électrique annuel'
		when 'PREVENTIVE' then 'Maintenance préventive annuelle' else 'Panne signalée' end,
	case when g.type <> 'CORRECTIVE' then g.due_on end,
	case when s.status <> 'OPEN' then s.done_at - interval '2 hours' end,
	case when s.status = 'DONE' then s.done_at end,
	case when s.status = 'DONE' and g.type = 'SAFETY_TEST' then
		case when g.r2 < 0.01 then 'SERIOUS_NONCONFORMITY' when g.r2 < 0.02 then 'MINOR_NONCONFORMITY' else 'CONFORMING' end
	end,
	case when g.type = 'CORRECTIVE' then s.done_at - make_interval(hours => 4 + floor(g.r3 * 120)::int) end,
	case when g.type = 'CORRECTIVE' and s.status = 'DONE' then s.done_at end,
	case when s.status = 'DONE' then 'Réalisé' end,
	g.due_on::timestamp at time zone 'Europe/Paris' - interval '30 days', 'bench-generator',
	coalesce(s.done_at, g.due_on::timestamp at time zone 'Europe/Paris'), 'bench-generator'
from gen_wo g
cross join lateral (select
	case when g.due_on > current_date - 15 then 'OPEN'
		when g.r1 < 0.03 and g.type <> 'CORRECTIVE' then 'OPEN'
		else 'DONE' end as status,
	case when g.due_on > current_date - 15 or (g.r1 < 0.03 and g.type <> 'CORRECTIVE') then null
		else g.due_on::timestamp at time zone 'Europe/Paris' + interval '9 hours'
			+ make_interval(days => case when g.r1 < 0.10 then 5 + floor(g.r3 * 40)::int
				else -floor(g.r3 * 10)::int end) end as done_at) s;

-- The checklist line of each safety test (patient leakage current, 0-100 µA), measured when done.
insert into inv_work_order_check (work_order_id, position, label, unit, lower_limit, upper_limit, measured_value,
	conforming, from_plan)
select w.id, 1, 'Courant de fuite patient', 'µA', 0, 100,
	case when w.status = 'DONE' then case when w.conformity = 'CONFORMING' then 20 + w.id % 70 else 140 end end,
	case when w.status = 'DONE' then w.conformity = 'CONFORMING' end, true
from inv_work_order w where w.created_by = 'bench-generator' and w.type = 'SAFETY_TEST';

-- Who worked: the establishment's biomedical technician, or the manufacturer's for repairs.
insert into inv_work_record (work_order_id, technician_name, employer, started_at, ended_at, minutes)
select w.id, case when w.type = 'CORRECTIVE' then 'Technicien constructeur' else 'Technicien biomédical' end,
	case when w.type = 'CORRECTIVE' then 'Constructeur' else 'Service biomédical' end,
	w.started_at, w.completed_at, 120
from inv_work_order w where w.created_by = 'bench-generator' and w.status = 'DONE';

-- Nonconformities of the failed tests; serious ones stopped the device for 1 to 10 days.
insert into inv_nonconformity (work_order_id, asset_id, severity, description, out_of_service, decided_by, stopped_at,
	restarted_at, created_at, created_by, last_modified_at, last_modified_by)
select w.id, w.asset_id, w.conformity, 'Courant de fuite hors limite', w.conformity = 'SERIOUS_NONCONFORMITY',
	'bench-generator', case when w.conformity = 'SERIOUS_NONCONFORMITY' then w.completed_at end,
	case when w.conformity = 'SERIOUS_NONCONFORMITY' and w.completed_at < now() - interval '10 days'
		then w.completed_at + make_interval(days => 1 + (w.id % 10)::int) end,
	w.completed_at, 'bench-generator', w.completed_at, 'bench-generator'
from inv_work_order w
where w.created_by = 'bench-generator' and w.conformity in ('MINOR_NONCONFORMITY', 'SERIOUS_NONCONFORMITY');

commit;

vacuum analyze inv_work_order;
vacuum analyze inv_work_order_check;
vacuum analyze inv_work_record;
vacuum analyze inv_nonconformity;

select type, status, count(*) from inv_work_order where created_by = 'bench-generator'
group by rollup (type, status) order by type, status;
select count(*) as nonconformities, count(*) filter (where out_of_service and restarted_at is null) as blocking
from inv_nonconformity where created_by = 'bench-generator';
