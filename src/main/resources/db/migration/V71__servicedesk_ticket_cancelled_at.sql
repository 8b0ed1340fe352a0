-- When a ticket was cancelled, on the ticket as resolved_at and closed_at are, so that the
-- reports count cancellations (and the backlog at an instant) from an index of the ticket
-- table rather than by joining each timeline line to its ticket. Tickets cancelled before
-- take the instant of their timeline line.
alter table sd_ticket add column cancelled_at timestamp with time zone;
update sd_ticket t set cancelled_at = e.at
from (select ticket_id, max(at) as at from sd_ticket_event
      where kind = 'STATUS_CHANGED' and to_value = 'CANCELLED' group by ticket_id) e
where t.id = e.ticket_id and t.status = 'CANCELLED';
update sd_ticket set cancelled_at = last_modified_at where status = 'CANCELLED' and cancelled_at is null;
create index ix_sd_ticket_cancelled_at on sd_ticket (cancelled_at) include (created_at, team_id, type, priority)
    where cancelled_at is not null;
