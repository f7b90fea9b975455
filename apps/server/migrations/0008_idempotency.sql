-- Idempotency keys: the first request with a key does the work and stores its answer; retries
-- with the same key get that answer back and cause no second effect.

create table idempotency_key (
  scope text not null,                 -- who may reuse the key: a customer, a cart, an API token
  key text not null,
  request_hash text not null,          -- the same key with a different body is refused
  state text not null check (state in ('running', 'done')),
  status_code integer,
  response jsonb,
  created_at timestamptz not null default now(),
  completed_at timestamptz,
  primary key (scope, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
