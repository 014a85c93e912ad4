-- The category entry of the Covered List a line falls in (foreign-produced consumer routers), and whether the line
-- is gear to rip out and replace: covered entity gear always, category gear only when an engineer decided so.
alter table inventory_item add column covered_category varchar(60);
alter table inventory_item add column must_replace boolean default false not null;
-- Lines stored before this: their findings named no category, so what was covered was to be replaced.
update inventory_item set must_replace = covered;
