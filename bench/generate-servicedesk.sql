-- Service desk volume generator: a realistic hospital group on top of the demo data.
--
--   psql -h 127.0.0.1 -U postgres -d socle_bench -v ON_ERROR_STOP=1 -v tickets=1000000 -f bench/generate-servicedesk.sql
--
-- Run once on a database that Socle has created (Flyway) and filled with its demo data.
-- Tops the directory up to 12 establishments, 40 teams and 10,000 people, adds sign-in
-- accounts (password 'socle-demo', the hash of the demo 'admin' account) for a sample of
-- agents and requesters, then :tickets tickets over three years (about 3 % still open) with
-- their timeline events and about two comments each. Everything is set-based SQL with
-- generate_series; random() is seeded so two runs give the same group.

\if :{?tickets}
\else
\set tickets 1000000
\endif
\timing on
set client_min_messages = warning;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set synchronous_commit = off;
select setseed(0.42);

do $$ begin
	if exists (select 1 from dir_person where created_by = 'bench-generator') then
		raise exception 'socle_bench already holds generated rows: drop and recreate the database first';
	end if;
end $$;

-- FINESS check digit: Luhn over the first eight digits (same rule as FinessNumber).
create function pg_temp.finess(eight text) returns text language sql immutable as $$
	select eight || ((10 - sum(d) % 10) % 10)::text
	from (select case when i % 2 = 0 then case when 2 * digit > 9 then 2 * digit - 9 else 2 * digit end
	                  else digit end as d
	      from (select i, substr(eight, 8 - i, 1)::int as digit from generate_series(0, 7) i) x) y
$$;

begin;

-- 1. Establishments: top up to 12 (the demo holds 5).
insert into dir_establishment (name, short_name, kind, legal_finess, geographic_finess, support,
	created_at, created_by, last_modified_at, last_modified_by)
select case when n % 3 = 0 then 'EHPAD Bench ' || n else 'Centre hospitalier Bench ' || n end,
	case when n % 3 = 0 then 'EHPAD B' || n else 'CH B' || n end,
	case when n % 3 = 0 then 'MEDICO_SOCIAL' else 'HEALTH' end,
	pg_temp.finess('49' || lpad((100 + n)::text, 5, '0') || '0'),
	pg_temp.finess('49' || lpad((100 + n)::text, 5, '0') || '1'),
	false, now() - interval '3 years', 'bench-generator', now() - interval '3 years', 'bench-generator'
from generate_series(1, greatest(0, 12 - (select count(*) from dir_establishment))) n;

create temp table est as
select id, row_number() over (order by id) as n,
	-- the first (support) establishment is the biggest: weight used for people
	case when row_number() over (order by id) = 1 then 4 when kind = 'HEALTH' then 2 else 1 end as weight
from dir_establishment where not archived;

-- A site and four departments per new establishment.
insert into dir_site (establishment_id, name, street, postal_code, city, created_at, created_by, last_modified_at,
	last_modified_by)
select e.id, 'Site principal — ' || e.short_name, '1 avenue de la Santé', '49000', 'Valmont',
	e.created_at, 'bench-generator', e.created_at, 'bench-generator'
from dir_establishment e where e.created_by = 'bench-generator';

insert into dir_department (establishment_id, parent_id, level, code, name, created_at, created_by,
	last_modified_at, last_modified_by)
select e.id, null, 'POLE', 'B' || e.id || '-P1', 'Pôle médecine et soins', e.created_at, 'bench-generator',
	e.created_at, 'bench-generator'
from dir_establishment e where e.created_by = 'bench-generator';
insert into dir_department (establishment_id, parent_id, level, code, name, created_at, created_by,
	last_modified_at, last_modified_by)
select p.establishment_id, p.id, 'SERVICE', 'B' || p.establishment_id || '-S' || s.n, s.name, p.created_at,
	'bench-generator', p.created_at, 'bench-generator'
from dir_department p
cross join (values (1, 'Médecine polyvalente'), (2, 'Urgences'), (3, 'Direction du numérique')) s (n, name)
where p.created_by = 'bench-generator' and p.level = 'POLE';

-- 2. People: top up to 10,000, spread by establishment weight.
create temp table first_names (n, name) as
select row_number() over (), x from unnest(array['Camille', 'Léa', 'Manon', 'Chloé', 'Emma', 'Inès', 'Sarah',
	'Julie', 'Lucie', 'Claire', 'Anne', 'Marie', 'Nathalie', 'Sophie', 'Isabelle', 'Lucas', 'Hugo', 'Thomas',
	'Nicolas', 'Julien', 'Antoine', 'Maxime', 'Pierre', 'Paul', 'Louis', 'Karim', 'Mehdi', 'Yann', 'Olivier',
	'Éric']) x;
create temp table last_names (n, name) as
select row_number() over (), x from unnest(array['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard',
	'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David',
	'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefèvre', 'Mercier', 'Dupont',
	'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin',
	'Muller', 'Henry', 'Roussel', 'Nicolas']) x;
create temp table slots as
select e.id as establishment_id, g as slot
from est e cross join generate_series(1, e.weight) g;

insert into dir_person (first_name, last_name, email, job_title, phone, establishment_id, department_id,
	created_at, created_by, last_modified_at, last_modified_by)
select f.name, l.name,
	'bench.' || i || '@socle-bench.example.org',
	(array['Infirmier(ère)', 'Aide-soignant(e)', 'Médecin', 'Cadre de santé', 'Secrétaire médicale',
		'Technicien(ne)', 'Agent administratif', 'Pharmacien(ne)', 'Kinésithérapeute', 'Interne'])[1 + i % 10],
	'02 41 ' || lpad((i % 100)::text, 2, '0') || ' ' || lpad((i / 100 % 100)::text, 2, '0') || ' 00',
	s.establishment_id,
	(select d.id from dir_department d where d.establishment_id = s.establishment_id and d.level <> 'POLE'
		order by d.id offset (i % 2) limit 1),
	now() - interval '3 years', 'bench-generator', now() - interval '3 years', 'bench-generator'
from generate_series(1, greatest(0, 10000 - (select count(*) from dir_person))) i
join first_names f on f.n = 1 + i % 30
join last_names l on l.n = 1 + (i / 30) % 40
join (select establishment_id, row_number() over (order by establishment_id, slot) - 1 as k from slots) s
	on s.k = i % (select count(*) from slots);

-- 3. Teams: top up to 40, most of them IT, biomedical and technical teams of the establishments.
insert into dir_team (establishment_id, name, kind, email, description, created_at, created_by,
	last_modified_at, last_modified_by)
select e.id,
	(array['Informatique', 'Biomédical', 'Services techniques', 'Logistique', 'Téléphonie'])[1 + (i - 1) % 5]
		|| ' — ' || d.short_name || ' (' || i || ')',
	(array['IT', 'BIOMEDICAL', 'TECHNICAL', 'OTHER', 'IT'])[1 + (i - 1) % 5],
	'equipe' || i || '@socle-bench.example.org', 'Équipe de support générée pour le banc d''essai',
	now() - interval '3 years', 'bench-generator', now() - interval '3 years', 'bench-generator'
from generate_series(1, greatest(0, 40 - (select count(*) from dir_team))) i
join est e on e.n = 1 + (i - 1) % (select count(*) from est)
join dir_establishment d on d.id = e.id;

-- Six members per new team (the first is the lead), people of the team's establishment.
insert into dir_team_member (team_id, person_id, role, created_at, created_by, last_modified_at, last_modified_by)
select t.id, p.id, case when p.k = 1 then 'LEAD' else 'AGENT' end, t.created_at, 'bench-generator',
	t.created_at, 'bench-generator'
from dir_team t
join lateral (select x.id, row_number() over (order by x.id) as k from dir_person x
	where x.establishment_id = t.establishment_id and x.created_by = 'bench-generator'
	order by x.id offset (t.id * 7) % 200 limit 6) p on true
where t.created_by = 'bench-generator'
on conflict (team_id, person_id) do nothing;

-- 4. Accounts (password 'socle-demo'): two agents per team with an AGENT grant on their team,
-- and 300 requesters with a STAFF grant on their establishment.
create temp table demo_hash as select password_hash from dir_user_account where login = 'admin';
insert into dir_user_account (person_id, login, password_hash, created_at, created_by, last_modified_at,
	last_modified_by)
select m.person_id, 'bench.agent.' || m.team_id || '.' || m.k, (select password_hash from demo_hash),
	now(), 'bench-generator', now(), 'bench-generator'
from (select team_id, person_id, row_number() over (partition by team_id order by id) as k
	from dir_team_member) m
where m.k <= 2 and not exists (select 1 from dir_user_account a where a.person_id = m.person_id)
on conflict do nothing;
insert into dir_role_grant (account_id, role, scope_kind, team_id, created_at, created_by, last_modified_at,
	last_modified_by)
select a.id, 'AGENT', 'TEAM', m.team_id, now(), 'bench-generator', now(), 'bench-generator'
from dir_user_account a
join dir_team_member m on m.person_id = a.person_id
where a.login like 'bench.agent.%';

insert into dir_user_account (person_id, login, password_hash, created_at, created_by, last_modified_at,
	last_modified_by)
select p.id, 'bench.staff.' || row_number() over (order by p.id), (select password_hash from demo_hash),
	now(), 'bench-generator', now(), 'bench-generator'
from (select id from dir_person x where created_by = 'bench-generator'
	and not exists (select 1 from dir_user_account a where a.person_id = x.id)
	order by id limit 300) p;
insert into dir_role_grant (account_id, role, scope_kind, establishment_id, created_at, created_by,
	last_modified_at, last_modified_by)
select a.id, 'STAFF', 'ESTABLISHMENT', p.establishment_id, now(), 'bench-generator', now(), 'bench-generator'
from dir_user_account a join dir_person p on p.id = a.person_id
where a.login like 'bench.staff.%';

commit;

-- 5. Lookup tables for the tickets.
create temp table team_pick as
select row_number() over (order by t.kind <> 'IT', t.id) - 1 as k, t.id, t.establishment_id,
	array_agg(m.person_id order by m.id) as members
from dir_team t join dir_team_member m on m.team_id = t.id
group by t.id;
create temp table person_pick as
select row_number() over (order by id) - 1 as k, id, establishment_id, department_id,
	first_name || ' ' || last_name as name
from dir_person where not archived;
create unique index on person_pick (k);
create unique index on person_pick (id);
analyze team_pick;
analyze person_pick;
create temp table titles (k, title, kind) as
select row_number() over () - 1, t, 'INCIDENT' from unnest(array['Imprimante hors service',
	'Poste de travail très lent', 'Impossible de se connecter au DPI', 'Mot de passe expiré',
	'Écran noir au démarrage', 'Messagerie inaccessible', 'Scanner de codes-barres ne répond plus',
	'Pousse-seringue en alarme permanente', 'Moniteur de surveillance sans affichage', 'Fuite d''eau en chambre',
	'Chauffage en panne dans le service', 'Téléphone DECT ne capte plus', 'Lecteur de carte CPS non reconnu',
	'Appel malade défectueux', 'Wi-Fi instable dans le bâtiment', 'Imprimante d''étiquettes bloquée',
	'Erreur à l''ouverture du dossier patient', 'Lit électrique bloqué en position haute',
	'Porte automatique ne s''ouvre plus', 'Ascenseur à l''arrêt']) t
union all
select 20 + row_number() over () - 1, t, 'SERVICE_REQUEST' from unnest(array['Création de compte pour un nouvel arrivant',
	'Demande d''un poste de travail', 'Installation d''un logiciel', 'Accès à un dossier partagé',
	'Demande de téléphone portable', 'Déménagement de bureau', 'Demande de formation au logiciel de soins',
	'Remplacement d''une imprimante', 'Ouverture d''un accès VPN', 'Réparation d''un fauteuil roulant',
	'Demande de maintenance préventive', 'Clé de badge à programmer']) t;

-- 6. Tickets: numbers follow the application's sequence (advanced past them below), ids in the
-- order of creation, creation dates spread over three years.
create temp table gen_base as
select (select last_value + case when is_called then 1 else 0 end from sd_ticket_number_seq) as first_number,
	now() as until, (select count(*) from person_pick) as people, (select count(*) from team_pick) as teams,
	(select coalesce(max(id), 0) from sd_ticket) as last_ticket,
	(select array_agg(title order by k) from titles where kind = 'INCIDENT') as incident_titles,
	(select array_agg(title order by k) from titles where kind = 'SERVICE_REQUEST') as request_titles;

insert into sd_ticket (number, type, title, description, requester_id, on_behalf_of_id, establishment_id,
	department_id, location_id, channel, team_id, category_id, assignee_id, impact, urgency, priority, status,
	pending_reason, resolution_code, resolution_note, resolved_at, closed_at, reopen_count, version, created_at,
	created_by, last_modified_at, last_modified_by)
select
	t.prefix || '-' || lpad((b.first_number + t.n - 1)::text, greatest(6, length((b.first_number + t.n - 1)::text)), '0'),
	t.type, t.title, 'Signalé par ' || p.name || '. ' || t.title || '.', p.id,
	case when t.r_behalf < 0.05 then (select q.id from person_pick q where q.k = (t.r_req * 7919)::bigint % b.people)
	end,
	p.establishment_id, p.department_id, null, t.channel, tm.id, null,
	case when t.status <> 'NEW' then tm.members[1 + (t.r_assignee * array_length(tm.members, 1))::int
		% array_length(tm.members, 1)] end,
	t.impact, t.urgency, m.priority, t.status,
	case when t.status = 'PENDING' then (array['REQUESTER', 'SUPPLIER', 'PLANNED_CHANGE'])[1 + t.n % 3] end,
	case when t.status in ('RESOLVED', 'CLOSED') then (array['FIXED', 'WORKAROUND', 'NO_FAULT_FOUND',
		'DUPLICATE'])[1 + (t.n % 10 / 7) + (t.n % 17 / 16)] end,
	case when t.status in ('RESOLVED', 'CLOSED') then 'Intervention réalisée, fonctionnement vérifié avec le demandeur.'
	end,
	case when t.status in ('RESOLVED', 'CLOSED') then t.created_at + t.resolve_after end,
	case when t.status = 'CLOSED' then t.created_at + t.resolve_after + interval '7 days' end,
	case when t.status in ('RESOLVED', 'CLOSED') and t.n % 40 = 0 then 1 else 0 end,
	case when t.status in ('NEW') then 0 when t.status in ('ASSIGNED') then 1 else 3 end,
	t.created_at, 'bench-generator',
	case when t.status = 'CLOSED' then t.created_at + t.resolve_after + interval '7 days'
		when t.status = 'RESOLVED' then t.created_at + t.resolve_after
		when t.status = 'NEW' then t.created_at
		else t.created_at + t.resolve_after / 4 end,
	'bench-generator'
from (
	select s.*,
		case when s.type = 'INCIDENT' then 'INC' when s.type = 'SERVICE_REQUEST' then 'REQ'
			when s.type = 'PROBLEM' then 'PRB' else 'CHG' end as prefix,
		case when s.type = 'SERVICE_REQUEST' then s.request_titles[1 + s.n % 12]
			else s.incident_titles[1 + (s.n * 31 + (s.r_req * 1000)::int) % 20] end as title,
		case when s.age_days < 60 and s.r_status < 1.1 * (1 - s.age_days / 60.0) then
				(array['NEW', 'ASSIGNED', 'IN_PROGRESS', 'IN_PROGRESS', 'PENDING'])[1 + floor(s.r_open * 5)::int]
			when s.r_status2 < 0.04 then 'CANCELLED'
			when s.age_days < 7 + s.r_open * 10 then 'RESOLVED'
			else 'CLOSED' end as status
	from (
		select n, b.until - interval '1 day' * (1095.75 * (1 - (n - 0.5) / :tickets)) as created_at,
			1095.75 * (1 - (n - 0.5) / :tickets) as age_days, b.incident_titles, b.request_titles,
			case when x.r_type < 0.58 then 'INCIDENT' when x.r_type < 0.98 then 'SERVICE_REQUEST'
				when x.r_type < 0.99 then 'PROBLEM' else 'CHANGE' end as type,
			case when x.r_impact < 0.08 then 1 when x.r_impact < 0.35 then 2 else 3 end as impact,
			case when x.r_urgency < 0.12 then 1 when x.r_urgency < 0.45 then 2 else 3 end as urgency,
			case when x.r_channel < 0.55 then 'PORTAL' when x.r_channel < 0.75 then 'EMAIL'
				when x.r_channel < 0.95 then 'PHONE' else 'API' end as channel,
			-- a few requesters raise many tickets, a few teams take most of them
			(b.people * power(x.r_req, 1.6))::bigint % b.people as requester_k,
			(b.teams * power(x.r_team, 2.2))::bigint % b.teams as team_k,
			interval '1 hour' * (1 + 200 * power(x.r_resolve, 3)) as resolve_after,
			x.*
		from generate_series(1, :tickets) n
		cross join gen_base b
		cross join lateral (select random() as r_type, random() as r_impact, random() as r_urgency,
			random() as r_channel, random() as r_req, random() as r_team, random() as r_resolve,
			random() as r_status, random() as r_status2, random() as r_open, random() as r_assignee,
			random() as r_behalf, n as nn) x
	) s
) t
cross join gen_base b
join person_pick p on p.k = t.requester_k
join team_pick tm on tm.k = t.team_k
join sd_priority_matrix m on m.impact = t.impact and m.urgency = t.urgency
order by t.n;

select setval('sd_ticket_number_seq', (select first_number from gen_base) + :tickets - 1);

-- 7. Comments: 0 to 4 per ticket (two on average), alternately the requester and the agent;
-- one in five agent comments is an internal note.
insert into sd_comment (ticket_id, author_id, author_name, body, internal, created_at)
select t.id, a.author_id, p.name,
	(array['Le problème est toujours présent ce matin.', 'Pouvez-vous passer dans le service cet après-midi ?',
		'Intervention planifiée, pièce commandée chez le fournisseur.', 'Redémarrage effectué, à surveiller.',
		'Merci, tout fonctionne à nouveau.', 'Ticket lié à la mise à jour de la semaine dernière.',
		'Le matériel a été remplacé par un modèle de prêt.', 'En attente du retour du prestataire.'])[1 + (t.id + c) % 8],
	a.agent and (t.id + c) % 5 = 0,
	least(coalesce(t.resolved_at, t.last_modified_at), t.created_at + (t.last_modified_at - t.created_at) * c / 5.0
		+ interval '5 minutes')
from sd_ticket t
cross join lateral generate_series(1, (hashint4(t.id::int) & 1023) % 5) c
cross join lateral (select c % 2 = 0 and t.assignee_id is not null as agent,
	case when c % 2 = 0 and t.assignee_id is not null then t.assignee_id else t.requester_id end as author_id) a
join person_pick p on p.id = a.author_id
where t.id > (select last_ticket from gen_base)
order by t.id, c;

-- 8. Timeline: creation, assignment, status changes and one line per comment.
insert into sd_ticket_event (ticket_id, kind, actor_id, actor_name, at, from_value, to_value, detail, comment_id,
	internal)
select t.id, e.kind, e.actor, coalesce(p.name, 'bench-generator'), e.at, e.from_value, e.to_value, e.detail, null, false
from sd_ticket t
cross join lateral (values
	(1, 'CREATED', t.requester_id, t.created_at, null, 'NEW', t.number, true),
	(2, 'ASSIGNED', t.assignee_id, t.created_at + interval '10 minutes', null, t.assignee_id::text, null,
		t.assignee_id is not null),
	(3, 'STATUS_CHANGED', t.assignee_id, t.created_at + interval '10 minutes', 'NEW', 'ASSIGNED', null,
		t.assignee_id is not null),
	(4, 'STATUS_CHANGED', t.assignee_id, t.created_at + interval '30 minutes', 'ASSIGNED', 'IN_PROGRESS', null,
		t.status not in ('NEW', 'ASSIGNED') and t.assignee_id is not null),
	(5, 'STATUS_CHANGED', t.assignee_id, t.created_at + interval '40 minutes', 'IN_PROGRESS', 'PENDING', null,
		t.status = 'PENDING'),
	(6, 'STATUS_CHANGED', t.assignee_id, coalesce(t.resolved_at, t.last_modified_at), 'IN_PROGRESS', 'RESOLVED',
		t.resolution_note, t.status in ('RESOLVED', 'CLOSED')),
	(7, 'STATUS_CHANGED', null::bigint, t.closed_at, 'RESOLVED', 'CLOSED', null, t.status = 'CLOSED'),
	(8, 'STATUS_CHANGED', t.requester_id, t.last_modified_at, 'NEW', 'CANCELLED', null, t.status = 'CANCELLED'))
	e (k, kind, actor, at, from_value, to_value, detail, keep)
left join person_pick p on p.id = e.actor
where t.id > (select last_ticket from gen_base) and e.keep
order by t.id, e.k;

insert into sd_ticket_event (ticket_id, kind, actor_id, actor_name, at, from_value, to_value, detail, comment_id,
	internal)
select c.ticket_id, 'COMMENTED', c.author_id, c.author_name, c.created_at, null, null, left(c.body, 4000), c.id,
	c.internal
from sd_comment c
where c.ticket_id > (select last_ticket from gen_base)
order by c.id;

vacuum analyze dir_establishment;
vacuum analyze dir_person;
vacuum analyze dir_team;
vacuum analyze dir_team_member;
vacuum analyze dir_user_account;
vacuum analyze dir_role_grant;
vacuum analyze sd_ticket;
vacuum analyze sd_comment;
vacuum analyze sd_ticket_event;

select count(*) as establishments from dir_establishment;
select count(*) as teams from dir_team;
select count(*) as people from dir_person;
select count(*) as accounts, count(*) filter (where login like 'bench.agent.%') as agents,
	count(*) filter (where login like 'bench.staff.%') as requesters from dir_user_account;
select count(*) as tickets, round(100.0 * count(*) filter (where status not in ('RESOLVED', 'CLOSED', 'CANCELLED'))
	/ nullif(count(*), 0), 2) as open_pct, min(created_at)::date as since, max(number) filter (where number like 'INC-%') as max_inc
from sd_ticket;
select status, count(*) from sd_ticket group by status order by 2 desc;
select count(*) as comments from sd_comment;
select count(*) as events from sd_ticket_event;
