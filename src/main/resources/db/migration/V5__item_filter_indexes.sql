-- Items filtered by covered or needs-review are counted and paged from these indexes alone.
create index inventory_item_by_covered on inventory_item (inventory_id, covered, id);
create index inventory_item_by_review on inventory_item (inventory_id, needs_review, id);
