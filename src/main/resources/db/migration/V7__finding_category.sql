-- The category entry of the Covered List a line falls in (foreign-produced consumer routers), and whether the line
-- is gear to rip out and replace: covered entity gear always, category gear only when an engineer decided so.
alter table inventory_item add column covered_category varchar(60);
alter table inventory_item add column must_replace boolean default false not null;
-- Lines stored before this. The list's one category entry then was FOREIGN_CONSUMER_ROUTER, and a covered line of
-- it carried the category's code as its entity; such a line is replaced only when an engineer decided 'replace'.
update inventory_item set covered_category = entity where entity = 'FOREIGN_CONSUMER_ROUTER';
update inventory_item set must_replace = covered
    and (covered_category is null or coalesce(override_decision, '') = 'REPLACE');
