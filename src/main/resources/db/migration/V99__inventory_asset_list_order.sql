-- The register's list filtered by establishment and category comes sorted by inventory number:
-- with the sort key in the index, its first page is read in order and stops after 25 rows
-- (without it, the planner walked the unique inventory-number index and filtered out tens of
-- thousands of rows). The new index also serves everything the one it replaces served.
create index if not exists ix_inv_asset_establishment_category_number on inv_asset (establishment_id, category_id, inventory_number, id);
drop index if exists ix_inv_asset_establishment_category;
