-- Service level volume generator: what issue 4's features store, on top of the service desk generator.
--
--   psql -h 127.0.0.1 -U postgres -d socle_bench -v ON_ERROR_STOP=1 [-v unswept_hours=24] -f bench/generate-servicelevels.sql
--
-- Run once, after bench/generate-servicedesk.sql, on the same database (it refuses to run twice).
-- Adds the business calendars it needs (office hours in France, 24/7) unless they exist, a
-- "Dossier patient informatisé" service next to the demo catalogue, a default OLA per team and an
-- SLA per catalogue service; then, for every generated ticket, its two SLA clocks (first response,
-- resolution) as the application would have kept them along the ticket's timeline: the clocks of
-- closed tickets stopped (met, breached or cancelled), those of open tickets running (due and
-- at-risk instants worked out on the calendar) or paused while pending for the requester or a
-- supplier. The marks on the tickets follow (due dates, state), and so do the escalations the sweep
-- would have made (rows processed, timeline lines) and satisfaction invitations for 30 % of the
-- resolved tickets (35 % of them answered, ratings mostly 7 to 9).
--
-- The sweep is taken to have last run :unswept_hours hours ago (24 by default, as if the jobs had
-- been stopped for a day): clocks that crossed their at-risk share or their due date since then are
-- left as the sweep would find them, for the first sweep of bench/ServiceLevelBench.java.
--
-- Working time is counted here the way CalendarTime counts it (office hours 08:00-18:00 Monday to
-- Friday in Europe/Paris, French public holidays as Jollyday lists them, Easter-based days
-- included): each working day has a position (10 hours each) and an instant's position is the
-- working time before it, so due dates and consumed times are exact to the microsecond.
-- Everything is set-based SQL in one transaction (a failure leaves nothing behind); random() is seeded
-- so two runs on the same tickets give the same rows.

\if :{?unswept_hours}
\else
\set unswept_hours 24
\endif
\timing on
set client_min_messages = warning;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set synchronous_commit = off;
select setseed(0.2024);

do $$ begin
	if not exists (select 1 from sd_ticket where created_by = 'bench-generator') then
		raise exception 'no generated tickets: run bench/generate-servicedesk.sql first';
	end if;
	if exists (select 1 from sd_agreement where created_by = 'bench-generator') then
		raise exception 'service levels were already generated on this database';
	end if;
end $$;

create temp table sl_base as
select now() as until, now() - interval '1 hour' * :unswept_hours as swept,
	E'MONDAY 08:00-18:00\nTUESDAY 08:00-18:00\nWEDNESDAY 08:00-18:00\nTHURSDAY 08:00-18:00\nFRIDAY 08:00-18:00'
		as office_hours,
	(select min(created_at) from sd_ticket where created_by = 'bench-generator') as first_ticket;

begin;

-- 1. Calendars: office hours in France (the demo's, else a new one) and 24/7.
insert into sd_calendar (name, zone_id, always_open, holiday_set, weekly_hours, closures, created_at, created_by,
	last_modified_at, last_modified_by)
select 'Heures ouvrées DSI (banc d''essai)', 'Europe/Paris', false, 'FRANCE', b.office_hours, '', now(),
	'bench-generator', now(), 'bench-generator'
from sl_base b
where not exists (select 1 from sd_calendar c where not c.archived and not c.always_open
	and c.zone_id = 'Europe/Paris' and c.holiday_set = 'FRANCE' and c.weekly_hours = b.office_hours and c.closures = '');
insert into sd_calendar (name, zone_id, always_open, holiday_set, created_at, created_by, last_modified_at,
	last_modified_by)
select '24/7 (banc d''essai)', 'Europe/Paris', true, 'NONE', now(), 'bench-generator', now(), 'bench-generator'
where not exists (select 1 from sd_calendar c where not c.archived and c.always_open);

create temp table sl_calendar as
select (select c.id from sd_calendar c, sl_base b where not c.archived and not c.always_open
		and c.zone_id = 'Europe/Paris' and c.holiday_set = 'FRANCE' and c.weekly_hours = b.office_hours
		and c.closures = '' order by c.id limit 1) as office,
	(select c.id from sd_calendar c where not c.archived and c.always_open order by c.id limit 1) as always;

-- 2. Catalogue: a critical "Dossier patient informatisé" service, owned by the IT team that owns the
-- demo's "Poste de travail" (else the first IT team), offered to every establishment.
create temp table sl_it_team as
select coalesce((select owner_team_id from sd_service where name_fr = 'Poste de travail' order by id limit 1),
	(select id from dir_team where kind = 'IT' and not archived order by id limit 1)) as id;
insert into sd_service (owner_team_id, name_fr, name_en, description, status, priority_hint, created_at, created_by,
	last_modified_at, last_modified_by)
select id, 'Dossier patient informatisé', 'Electronic patient record',
	'Dossier patient, prescription et plan de soins : disponibilité 24 h/24, 7 j/7.', 'LIVE', 1,
	now() - interval '3 years', 'bench-generator', now() - interval '3 years', 'bench-generator'
from sl_it_team;
insert into sd_service_customer (service_id, establishment_id)
select s.id, e.id from sd_service s cross join dir_establishment e
where s.created_by = 'bench-generator' and not e.archived;

-- 3. Agreements, valid since before the first ticket: a default OLA per team (office hours) and an
-- SLA per catalogue service (24/7 for the patient record). Targets in minutes of working time.
create temp table sl_targets (plan, priority, response_minutes, resolution_minutes) as values
	('OLA', 1, 30, 240), ('OLA', 2, 60, 600), ('OLA', 3, 120, 1800), ('OLA', 4, 240, 3000), ('OLA', 5, 480, 6000),
	('DPI', 1, 15, 120), ('DPI', 2, 30, 240), ('DPI', 3, 60, 480), ('DPI', 4, 120, 1440), ('DPI', 5, 240, 2880),
	('MAIL', 1, 30, 180), ('MAIL', 2, 60, 480), ('MAIL', 3, 120, 1200), ('MAIL', 4, 240, 2400), ('MAIL', 5, 480, 4800),
	('DESK', 1, 60, 480), ('DESK', 2, 120, 900), ('DESK', 3, 240, 1800), ('DESK', 4, 480, 3000), ('DESK', 5, 600, 6000),
	('ACCESS', 1, 30, 240), ('ACCESS', 2, 60, 600), ('ACCESS', 3, 240, 1200), ('ACCESS', 4, 480, 2400),
	('ACCESS', 5, 600, 4800),
	('BIOMED', 1, 30, 240), ('BIOMED', 2, 60, 960), ('BIOMED', 3, 240, 2400), ('BIOMED', 4, 480, 4800),
	('BIOMED', 5, 960, 9000);
create temp table sl_service_plan (name_fr, plan) as values
	('Dossier patient informatisé', 'DPI'), ('Messagerie', 'MAIL'), ('Poste de travail', 'DESK'),
	('Accès aux applications', 'ACCESS'), ('Maintenance biomédicale', 'BIOMED');

insert into sd_agreement (kind, name, team_id, service_id, calendar_id, at_risk_percent, valid_from, created_at,
	created_by, last_modified_at, last_modified_by)
select 'OLA', left('OLA — ' || t.name, 200), t.id, null, c.office, 75, (b.first_ticket - interval '30 days')::date,
	b.first_ticket - interval '30 days', 'bench-generator', b.first_ticket - interval '30 days', 'bench-generator'
from dir_team t cross join sl_calendar c cross join sl_base b
where not t.archived
order by t.id;
insert into sd_agreement (kind, name, team_id, service_id, calendar_id, at_risk_percent, valid_from, created_at,
	created_by, last_modified_at, last_modified_by)
select 'SLA', 'SLA — ' || s.name_fr, s.owner_team_id, s.id, case when p.plan = 'DPI' then c.always else c.office end,
	75, (b.first_ticket - interval '30 days')::date, b.first_ticket - interval '30 days', 'bench-generator',
	b.first_ticket - interval '30 days', 'bench-generator'
from sd_service s join sl_service_plan p on p.name_fr = s.name_fr
cross join sl_calendar c cross join sl_base b
where s.status = 'LIVE'
order by s.id;
insert into sd_agreement_target (agreement_id, priority, response_minutes, resolution_minutes)
select a.id, x.priority, x.response_minutes, x.resolution_minutes
from sd_agreement a
left join sd_service s on s.id = a.service_id
left join sl_service_plan p on p.name_fr = s.name_fr
join sl_targets x on x.plan = coalesce(p.plan, 'OLA')
where a.created_by = 'bench-generator';

-- 4. Working days of the office calendar, with their position (10 hours of working time each).
create temp table sl_holiday as
with years as (
	select y from generate_series(extract(year from (select first_ticket from sl_base))::int - 1,
		extract(year from now())::int + 2) y
), easter as (
	-- anonymous Gregorian algorithm (Meeus/Jones/Butcher)
	select y, make_date(y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1) as sunday
	from (select y, a, h, l, (a + 11 * h + 22 * l) / 451 as m
		from (select y, a, h, (32 + 2 * e + 2 * i - h - k) % 7 as l
			from (select y, a, b, c, d, e, (19 * a + b - d - g + 15) % 30 as h, c / 4 as i, c % 4 as k
				from (select y, y % 19 as a, y / 100 as b, y % 100 as c, (y / 100) / 4 as d, (y / 100) % 4 as e,
					(y / 100 - (y / 100 + 8) / 25 + 1) / 3 as g from years) s1) s2) s3) s4
)
select make_date(y, m, d) as day from years
cross join (values (1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)) f (m, d)
union
select sunday + k from easter cross join (values (1), (39), (50)) e (k);

create temp table sl_day as
select day, working, open_at,
	count(*) filter (where working) over (order by day rows between unbounded preceding and 1 preceding) as n_before
from (select d::date as day,
		extract(isodow from d) < 6 and d::date not in (select day from sl_holiday) as working,
		(d::date + time '08:00') at time zone 'Europe/Paris' as open_at
	from generate_series((((select first_ticket from sl_base) at time zone 'Europe/Paris')::date - 10)::timestamp,
		(current_date + 730)::timestamp, interval '1 day') d) x;
alter table sl_day alter column n_before set not null;
create unique index on sl_day (day);
create temp table sl_wday as select n_before as n, open_at from sl_day where working;
create unique index on sl_wday (n);
analyze sl_day;
analyze sl_wday;
select count(*) filter (where not working and extract(isodow from day) < 6) as weekday_holidays,
	min(day) as calendar_from, max(day) as calendar_to from sl_day;

-- 5. The tickets, the agreement each was measured against, and the instants of the timeline lines
-- that drive the clocks (bench/generate-servicedesk.sql writes them at these offsets): assignment
-- by an agent 10 minutes after creation (first response), pending 40 minutes after creation,
-- resolution, cancellation. Tickets whose title belongs to a catalogue service of their team get it.
create temp table sl_title_service (title, name_fr) as values
	('Impossible de se connecter au DPI', 'Dossier patient informatisé'),
	('Erreur à l''ouverture du dossier patient', 'Dossier patient informatisé'),
	('Messagerie inaccessible', 'Messagerie'),
	('Poste de travail très lent', 'Poste de travail'), ('Écran noir au démarrage', 'Poste de travail'),
	('Imprimante hors service', 'Poste de travail'), ('Imprimante d''étiquettes bloquée', 'Poste de travail'),
	('Demande d''un poste de travail', 'Poste de travail'), ('Installation d''un logiciel', 'Poste de travail'),
	('Remplacement d''une imprimante', 'Poste de travail'),
	('Mot de passe expiré', 'Accès aux applications'),
	('Création de compte pour un nouvel arrivant', 'Accès aux applications'),
	('Accès à un dossier partagé', 'Accès aux applications'),
	('Ouverture d''un accès VPN', 'Accès aux applications'),
	('Pousse-seringue en alarme permanente', 'Maintenance biomédicale'),
	('Moniteur de surveillance sans affichage', 'Maintenance biomédicale'),
	('Demande de maintenance préventive', 'Maintenance biomédicale');
create temp table sl_service_title as
select m.title, s.id as service_id, s.owner_team_id
from sl_title_service m join sd_service s on s.name_fr = m.name_fr and s.status = 'LIVE';

create temp table sl_agreement as
select a.id, a.team_id, a.service_id, a.at_risk_percent, coalesce(c.always_open, true) as always
from sd_agreement a left join sd_calendar c on c.id = a.calendar_id
where a.created_by = 'bench-generator';

create temp table sl_ticket as
select t.id, t.created_at, t.status, t.pending_reason, t.priority, t.team_id, t.assignee_id,
	st.service_id, a.id as agreement_id, a.always, a.at_risk_percent,
	case when t.assignee_id is not null then t.created_at + interval '10 minutes' end as answered_at,
	case when t.status = 'PENDING' and t.pending_reason in ('REQUESTER', 'SUPPLIER')
		then t.created_at + interval '40 minutes' end as paused_at,
	case when t.status in ('RESOLVED', 'CLOSED') then t.resolved_at
		when t.status = 'CANCELLED' then t.last_modified_at end as ended_at
from sd_ticket t
left join sl_service_title st on st.title = t.title and st.owner_team_id = t.team_id
left join sl_agreement sa on sa.service_id = st.service_id
left join sl_agreement ta on ta.service_id is null and ta.team_id = t.team_id
join sl_agreement a on a.id = coalesce(sa.id, ta.id)
where t.created_by = 'bench-generator'
	and not exists (select 1 from sd_sla_clock c where c.ticket_id = t.id);

-- 6. The clocks. For each: where it starts (position of the creation), its due and at-risk
-- instants had it run on, and where it stopped or paused.
create temp table sl_clock_base as
select t.id as ticket_id, k.kind, t.agreement_id, t.priority, t.always, t.at_risk_percent,
	case when k.kind = 'RESPONSE' then x.response_minutes else x.resolution_minutes end as target_minutes,
	t.created_at,
	case when k.kind = 'RESPONSE' then coalesce(t.answered_at, t.ended_at) else t.ended_at end as stop_at,
	(t.status = 'CANCELLED' and (k.kind = 'RESOLUTION' or t.answered_at is null)) as cancelled,
	case when k.kind = 'RESOLUTION' then t.paused_at end as paused_at,
	case when k.kind = 'RESOLUTION' then t.pending_reason end as pause_reason
from sl_ticket t
join sd_agreement_target x on x.agreement_id = t.agreement_id and x.priority = t.priority
cross join (values ('RESPONSE'), ('RESOLUTION')) k (kind);

-- Position of an instant on the office calendar: 36000 s per working day before its day, plus the
-- working seconds of its day up to it.
create temp table sl_clock_pos as
select c.*, c.target_minutes * 60::bigint as target_s, c.target_minutes * 60::bigint * c.at_risk_percent / 100 as risk_s,
	case when c.always then extract(epoch from c.created_at)
		else 36000 * d0.n_before + case when d0.working
			then greatest(0, least(36000, extract(epoch from c.created_at - d0.open_at))) else 0 end end as p0,
	case when c.stop_at is null and c.paused_at is null then null
		when c.always then extract(epoch from coalesce(c.paused_at, c.stop_at))
		else 36000 * d1.n_before + case when d1.working
			then greatest(0, least(36000, extract(epoch from coalesce(c.paused_at, c.stop_at) - d1.open_at)))
			else 0 end end as p1
from sl_clock_base c
left join sl_day d0 on not c.always and d0.day = (c.created_at at time zone 'Europe/Paris')::date
left join sl_day d1 on not c.always
	and d1.day = (coalesce(c.paused_at, c.stop_at) at time zone 'Europe/Paris')::date;

-- Due and at-risk instants counted from the creation (the clock never paused before), and the
-- working seconds consumed up to the stop or the pause.
create temp table sl_clock as
select c.ticket_id, c.kind, c.agreement_id, c.priority, c.target_minutes, c.always, c.at_risk_percent,
	c.created_at, c.stop_at, c.cancelled, c.paused_at, c.pause_reason, c.target_s,
	case when c.always then c.created_at + make_interval(secs => c.target_s)
		else wd.open_at + make_interval(secs => (c.p0 + c.target_s - 36000 * wd.n)::double precision) end as due_full,
	case when c.risk_s = 0 then c.created_at
		when c.always then c.created_at + make_interval(secs => c.risk_s)
		else wr.open_at + make_interval(secs => (c.p0 + c.risk_s - 36000 * wr.n)::double precision) end as risk_full,
	case when c.p1 is not null then floor(c.p1 - c.p0)::bigint else 0 end as consumed
from sl_clock_pos c
left join sl_wday wd on not c.always and wd.n = (ceil((c.p0 + c.target_s) / 36000) - 1)::bigint
left join sl_wday wr on not c.always and c.risk_s > 0 and wr.n = (ceil((c.p0 + c.risk_s) / 36000) - 1)::bigint;

-- What each clock shows now: stopped (met, breached, cancelled), paused, or running with the
-- state the last sweep (at sl_base.swept) gave it.
create temp table sl_clock_row as
select c.*,
	case when c.stop_at is not null then
			case when c.consumed > c.target_s then 'BREACHED' when c.cancelled then 'CANCELLED' else 'MET' end
		when c.paused_at is not null then 'PAUSED'
		when c.due_full <= b.swept then 'BREACHED'
		when c.risk_full <= b.swept then 'AT_RISK'
		else 'ON_TRACK' end as state,
	case when c.stop_at is not null and c.consumed > c.target_s then least(c.due_full, c.stop_at)
		when c.stop_at is null and c.paused_at is null and c.due_full <= b.swept then c.due_full end as breached_at,
	-- the sweep saw it cross while it ran (escalation rows)
	c.risk_full < coalesce(c.stop_at, c.paused_at, 'infinity') and c.risk_full <= b.swept as warned_at_risk,
	c.due_full < coalesce(c.stop_at, c.paused_at, 'infinity') and c.due_full <= b.swept as warned_breached
from sl_clock c cross join sl_base b;

insert into sd_sla_clock (ticket_id, kind, agreement_id, priority, target_minutes, calendar_id, at_risk_percent,
	started_at, consumed_seconds, running_since, paused_since, pause_reason, at_risk_at, due_at, state, stopped_at,
	breached_at, current)
select c.ticket_id, c.kind, c.agreement_id, c.priority, c.target_minutes, a.calendar_id, c.at_risk_percent,
	c.created_at, c.consumed,
	case when c.stop_at is null and c.paused_at is null then c.created_at end,
	case when c.stop_at is null then c.paused_at end,
	case when c.stop_at is null and c.paused_at is not null then c.pause_reason end,
	case when c.stop_at is null and c.paused_at is null then c.risk_full end,
	case when c.stop_at is null and c.paused_at is null then c.due_full end,
	c.state, c.stop_at, c.breached_at, true
from sl_clock_row c join sd_agreement a on a.id = c.agreement_id
order by c.ticket_id, c.kind;

-- 7. The marks on the tickets (due dates of the running clocks, the worse state) and their service.
create temp table sl_mark as
select ticket_id,
	max(case when kind = 'RESPONSE' and stop_at is null and paused_at is null then due_full end) as response_due_at,
	max(case when kind = 'RESOLUTION' and stop_at is null and paused_at is null then due_full end) as resolution_due_at,
	case when bool_or(state = 'BREACHED') then 'BREACHED' when bool_or(state = 'AT_RISK') then 'AT_RISK'
		when bool_or(state = 'ON_TRACK') then 'ON_TRACK' when bool_or(state = 'PAUSED') then 'PAUSED'
		when bool_and(state = 'CANCELLED') then 'NONE' else 'MET' end as sla_state
from sl_clock_row group by ticket_id;
create unique index on sl_mark (ticket_id);
analyze sl_mark;

update sd_ticket t
set service_id = s.service_id, response_due_at = m.response_due_at, resolution_due_at = m.resolution_due_at,
	sla_state = m.sla_state
from sl_mark m join sl_ticket s on s.id = m.ticket_id
where t.id = m.ticket_id;

-- 8. Escalations the sweep made when a running clock crossed its share or its due date (within 30 s
-- of the crossing), processed at once: the assignee and the team's leads warned by mail, a line in
-- the ticket's timeline.
create temp table sl_recipient as
select t.id as team_id, array_agg(p.id order by p.id) as lead_ids,
	string_agg(p.first_name || ' ' || p.last_name, ', ' order by p.id) as lead_names,
	count(*) filter (where p.email is not null) as lead_mails
from dir_team t join dir_team_member m on m.team_id = t.id and m.role = 'LEAD'
join dir_person p on p.id = m.person_id
group by t.id;

create temp table sl_escalation as
select k.id as clock_id, c.ticket_id, c.kind, e.level,
	least(e.crossed + interval '1 second' * 30 * random(), coalesce(c.stop_at, c.paused_at, 'infinity')) as detected_at,
	t.assignee_id, t.team_id
from sl_clock_row c
join sd_sla_clock k on k.ticket_id = c.ticket_id and k.kind = c.kind and k.current
join sl_ticket t on t.id = c.ticket_id
cross join lateral (values ('AT_RISK', c.risk_full, c.warned_at_risk), ('BREACHED', c.due_full, c.warned_breached))
	e (level, crossed, made)
where e.made;

insert into sd_sla_escalation (clock_id, ticket_id, level, detected_at, processed_at, warned, reassigned_to)
select e.clock_id, e.ticket_id, e.level, e.detected_at, e.detected_at,
	coalesce(r.lead_mails, 0) + case when e.assignee_id is not null and not (e.assignee_id = any (coalesce(r.lead_ids,
		'{}'))) then 1 else 0 end, null
from sl_escalation e left join sl_recipient r on r.team_id = e.team_id
order by e.detected_at;

insert into sd_ticket_event (ticket_id, kind, actor_id, actor_name, at, from_value, to_value, detail, comment_id,
	internal)
select e.ticket_id, 'SLA_ESCALATED', null, 'system', e.detected_at, e.kind, e.level,
	concat_ws(', ', case when e.assignee_id is not null and not (e.assignee_id = any (coalesce(r.lead_ids, '{}')))
		then p.first_name || ' ' || p.last_name end, r.lead_names), null, false
from sl_escalation e
left join sl_recipient r on r.team_id = e.team_id
left join dir_person p on p.id = e.assignee_id
order by e.detected_at;

-- 9. Satisfaction: 30 % of the resolved tickets invited at their resolution (link valid 14 days), 35 %
-- of the invitations answered within the validity (not after now), ratings mostly 7 to 9, a comment
-- in a third of the answers; the answer has its timeline line.
create temp table sl_invited as
select t.id as ticket_id, t.team_id, t.establishment_id, t.resolved_at as invited_at,
	random() < 0.35 as answers, random() as r_delay, random() as r_rating, random() as r_comment
from sd_ticket t
where t.created_by = 'bench-generator' and t.status in ('RESOLVED', 'CLOSED') and t.resolved_at is not null
	and random() < 0.30
	and not exists (select 1 from sd_satisfaction_invitation i where i.ticket_id = t.id);

create temp table sl_invitation as
select i.ticket_id, ev.id as resolution_event_id, i.team_id, i.establishment_id,
	encode(sha256(convert_to('bench-survey-' || i.ticket_id || '-' || ev.id, 'UTF8')), 'hex') as token_digest,
	i.invited_at, i.invited_at + interval '14 days' as expires_at,
	case when i.answers and i.invited_at + interval '14 days' * power(i.r_delay, 3) <= now()
		then i.invited_at + interval '14 days' * power(i.r_delay, 3) end as answered_at,
	case when i.r_rating < 0.06 then floor(i.r_rating / 0.06 * 5)::int
		when i.r_rating < 0.11 then 5 when i.r_rating < 0.18 then 6 when i.r_rating < 0.38 then 7
		when i.r_rating < 0.68 then 8 when i.r_rating < 0.88 then 9 else 10 end as rating,
	i.r_comment
from sl_invited i
join sd_ticket_event ev on ev.ticket_id = i.ticket_id and ev.kind = 'STATUS_CHANGED' and ev.to_value = 'RESOLVED';

insert into sd_satisfaction_invitation (ticket_id, resolution_event_id, team_id, establishment_id, token_digest,
	invited_at, expires_at, answered_at, rating, comment, created_at, created_by, last_modified_at, last_modified_by)
select ticket_id, resolution_event_id, team_id, establishment_id, token_digest, invited_at, expires_at, answered_at,
	case when answered_at is not null then rating end,
	case when answered_at is not null and r_comment < 0.33 then
		case when rating <= 4 then (array['Trop long, j''ai dû relancer plusieurs fois.',
				'Le problème est revenu le lendemain.', 'Personne ne m''a prévenu de la résolution.'])[1 + ticket_id % 3]
			when rating <= 6 then (array['Résolu, mais après plusieurs jours d''attente.',
				'Correct, le délai pourrait être amélioré.'])[1 + ticket_id % 2]
			else (array['Merci pour la rapidité.', 'Technicien très aimable et efficace.',
				'Parfait, tout fonctionne.', 'Intervention rapide, merci !'])[1 + ticket_id % 4] end end,
	invited_at, 'bench-generator', coalesce(answered_at, invited_at), 'bench-generator'
from sl_invitation
order by invited_at;

insert into sd_ticket_event (ticket_id, kind, actor_id, actor_name, at, from_value, to_value, detail, comment_id,
	internal)
select ticket_id, 'SATISFACTION_RATED', null, 'system', answered_at, null, rating::text, null, null, false
from sd_satisfaction_invitation
where created_by = 'bench-generator' and answered_at is not null
order by answered_at;

commit;

vacuum analyze sd_calendar;
vacuum analyze sd_service;
vacuum analyze sd_agreement;
vacuum analyze sd_agreement_target;
vacuum analyze sd_sla_clock;
vacuum analyze sd_sla_escalation;
vacuum analyze sd_satisfaction_invitation;
vacuum analyze sd_ticket;
vacuum analyze sd_ticket_event;

select (select count(*) from sd_calendar) as calendars, (select count(*) from sd_service) as services,
	(select count(*) from sd_agreement) as agreements,
	(select count(*) filter (where kind = 'OLA') from sd_agreement) as olas,
	(select count(*) filter (where kind = 'SLA') from sd_agreement) as slas,
	(select count(*) from sd_agreement_target) as targets;
select count(*) as tickets_with_service from sd_ticket where service_id is not null;
select kind, state, count(*) from sd_sla_clock group by 1, 2 order by 1, 2;
select sla_state, count(*) as tickets, count(*) filter (where status not in ('RESOLVED', 'CLOSED', 'CANCELLED')) as open
from sd_ticket group by 1 order by 2 desc;
select count(*) filter (where running_since is not null) as running_clocks,
	count(*) filter (where running_since is not null and state in ('ON_TRACK', 'AT_RISK')) as watched_by_sweep,
	count(*) filter (where running_since is not null and state = 'ON_TRACK' and at_risk_at <= now()) as at_risk_unswept,
	count(*) filter (where running_since is not null and state in ('ON_TRACK', 'AT_RISK') and due_at <= now())
		as breached_unswept
from sd_sla_clock where current;
select level, count(*) as escalations, count(*) filter (where processed_at is null) as unprocessed
from sd_sla_escalation group by 1 order by 1;
select count(*) as invitations, count(answered_at) as answered,
	round(100.0 * count(answered_at) / nullif(count(*), 0), 1) as answered_pct, round(avg(rating), 2) as mean_rating,
	count(comment) as comments
from sd_satisfaction_invitation;
