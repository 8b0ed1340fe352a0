-- The catalogue service a ticket is about (optional), and the service level marks the SLA
-- clocks keep on the ticket itself so that queues sort and flag by them without a join:
-- when the first response and the resolution are due, and the state of the worse clock.
alter table sd_ticket add column service_id bigint;
alter table sd_ticket add column response_due_at timestamp with time zone;
alter table sd_ticket add column resolution_due_at timestamp with time zone;
alter table sd_ticket add column sla_state varchar(20) not null default 'NONE';
alter table sd_ticket add constraint ck_sd_ticket_sla_state
    check (sla_state in ('NONE', 'ON_TRACK', 'AT_RISK', 'BREACHED', 'MET', 'PAUSED'));
create index ix_sd_ticket_service on sd_ticket (service_id) where service_id is not null;
