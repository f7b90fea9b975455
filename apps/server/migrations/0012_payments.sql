-- Payments: card tokens, payments of orders, every operation on them, and received provider webhooks.
-- No card number (PAN) or CVC is ever stored: a token row keeps a hash of the token, the brand,
-- the last four digits and the expiry. Amounts are minor units of the payment's currency.

create table payment_token (
  token_hash text primary key,       -- sha256 of the opaque token; the token itself is never stored
  provider text not null,
  brand text not null,
  last4 char(4) not null,
  exp_month smallint not null check (exp_month between 1 and 12),
  exp_year smallint not null,
  test_behaviour text,               -- what the test provider does with this card (docs/payments.md)
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index payment_token_expires_idx on payment_token (expires_at);

-- order_id is not a foreign key: orders belong to another module, which links to payments by id.
create table payment (
  id text primary key,
  order_id text not null,
  provider text not null,
  status text not null check (status in (
    'pending', 'requires_action', 'authorized', 'partially_captured', 'captured',
    'partially_refunded', 'refunded', 'voided', 'failed'
  )),
  amount bigint not null check (amount > 0),
  currency char(3) not null,
  authorized_amount bigint not null default 0,
  captured_amount bigint not null default 0,
  refunded_amount bigint not null default 0,
  -- Holds taken before the provider is called, released when its answer is recorded: two racing
  -- captures or refunds cannot together pass the limit.
  capture_pending bigint not null default 0,
  refund_pending bigint not null default 0,
  in_flight text check (in_flight in ('authorize', 'void')),
  card_brand text,
  card_last4 char(4),
  card_exp_month smallint,
  card_exp_year smallint,
  test_behaviour text,
  provider_reference text,
  next_action_url text,
  failure_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (authorized_amount between 0 and amount),
  check (capture_pending >= 0 and captured_amount >= 0 and captured_amount + capture_pending <= authorized_amount),
  check (refund_pending >= 0 and refunded_amount >= 0 and refunded_amount + refund_pending <= captured_amount)
);
create index payment_order_idx on payment (order_id);
create unique index payment_provider_reference_idx on payment (provider, provider_reference) where provider_reference is not null;

create table payment_transaction (
  id text primary key,
  payment_id text not null references payment (id),
  kind text not null check (kind in ('authorize', 'capture', 'void', 'refund')),
  amount bigint not null check (amount >= 0),
  status text not null check (status in ('pending', 'requires_action', 'succeeded', 'failed')),
  provider_reference text,
  failure_reason text,
  actor text not null,               -- staff id, 'system', 'provider:<name>'
  reason text,                       -- why a refund was made
  created_at timestamptz not null default now(),
  completed_at timestamptz
);
create index payment_transaction_payment_idx on payment_transaction (payment_id, created_at, id);

-- Each provider event is applied once: a replay finds its id here and changes nothing.
create table payment_webhook_event (
  provider text not null,
  event_id text not null,
  type text not null,
  received_at timestamptz not null default now(),
  primary key (provider, event_id)
);

-- The built-in test provider's own ledger, as a card processor keeps one: it refuses on its own
-- account to capture more than it authorized or refund more than it captured.
create table test_provider_charge (
  reference text primary key,
  merchant_reference text not null,  -- the payment id it was asked to charge for
  status text not null check (status in ('requires_action', 'authorized', 'failed', 'voided')),
  amount bigint not null check (amount > 0),
  currency char(3) not null,
  authorized_amount bigint not null default 0,
  captured_amount bigint not null default 0,
  refunded_amount bigint not null default 0,
  failure_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (captured_amount between 0 and authorized_amount),
  check (refunded_amount between 0 and captured_amount)
);
