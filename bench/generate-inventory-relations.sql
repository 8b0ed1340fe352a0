-- Inventory relations generator (issue 6): 500,000 relations between the assets of
-- bench/generate-inventory.sql, in the shape a hospital network and its applications have, per
-- establishment: distribution switches connected to both core switches; access switches to one
-- distribution switch (a third of them to a second one); Wi-Fi access points, workstations, thin
-- clients, printers, IP phones, monitors and imaging devices to an access switch; laptops, infusion
-- pumps and ventilators to a Wi-Fi access point; physical servers connected to both core switches
-- and depending on a storage array; virtual servers hosted on physical ones; databases and
-- applications hosted on virtual servers, applications depending on a database; workstations,
-- laptops and thin clients depending on one of the five main applications (EHR, PACS viewer, lab,
-- pharmacy, mail) and half of them on a second one; imaging devices on the PACS, monitors on the
-- central monitoring, pumps on the drug library server, printers on the print server, phones on
-- telephony; electrosurgical units part of an anaesthesia workstation's operating room set. Each
-- application supports a catalogue service (sd_service) when the database has some. Run after
-- bench/generate-inventory.sql (bench/inventory-db.sh runs it); refuses to run twice.
--
--   psql -h 127.0.0.1 -U postgres -d socle_inventory_bench -v ON_ERROR_STOP=1 -f bench/generate-inventory-relations.sql

\timing on
set client_min_messages = warning;
set work_mem = '256MB';
set synchronous_commit = off;

do $$ begin
	if exists (select 1 from inv_asset_relation where created_by = 'bench-generator') then
		raise exception 'the relations are already generated here';
	end if;
	if not exists (select 1 from inv_asset where created_by = 'bench-generator') then
		raise exception 'no generated inventory: run bench/generate-inventory.sql first';
	end if;
end $$;

begin;

-- The generated assets numbered per establishment and category, for picks by number.
create temp table ra as
select a.id, a.establishment_id as est, c.code,
	row_number() over (partition by a.establishment_id, c.code order by a.id) as n,
	count(*) over (partition by a.establishment_id, c.code) as of_n
from inv_asset a join inv_category c on c.id = a.category_id
where a.created_by = 'bench-generator';
create index on ra (est, code, n);
create index on ra (code);
analyze ra;

-- prio orders what is kept when more than 500,000 are drawn: the infrastructure first.
create temp table rel (source_id bigint, type text, target_id bigint, prio int);

-- Network: distribution to both cores, access to one (or two) distribution switches.
insert into rel select d.id, 'CONNECTED_TO', c.id, 1
from ra d join ra c on c.est = d.est and c.code = 'BENCH-SW-CORE' where d.code = 'BENCH-SW-DIST';
insert into rel select s.id, 'CONNECTED_TO', t.id, 1
from ra s join ra t on t.est = s.est and t.code = 'BENCH-SW-DIST' and t.n = 1 + s.n % t.of_n
where s.code = 'BENCH-SW-ACCESS';
insert into rel select s.id, 'CONNECTED_TO', t.id, 1
from ra s join ra t on t.est = s.est and t.code = 'BENCH-SW-DIST' and t.n = 1 + (s.n + 7) % t.of_n
where s.code = 'BENCH-SW-ACCESS' and s.n % 3 = 0 and t.of_n > 1;
insert into rel select s.id, 'CONNECTED_TO', t.id, 2
from ra s join ra t on t.est = s.est and t.code = 'BENCH-SW-ACCESS' and t.n = 1 + (s.n * 7919) % t.of_n
where s.code in ('BENCH-AP', 'BENCH-PC', 'BENCH-THIN', 'BENCH-PRINTER', 'BENCH-PHONE', 'BENCH-MONITOR', 'BENCH-CT',
	'BENCH-MAMMO', 'BENCH-XRAY-MOB', 'BENCH-QC-XRAY', 'BENCH-US', 'BENCH-ECG', 'BENCH-DIALYSIS');
insert into rel select s.id, 'CONNECTED_TO', t.id, 2
from ra s join ra t on t.est = s.est and t.code = 'BENCH-AP' and t.n = 1 + (s.n * 104729) % t.of_n
where s.code in ('BENCH-LAPTOP', 'BENCH-PUMP-INF', 'BENCH-PUMP-SYR', 'BENCH-QC-PUMP', 'BENCH-VENTILATOR');

-- Data centre: servers, firewalls and storage on the cores; servers on storage; virtual servers,
-- databases and applications.
insert into rel select s.id, 'CONNECTED_TO', c.id, 1
from ra s join ra c on c.est = s.est and c.code = 'BENCH-SW-CORE'
where s.code in ('BENCH-SERVER', 'BENCH-FIREWALL', 'BENCH-STORAGE');
insert into rel select s.id, 'DEPENDS_ON', t.id, 1
from ra s join ra t on t.est = s.est and t.code = 'BENCH-STORAGE' and t.n = 1 + s.n % t.of_n
where s.code = 'BENCH-SERVER';
insert into rel select s.id, 'HOSTED_ON', t.id, 1
from ra s join ra t on t.est = s.est and t.code = 'BENCH-SERVER' and t.n = 1 + (s.n * 31) % t.of_n
where s.code = 'BENCH-VM';
insert into rel select s.id, 'HOSTED_ON', t.id, 1
from ra s join ra t on t.est = s.est and t.code = 'BENCH-VM' and t.n = 1 + (s.n * 17) % t.of_n
where s.code = 'BENCH-DB';
insert into rel select s.id, 'HOSTED_ON', t.id, 1
from ra s join ra t on t.est = s.est and t.code = 'BENCH-VM' and t.n in (1 + (s.n * 13) % t.of_n, 1 + (s.n * 13 + 1) % t.of_n)
where s.code = 'BENCH-APP';
insert into rel select s.id, 'DEPENDS_ON', t.id, 1
from ra s join ra t on t.est = s.est and t.code = 'BENCH-DB' and t.n = 1 + (s.n * 11) % t.of_n
where s.code = 'BENCH-APP';

-- Users' devices on applications (app n = 1..5: EHR, PACS viewer, lab, pharmacy, mail; 6: central
-- monitoring; 7: drug library; 8: print server; 9: telephony; 10+: the others).
insert into rel select s.id, 'DEPENDS_ON', t.id, 2
from ra s join ra t on t.est = s.est and t.code = 'BENCH-APP' and t.n = 1 + s.n % 5
where s.code in ('BENCH-PC', 'BENCH-LAPTOP', 'BENCH-THIN');
insert into rel select s.id, 'DEPENDS_ON', t.id, 3
from ra s join ra t on t.est = s.est and t.code = 'BENCH-APP' and t.n = 10 + s.n % (t.of_n - 9)
where s.code in ('BENCH-PC', 'BENCH-LAPTOP', 'BENCH-THIN') and s.n % 2 = 0 and t.of_n > 10;
insert into rel select s.id, 'DEPENDS_ON', t.id, 2
from ra s join ra t on t.est = s.est and t.code = 'BENCH-APP' and t.n = case
	when s.code in ('BENCH-CT', 'BENCH-MAMMO', 'BENCH-XRAY-MOB', 'BENCH-QC-XRAY', 'BENCH-US') then 2
	when s.code = 'BENCH-MONITOR' then 6
	when s.code in ('BENCH-PUMP-INF', 'BENCH-PUMP-SYR', 'BENCH-QC-PUMP') then 7
	when s.code = 'BENCH-PRINTER' then 8
	else 9 end
where s.code in ('BENCH-CT', 'BENCH-MAMMO', 'BENCH-XRAY-MOB', 'BENCH-QC-XRAY', 'BENCH-US', 'BENCH-MONITOR',
	'BENCH-PUMP-INF', 'BENCH-PUMP-SYR', 'BENCH-QC-PUMP', 'BENCH-PRINTER', 'BENCH-PHONE');

-- Operating room sets: electrosurgical units part of an anaesthesia workstation.
insert into rel select s.id, 'PART_OF', t.id, 2
from ra s join ra t on t.est = s.est and t.code = 'BENCH-ANAESTH' and t.n = 1 + s.n % t.of_n
where s.code = 'BENCH-ESU';

insert into inv_asset_relation (source_id, type, target_id, created_at, created_by, last_modified_at,
	last_modified_by)
select source_id, type, target_id, now(), 'bench-generator', now(), 'bench-generator'
from (select distinct on (source_id, target_id, type) source_id, type, target_id, prio
	from rel where source_id <> target_id order by source_id, target_id, type, prio) r
order by prio, source_id, target_id
limit 500000;

-- Each application supports a catalogue service, when there are some.
insert into inv_asset_service (asset_id, service_id, created_at, created_by, last_modified_at, last_modified_by)
select a.id, s.id, now(), 'bench-generator', now(), 'bench-generator'
from ra a
join (select id, row_number() over (order by id) as n, count(*) over () as of_n from sd_service) s
	on s.n = 1 + (a.n + a.est) % s.of_n
where a.code = 'BENCH-APP';

commit;
vacuum analyze inv_asset_relation;
vacuum analyze inv_asset_service;

select type, count(*) as relations from inv_asset_relation where created_by = 'bench-generator' group by type
order by type;
