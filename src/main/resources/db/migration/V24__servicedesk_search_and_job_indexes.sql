-- Text in title: queues search with lower(title) like '%text%'. A trigram index serves
-- such searches over closed tickets too (a b-tree cannot). pg_trgm is a trusted
-- extension: the database owner may create it.
create extension if not exists pg_trgm;
create index ix_sd_ticket_title_trgm on sd_ticket using gin (lower(title) gin_trgm_ops);

-- The auto-close job looks for tickets resolved before a date.
create index ix_sd_ticket_resolved on sd_ticket (resolved_at) where status = 'RESOLVED';
