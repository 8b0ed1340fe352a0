-- A ticket raised by mail from an address that matches nobody of the directory: no requester
-- person, the sender's address instead, for the team to triage (set the requester, answer).
alter table sd_ticket alter column requester_id drop not null;
alter table sd_ticket add column unknown_requester_email varchar(320);
alter table sd_ticket add constraint ck_sd_ticket_requester
    check (requester_id is not null or unknown_requester_email is not null);
