-- A ticket may be about an asset of the inventory (a pump reported faulty from its label's
-- mobile page, a server named by an agent). The inventory's id is held without a foreign key:
-- each module owns its tables. Tickets keep their history in their timeline, not in Envers,
-- so there is no sd_ticket_aud table to extend.
alter table sd_ticket add column asset_id bigint;

-- The tickets about one asset (the asset's card, its mobile page).
create index ix_sd_ticket_asset on sd_ticket (asset_id, created_at desc) where asset_id is not null;
