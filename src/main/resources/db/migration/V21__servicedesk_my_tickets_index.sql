-- "My tickets" reads tickets raised by a person or on their behalf: the second side of that "or"
-- needs its own index, else PostgreSQL reads the whole table (measured with bench/servicedesk.sh:
-- first page of a requester's list 370 ms -> 10 ms on 1,000,000 tickets).
create index ix_sd_ticket_on_behalf_of on sd_ticket (on_behalf_of_id, created_at) where on_behalf_of_id is not null;
