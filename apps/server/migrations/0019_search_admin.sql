-- What staff manage about search, and what search learns from shoppers. The engines keep their own
-- index (in memory, or search_document); these tables are the source they are given.

create table search_synonym_group (
  id text primary key,
  words text[] not null check (cardinality(words) between 2 and 50),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table search_stop_word (
  word text primary key,
  created_at timestamptz not null default now()
);

-- Queries that found nothing, normalised (lower case, single spaces), with how often and when.
create table search_zero_result (
  query text primary key,
  searches integer not null default 0,
  first_at timestamptz not null default now(),
  last_at timestamptz not null default now()
);
create index search_zero_result_count_idx on search_zero_result (searches desc, query);

-- Every search process tails the outbox by creation time (platform/events/tail.ts).
create index outbox_event_created_idx on outbox_event (created_at, id);
