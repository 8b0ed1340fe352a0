-- Measured on the bench group (1,000,000 tickets, 3 % open): with a title trigram index over
-- every ticket, PostgreSQL combined it with an open-ticket index for "status + priority + a
-- common word" queues and read ~95,000 index entries for a few hundred open rows (115 ms).
-- The open tickets are few: an index on their status and priority serves those queues alone,
-- and the trigram index keeps to the closed ones, where the history lies.
create index ix_sd_ticket_open_status on sd_ticket (status, priority, created_at)
    where status not in ('RESOLVED', 'CLOSED', 'CANCELLED');
drop index ix_sd_ticket_title_trgm;
create index ix_sd_ticket_title_trgm_closed on sd_ticket using gin (lower(title) gin_trgm_ops)
    where status in ('RESOLVED', 'CLOSED', 'CANCELLED');
