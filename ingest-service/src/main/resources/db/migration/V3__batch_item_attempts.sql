-- Failed attempts at a pending batch item: after a few the item is refused instead of holding up the batch.
alter table batch_item add column attempts integer not null default 0;
