-- Promotions: discounts a shopper gets by code or automatically. The discount maths lives in the
-- pricing module; these tables hold the rules and count their use. usage_count is raised by one
-- conditional UPDATE when an order is placed, so racing checkouts cannot overuse a limited code.

create table promotion (
  id text primary key,
  name text not null,
  code text,                                   -- null: automatic
  kind text not null check (kind in ('percentage', 'fixed', 'free_shipping', 'buy_x_get_y')),
  rule jsonb not null,                         -- the kind's parameters: basis points, amount, target, buy/get
  currency char(3),                            -- set: applies only to carts in this currency (required for amounts)
  min_subtotal bigint check (min_subtotal >= 0),
  starts_at timestamptz,
  ends_at timestamptz,
  usage_limit integer check (usage_limit > 0),
  per_customer_limit integer check (per_customer_limit > 0),
  usage_count integer not null default 0 check (usage_count >= 0),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (usage_limit is null or usage_count <= usage_limit),
  check (ends_at is null or starts_at is null or ends_at > starts_at)
);
create unique index promotion_code_idx on promotion (upper(code)) where code is not null;
create index promotion_automatic_idx on promotion (active) where code is null;

-- One row per order that used a promotion. shopper_key is the customer id, or a hash of a guest's
-- email, so a per-customer limit holds for guests too without keeping their address here.
create table promotion_usage (
  promotion_id text not null references promotion (id),
  order_id text not null,
  shopper_key text,
  amount bigint not null,
  created_at timestamptz not null default now(),
  primary key (promotion_id, order_id)
);
create index promotion_usage_shopper_idx on promotion_usage (promotion_id, shopper_key);

alter table cart add column promotion_code text;
