-- An event the broker can never take (too large, unserialisable) is parked, not retried forever: the relay goes on
-- with the rest, and its submission shows PARKED.
alter table outbox_event add column parked_at timestamptz;
alter table outbox_event add column parked_reason text;

-- Published rows are deleted once the broker acknowledged them: the outbox holds only what is still to send.
delete from outbox_event where published_at is not null;
drop index if exists outbox_unpublished;
create index outbox_unpublished on outbox_event (id) where published_at is null and parked_at is null;
