-- The transactional outbox: an event row is written in the same transaction as the change it
-- describes, and delivered to consumers after commit. consumed_event makes consumers idempotent.

create table outbox_event (
  id text primary key,
  topic text not null,
  version integer not null default 1,
  payload jsonb not null,
  created_at timestamptz not null default now(),
  attempts integer not null default 0,
  last_error text,
  published_at timestamptz
);
create index outbox_event_pending_idx on outbox_event (created_at, id) where published_at is null;

create table consumed_event (
  consumer text not null,
  event_id text not null,
  consumed_at timestamptz not null default now(),
  primary key (consumer, event_id)
);
