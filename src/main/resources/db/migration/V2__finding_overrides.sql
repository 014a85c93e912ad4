-- An engineer's decision on a finding, from the inventory's Override column or from the service.
alter table inventory_item add column override_decision varchar(20);
alter table inventory_item add column override_reason varchar;
