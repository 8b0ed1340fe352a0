-- An agent may take a file off a ticket (a photo showing a patient, a document sent by
-- mistake): the row stays as a trace (who attached it, who removed it, when and why) and the
-- bytes are deleted from the attachments directory once the removal commits.
alter table sd_attachment add column removed_at timestamp with time zone;
alter table sd_attachment add column removed_by_name varchar(200);
alter table sd_attachment add column removal_reason varchar(200);
alter table sd_attachment add constraint ck_sd_attachment_removal
    check ((removed_at is null) = (removal_reason is null));
