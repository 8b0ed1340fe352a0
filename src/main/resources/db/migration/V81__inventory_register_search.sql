-- The asset list of the register filters on text (inventory number, serial, name, model)
-- with "contains" searches over 250,000 rows: trigram indexes answer them without a scan.
create extension if not exists pg_trgm;
create index ix_inv_asset_number_trgm on inv_asset using gin (lower(inventory_number) gin_trgm_ops);
create index ix_inv_asset_serial_trgm on inv_asset using gin (lower(serial_number) gin_trgm_ops);
create index ix_inv_asset_name_trgm on inv_asset using gin (lower(name) gin_trgm_ops);
create index ix_inv_model_name_trgm on inv_model using gin (lower(commercial_name) gin_trgm_ops);

-- Lists of one team's assets (agents) and one establishment's by status.
create index ix_inv_asset_team_category on inv_asset (owner_team_id, category_id);
create index ix_inv_asset_establishment_status on inv_asset (establishment_id, status);
create index ix_inv_asset_department on inv_asset (department_id);

-- Model aliases are edited with their model: their history is kept with it.
create table inv_model_alias_aud (
    id bigint not null, rev bigint not null references shared_revision (id), revtype smallint,
    model_id bigint, alias varchar(200),
    primary key (id, rev)
);
