-- Service reports: counts of tickets per period come from indexed instants, never from a
-- scan of every ticket. Group-wide figures read the instant indexes, a team's figures the
-- team's own ranges; each index carries what the counts read (type, priority, the
-- creation instant for the backlog), so that they are read from the index alone.
create index ix_sd_ticket_created on sd_ticket (created_at) include (type, priority);
create index ix_sd_ticket_resolved_at on sd_ticket (resolved_at) include (created_at, type, priority)
    where resolved_at is not null;
create index ix_sd_ticket_closed_at on sd_ticket (closed_at) include (team_id, type, priority)
    where closed_at is not null;
create index ix_sd_ticket_team_created on sd_ticket (team_id, created_at) include (type, priority);
create index ix_sd_ticket_team_resolved on sd_ticket (team_id, resolved_at) include (created_at, type, priority)
    where resolved_at is not null;
-- Clocks and timeline lines are narrowed by their ticket's team, establishment and
-- service: each line's ticket is looked up in this index alone, not in the table.
create index ix_sd_ticket_scope on sd_ticket (id) include (team_id, establishment_id, service_id);
-- Reopenings are timeline lines (a ticket may be reopened more than once): few, their own index.
create index ix_sd_ticket_event_reopened on sd_ticket_event (at) include (ticket_id) where kind = 'REOPENED';
-- Compliance: the clocks that ended in a period, read from the index alone.
create index ix_sd_sla_clock_stopped on sd_sla_clock (stopped_at) include (kind, state, ticket_id)
    where current and stopped_at is not null;
-- Breaches, latest first: the few clocks that ended breached, in the order they are listed.
create index ix_sd_sla_clock_breached on sd_sla_clock (stopped_at, id) include (ticket_id)
    where current and state = 'BREACHED';
-- Satisfaction of the whole group per month, from the index alone.
create index ix_sd_satisfaction_invited on sd_satisfaction_invitation (invited_at) include (rating);
