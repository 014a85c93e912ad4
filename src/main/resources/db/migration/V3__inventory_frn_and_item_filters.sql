-- The carrier's FCC Registration Number from the Program sheet (rights by carrier come later), and an index
-- for items filtered by site. The uploaded files themselves are kept under the data directory by SHA-256.
alter table inventory add column frn varchar(20);
create index inventory_item_by_site on inventory_item (inventory_id, site_id, id);
create index inventory_by_newest on inventory (created_at desc, id desc);
