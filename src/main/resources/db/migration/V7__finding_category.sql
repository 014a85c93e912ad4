-- The category entry of the Covered List a line falls in (foreign-produced consumer routers), and whether the line
-- is gear to rip out and replace: covered entity gear always, category gear only when an engineer decided so.
alter table inventory_item add column covered_category varchar(60);
alter table inventory_item add column must_replace boolean default false not null;
-- Lines stored before this. The list's one category entry then was FOREIGN_CONSUMER_ROUTER: a covered line of it
-- carried the category's code as its entity, and every line of it, covered or not, gave the category's sentence as
-- part of its reason (unless an engineer dismissed it, which takes it out of the category). Such a line is
-- replaced only when an engineer decided 'replace'.
update inventory_item set covered_category = 'FOREIGN_CONSUMER_ROUTER'
    where entity = 'FOREIGN_CONSUMER_ROUTER'
       or (coalesce(override_decision, '') <> 'DISMISS'
           and reason like '%on the Covered List since 23 March 2026, as a category, not a company.%');
update inventory_item set must_replace = covered
    and (covered_category is null or coalesce(override_decision, '') = 'REPLACE');

-- The inventory's counts of lines to replace and of category lines, and the Covered List its findings reflect
-- (unknown for inventories stored before this).
alter table inventory add column must_replace_item_count integer default 0 not null;
alter table inventory add column category_item_count integer default 0 not null;
alter table inventory add column covered_list_as_of date;
alter table inventory add column catalog_version varchar(40);
update inventory set
    must_replace_item_count = (select count(*) from inventory_item i where i.inventory_id = inventory.id and i.must_replace),
    category_item_count = (select count(*) from inventory_item i where i.inventory_id = inventory.id
                                                                    and i.covered_category is not null);
