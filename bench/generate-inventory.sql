-- Inventory volume generator: a hospital group's register (issue 6), on a database that Socle has
-- migrated and that holds the generated group (12 establishments, 40 teams) of
-- bench/generate-servicedesk.sql (run with -v tickets=0 when only the inventory is measured).
--
--   psql -h 127.0.0.1 -U postgres -d socle_inventory_bench -v ON_ERROR_STOP=1 -f bench/generate-inventory.sql
--
-- Adds 40 categories (medical, IT, technical, with their regulatory flags), 60 manufacturers, 400
-- models with distributors' aliases and device identifiers, then 50,000 medical devices, 200,000 IT
-- items and 8,000 technical items, spread over the establishments and owned by each one's teams of
-- the matching kind, placed in its sites' locations and departments, with serial numbers in the
-- shapes real manufacturers use (prefixed, zero-padded, suffixed, dashed), lots and manufacturing
-- dates for medical devices, a lifecycle mix (in service mostly; in repair, in stock, on loan, out
-- of service, retired, disposed), the status change that brought each asset to its state and 30,000
-- recorded moves. Set-based SQL in one transaction; random() is seeded so two runs give the same
-- register. Refuses to run twice.

\timing on
set client_min_messages = warning;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set synchronous_commit = off;
select setseed(0.66);

do $$ begin
	if exists (select 1 from inv_asset where created_by = 'bench-generator') then
		raise exception 'the inventory is already generated here';
	end if;
	if (select count(*) from dir_team) < 10 then
		raise exception 'no generated group: run bench/generate-servicedesk.sql first';
	end if;
end $$;

begin;

-- 1. Categories: code, kind, name, device class, criticality, flags, share of the kind's assets.
create temp table gen_category (code text, kind text, name text, device_class text, criticality text,
	flags text[], weight int);
insert into gen_category values
	('BENCH-PUMP-INF', 'MEDICAL_DEVICE', 'Pompe à perfusion', 'IIB', 'HIGH', '{MAINTENANCE_MANDATORY,ELECTRICAL_SAFETY}', 20),
	('BENCH-PUMP-SYR', 'MEDICAL_DEVICE', 'Pousse-seringue', 'IIB', 'HIGH', '{MAINTENANCE_MANDATORY,ELECTRICAL_SAFETY}', 18),
	('BENCH-MONITOR', 'MEDICAL_DEVICE', 'Moniteur multiparamétrique', 'IIB', 'HIGH', '{MAINTENANCE_MANDATORY,ELECTRICAL_SAFETY}', 12),
	('BENCH-VENTILATOR', 'MEDICAL_DEVICE', 'Ventilateur de réanimation', 'IIB', 'HIGH', '{MAINTENANCE_MANDATORY,ELECTRICAL_SAFETY}', 3),
	('BENCH-DEFIB', 'MEDICAL_DEVICE', 'Défibrillateur', 'III', 'HIGH', '{MAINTENANCE_MANDATORY,ELECTRICAL_SAFETY}', 3),
	('BENCH-ECG', 'MEDICAL_DEVICE', 'Électrocardiographe', 'IIA', 'MEDIUM', '{ELECTRICAL_SAFETY}', 4),
	('BENCH-US', 'MEDICAL_DEVICE', 'Échographe', 'IIA', 'MEDIUM', '{ELECTRICAL_SAFETY}', 3),
	('BENCH-XRAY-MOB', 'MEDICAL_DEVICE', 'Radiologie mobile', 'IIB', 'HIGH', '{MAINTENANCE_MANDATORY,INTERNAL_QC,EXTERNAL_QC,IONISING_RADIATION,ELECTRICAL_SAFETY}', 1),
	('BENCH-CT', 'MEDICAL_DEVICE', 'Scanner (TDM)', 'IIB', 'HIGH', '{MAINTENANCE_MANDATORY,INTERNAL_QC,EXTERNAL_QC,IONISING_RADIATION,ELECTRICAL_SAFETY}', 1),
	('BENCH-MAMMO', 'MEDICAL_DEVICE', 'Mammographe', 'IIB', 'HIGH', '{MAINTENANCE_MANDATORY,INTERNAL_QC,EXTERNAL_QC,IONISING_RADIATION}', 1),
	('BENCH-ANAESTH', 'MEDICAL_DEVICE', 'Station d''anesthésie', 'IIB', 'HIGH', '{MAINTENANCE_MANDATORY,ELECTRICAL_SAFETY}', 2),
	('BENCH-INCUBATOR', 'MEDICAL_DEVICE', 'Incubateur néonatal', 'IIB', 'HIGH', '{MAINTENANCE_MANDATORY,ELECTRICAL_SAFETY}', 1),
	('BENCH-DIALYSIS', 'MEDICAL_DEVICE', 'Générateur de dialyse', 'IIB', 'HIGH', '{MAINTENANCE_MANDATORY,ELECTRICAL_SAFETY}', 2),
	('BENCH-ESU', 'MEDICAL_DEVICE', 'Bistouri électrique', 'IIB', 'MEDIUM', '{ELECTRICAL_SAFETY}', 2),
	('BENCH-ENDOSCOPE', 'MEDICAL_DEVICE', 'Endoscope souple', 'IIA', 'MEDIUM', '{}', 4),
	('BENCH-BED', 'MEDICAL_DEVICE', 'Lit médicalisé électrique', 'I', 'LOW', '{ELECTRICAL_SAFETY}', 15),
	('BENCH-PACEMAKER', 'MEDICAL_DEVICE', 'Stimulateur cardiaque implantable', 'III', 'HIGH', '{IMPLANTABLE}', 2),
	('BENCH-QC-PUMP', 'MEDICAL_DEVICE', 'Pompe volumétrique (Québec)', 'III', 'HIGH', '{QC_HC_LICENCE,QC_MAINTENANCE_PROGRAM,ELECTRICAL_SAFETY}', 4),
	('BENCH-QC-XRAY', 'MEDICAL_DEVICE', 'Appareil de radiographie (Québec)', 'III', 'HIGH', '{QC_HC_LICENCE,QC_RADIATION_PERMIT,IONISING_RADIATION}', 1),
	('BENCH-PC', 'IT_ITEM', 'Poste de travail', null, 'LOW', '{}', 50),
	('BENCH-LAPTOP', 'IT_ITEM', 'Ordinateur portable', null, 'LOW', '{}', 12),
	('BENCH-THIN', 'IT_ITEM', 'Client léger', null, 'LOW', '{}', 6),
	('BENCH-PRINTER', 'IT_ITEM', 'Imprimante', null, 'LOW', '{}', 8),
	('BENCH-PHONE', 'IT_ITEM', 'Téléphone IP / DECT', null, 'LOW', '{}', 10),
	('BENCH-AP', 'IT_ITEM', 'Borne Wi-Fi', null, 'MEDIUM', '{}', 4),
	('BENCH-SW-ACCESS', 'IT_ITEM', 'Commutateur d''accès', null, 'MEDIUM', '{}', 3),
	('BENCH-SW-DIST', 'IT_ITEM', 'Commutateur de distribution', null, 'HIGH', '{}', 0),
	('BENCH-SW-CORE', 'IT_ITEM', 'Commutateur de cœur de réseau', null, 'HIGH', '{}', 0),
	('BENCH-FIREWALL', 'IT_ITEM', 'Pare-feu', null, 'HIGH', '{}', 0),
	('BENCH-SERVER', 'IT_ITEM', 'Serveur physique', null, 'HIGH', '{}', 1),
	('BENCH-VM', 'IT_ITEM', 'Serveur virtuel', null, 'HIGH', '{}', 3),
	('BENCH-STORAGE', 'IT_ITEM', 'Baie de stockage', null, 'HIGH', '{}', 0),
	('BENCH-APP', 'IT_ITEM', 'Application', null, 'HIGH', '{}', 0),
	('BENCH-DB', 'IT_ITEM', 'Base de données', null, 'HIGH', '{}', 1),
	('BENCH-BOILER', 'TECHNICAL', 'Chaudière', null, 'HIGH', '{}', 5),
	('BENCH-LIFT', 'TECHNICAL', 'Ascenseur', null, 'HIGH', '{}', 10),
	('BENCH-GENSET', 'TECHNICAL', 'Groupe électrogène', null, 'HIGH', '{}', 3),
	('BENCH-AHU', 'TECHNICAL', 'Centrale de traitement d''air', null, 'MEDIUM', '{}', 15),
	('BENCH-FRIDGE', 'TECHNICAL', 'Enceinte réfrigérée', null, 'MEDIUM', '{}', 50),
	('BENCH-DOOR', 'TECHNICAL', 'Porte automatique', null, 'LOW', '{}', 17);

insert into inv_category (kind, code, name, device_class, criticality, created_at, created_by, last_modified_at,
	last_modified_by)
select kind, code, name, device_class, criticality, now(), 'bench-generator', now(), 'bench-generator'
from gen_category;
insert into inv_category_flag (category_id, flag_code)
select c.id, unnest(g.flags) from gen_category g join inv_category c on c.code = g.code;

-- 2. Manufacturers and models (10 per category), each with a device identifier (GTIN-14) for
-- medical devices and one or two distributors' aliases.
insert into inv_manufacturer (name, created_at, created_by, last_modified_at, last_modified_by)
select 'Fabricant ' || (array['Medtron', 'Braunel', 'Fresenia', 'Philis', 'Draegan', 'Mindrai', 'Getinge', 'Baxtor',
	'Siemenz', 'Carestrim', 'Delk', 'Lenova', 'HPE', 'Ciska', 'Arubo', 'Fortinex', 'Otix', 'Schindel', 'Atlantique',
	'Liebhern'])[1 + (i - 1) % 20] || ' ' || ((i - 1) / 20 + 1), now(), 'bench-generator', now(), 'bench-generator'
from generate_series(1, 60) i;

create temp table gen_manufacturer as
select id, row_number() over (order by id) as n from inv_manufacturer where created_by = 'bench-generator';

insert into inv_model (manufacturer_id, category_id, commercial_name, common_name, device_identifier, created_at,
	created_by, last_modified_at, last_modified_by)
select (select m.id from gen_manufacturer m where m.n = 1 + (c.id * 7 + k * 3) % 60),
	c.id, c.name || ' modèle ' || chr(64 + k) || (100 + c.id % 900), c.name,
	case when c.kind = 'MEDICAL_DEVICE' then '0' || (3400000000000 + c.id * 1000 + k)::text end,
	now(), 'bench-generator', now(), 'bench-generator'
from inv_category c cross join generate_series(1, 10) k
where c.code like 'BENCH-%';

insert into inv_model_alias (model_id, alias)
select id, 'Distrib ' || commercial_name || ' ' || s from inv_model cross join generate_series(1, 2) s
where created_by = 'bench-generator' and (s = 1 or id % 3 = 0);

-- 3. Assets. Helper tables: each establishment's teams by kind (falling back to any team of the
-- kind), locations and departments, numbered for random picks.
create temp table gen_est as
select id, row_number() over (order by id) as n from dir_establishment;
create temp table gen_team as
select t.id, t.establishment_id, k.kind,
	row_number() over (partition by t.establishment_id, k.kind order by t.id) as n,
	count(*) over (partition by t.establishment_id, k.kind) as of_n
from dir_team t
join (values ('MEDICAL_DEVICE', 'BIOMEDICAL'), ('IT_ITEM', 'IT'), ('TECHNICAL', 'TECHNICAL')) k(kind, team_kind)
	on k.team_kind = t.kind;
insert into gen_team (id, establishment_id, kind, n, of_n)
select (select min(g.id) from gen_team g where g.kind = k.kind), e.id, k.kind, 1, 1
from gen_est e cross join (select distinct kind from gen_team) k
where not exists (select 1 from gen_team x where x.establishment_id = e.id and x.kind = k.kind);
create temp table gen_location as
select l.id, s.establishment_id, row_number() over (partition by s.establishment_id order by l.id) as n,
	count(*) over (partition by s.establishment_id) as of_n
from dir_location l join dir_site s on s.id = l.site_id;
create temp table gen_department as
select d.id, d.establishment_id, row_number() over (partition by d.establishment_id order by d.id) as n,
	count(*) over (partition by d.establishment_id) as of_n
from dir_department d;
create temp table gen_model as
select m.id, m.category_id, c.kind, m.device_identifier,
	row_number() over (partition by c.kind order by m.id) as n,
	sum(g.weight) over (partition by c.kind order by m.id) as upto,
	sum(g.weight) over (partition by c.kind) as total
from inv_model m join inv_category c on c.id = m.category_id join gen_category g on g.code = c.code
where g.weight > 0;
create index on gen_model (kind, upto);

-- The network, servers and applications each establishment runs (per establishment: 2 core
-- switches, 25 distribution switches, 2 firewalls, 4 storage arrays, 40 applications), then the
-- rest of the 200,000 IT items and the other kinds drawn by the categories' weights.
create temp table gen_infra (code text, per_establishment int);
insert into gen_infra values ('BENCH-SW-CORE', 2), ('BENCH-SW-DIST', 25), ('BENCH-FIREWALL', 2),
	('BENCH-STORAGE', 4), ('BENCH-APP', 40);
create temp table gen_asset as
select row_number() over () as n, kind, pick, r1, r2, r3, r4, forced_model
from (
	select 'IT_ITEM' as kind, null::numeric as pick, random() as r1, 0.5 as r2, random() as r3, random() as r4,
		(select min(m.id) + (e.n + i) % 10 from inv_model m join inv_category c on c.id = m.category_id
			where c.code = f.code) as forced_model, e.n as est_n
	from gen_infra f cross join gen_est e cross join lateral generate_series(1, f.per_establishment) i
	union all
	select k.kind, (random() * w.total)::numeric, random(), random(), random(), random(), null, null
	from (values ('MEDICAL_DEVICE', 50000), ('IT_ITEM', 200000), ('TECHNICAL', 8000)) k(kind, how_many)
	cross join lateral (select max(total) as total from gen_model m where m.kind = k.kind) w
	cross join lateral generate_series(1, k.how_many
		- case when k.kind = 'IT_ITEM' then (select sum(per_establishment) from gen_infra) * (select count(*) from gen_est)
		else 0 end) i
) x;

insert into inv_asset (kind, inventory_number, name, serial_number, category_id, model_id, establishment_id,
	owner_team_id, location_id, department_id, status, udi_device_identifier, lot_number, manufactured_on,
	expires_on, acquisition_cost, funding, first_in_service_on, warranty_end_on, software_version, created_at,
	created_by, last_modified_at, last_modified_by)
select a.kind,
	(case a.kind when 'MEDICAL_DEVICE' then 'BM' when 'IT_ITEM' then 'IT' else 'TE' end) || '-' || lpad(a.n::text, 7, '0'),
	case when a.kind = 'IT_ITEM' then 'HOST-' || lpad(a.n::text, 7, '0') end,
	case m.id % 4
		when 0 then 'SN' || lpad((a.n * 37 % 9999991)::text, 8, '0')
		when 1 then lpad((100000000 + a.n * 13)::text, 9, '0')
		when 2 then chr((65 + m.id % 26)::int) || chr((65 + m.id / 26 % 26)::int) || (10000 + a.n) || 'X'
		else (1000 + m.id % 9000) || '-' || lpad(a.n::text, 6, '0')
	end,
	m.category_id, m.id, e.id, t.id,
	(select l.id from gen_location l where l.establishment_id = e.id and l.n = 1 + floor(a.r3 * l.of_n)::int),
	(select d.id from gen_department d where d.establishment_id = e.id and d.n = 1 + floor(a.r4 * d.of_n)::int),
	case when a.r2 < 0.84 then 'IN_SERVICE' when a.r2 < 0.87 then 'IN_REPAIR' when a.r2 < 0.90 then 'IN_STOCK'
		when a.r2 < 0.92 then 'ON_LOAN' when a.r2 < 0.94 then 'OUT_OF_SERVICE' when a.r2 < 0.99 then 'RETIRED'
		else 'DISPOSED' end,
	m.device_identifier,
	case when a.kind = 'MEDICAL_DEVICE' then 'L' || (2014 + floor(a.r1 * 12)::int) || lpad((a.n % 5000)::text, 5, '0') end,
	case when a.kind = 'MEDICAL_DEVICE' then date '2014-01-01' + floor(a.r1 * 4300)::int end,
	case when a.kind = 'MEDICAL_DEVICE' and m.id % 5 = 0 then date '2014-01-01' + floor(a.r1 * 4300)::int + 3650 end,
	round((200 + a.r3 * a.r3 * 60000)::numeric, 2),
	(array['Budget d''investissement', 'Plan Ségur', 'Location', 'Don'])[1 + floor(a.r4 * 4)::int],
	date '2014-02-01' + floor(a.r1 * 4300)::int,
	date '2014-02-01' + floor(a.r1 * 4300)::int + 730,
	case when a.kind <> 'TECHNICAL' then (1 + m.id % 5) || '.' || (m.id % 10) || '.' || (a.n % 4) end,
	now() - interval '5 years', 'bench-generator', now() - interval '5 years', 'bench-generator'
from gen_asset a
cross join lateral (select x.id, x.category_id, x.device_identifier from gen_model x
	where a.forced_model is null and x.kind = a.kind and x.upto >= a.pick
	union all select y.id, y.category_id, y.device_identifier from inv_model y where y.id = a.forced_model
	order by 1 limit 1) m
join gen_est e on e.n = 1 + (a.n * 7919) % (select count(*) from gen_est)
join gen_team t on t.establishment_id = e.id and t.kind = a.kind and t.n = 1 + a.n % t.of_n;

-- The status change that brought each asset to its state (received in service, then the last move).
insert into inv_asset_status_change (asset_id, from_status, to_status, reason, changed_by, changed_at)
select id, null, 'IN_SERVICE', 'Mise en service', 'bench-generator', first_in_service_on::timestamp at time zone 'Europe/Paris'
from inv_asset where created_by = 'bench-generator';
insert into inv_asset_status_change (asset_id, from_status, to_status, reason, changed_by, changed_at)
select id, 'IN_SERVICE', status, 'Évolution générée', 'bench-generator',
	least(now(), (first_in_service_on + 400 + (id % 800)::int)::timestamp at time zone 'Europe/Paris')
from inv_asset where created_by = 'bench-generator' and status <> 'IN_SERVICE';

-- 30,000 recorded moves between locations of the same establishment.
insert into inv_asset_move (asset_id, to_establishment_id, from_establishment_id, from_location_id, to_location_id,
	reason, moved_by, moved_at)
select a.id, a.establishment_id, a.establishment_id,
	(select l.id from gen_location l where l.establishment_id = a.establishment_id
		and l.n = 1 + (a.id * 31) % l.of_n),
	a.location_id, 'Changement de service', 'bench-generator',
	least(now(), (a.first_in_service_on + 200 + (a.id % 600)::int)::timestamp at time zone 'Europe/Paris')
from inv_asset a
where a.created_by = 'bench-generator' and a.kind = 'MEDICAL_DEVICE' and a.id % 5 < 3;

commit;

vacuum analyze inv_category;
vacuum analyze inv_model;
vacuum analyze inv_model_alias;
vacuum analyze inv_asset;
vacuum analyze inv_asset_status_change;
vacuum analyze inv_asset_move;

select kind, status, count(*) from inv_asset group by rollup (kind, status) order by kind, status;
select count(*) as moves from inv_asset_move;
