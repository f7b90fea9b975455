-- Orders: what a shopper bought, at the prices, tax and discounts of the moment they bought it.
-- Lines copy the product's title, SKU and price, so later catalog edits never rewrite history.
-- Three statuses move through explicit state machines (modules/orders/state-machine.ts) and every
-- transition is a row in order_history with its time, actor and reason.

alter table cart add column shipping_address jsonb;
alter table cart add column billing_address jsonb;

create sequence order_number_seq start with 1001;

create table orders (
  id text primary key,
  number bigint not null unique default nextval('order_number_seq'),
  cart_id text not null,
  customer_id text references customer (id) on delete set null,
  email text,                                  -- null once the order is anonymised
  region_id text not null references region (id),
  currency char(3) not null,
  prices_include_tax boolean not null,
  country_code char(2) not null,
  status text not null check (status in ('pending', 'confirmed', 'completed', 'canceled')),
  payment_status text not null,
  fulfillment_status text not null,
  subtotal bigint not null check (subtotal >= 0),
  discount_total bigint not null check (discount_total >= 0),
  shipping_total bigint not null check (shipping_total >= 0),
  tax_total bigint not null check (tax_total >= 0),
  total bigint not null check (total >= 0),
  shipping_option_id text,
  shipping_method text,
  shipping_amount bigint not null default 0,
  shipping_discount bigint not null default 0,
  shipping_tax bigint not null default 0,
  shipping_address jsonb,
  billing_address jsonb,
  promotion_code text,
  promotions jsonb not null default '[]',      -- [{ id, code?, amount }] as applied at checkout
  cancel_reason text,
  placed_at timestamptz not null default now(),
  canceled_at timestamptz,
  anonymized_at timestamptz,
  updated_at timestamptz not null default now()
);
-- One live order per cart: a second checkout of the same cart cannot slip past the cart lock.
create unique index orders_cart_live_idx on orders (cart_id) where status <> 'canceled';
-- Ids are time-ordered (ULIDs), so lists page by id, newest first.
create index orders_customer_idx on orders (customer_id, id desc) where customer_id is not null;
create index orders_placed_idx on orders (placed_at);
create index orders_status_idx on orders (status, id desc);
create index orders_email_idx on orders (lower(email));
create index orders_pending_idx on orders (placed_at) where status = 'pending';

create table order_line (
  id text primary key,
  order_id text not null references orders (id) on delete cascade,
  position integer not null,
  variant_id text references variant (id) on delete set null,
  product_id text,
  sku text,
  title text not null,
  variant_title text not null,
  thumbnail text,
  quantity integer not null check (quantity > 0),
  unit_price bigint not null check (unit_price >= 0),
  subtotal bigint not null,
  discount bigint not null,
  tax bigint not null,
  total bigint not null,
  fulfilled_quantity integer not null default 0,
  returned_quantity integer not null default 0,
  check (fulfilled_quantity between 0 and quantity),
  check (returned_quantity between 0 and fulfilled_quantity)
);
create index order_line_order_idx on order_line (order_id, position);
create index order_line_product_idx on order_line (product_id);

create table order_history (
  id text primary key,
  seq bigserial not null,                      -- the order of entries written in one transaction
  order_id text not null references orders (id) on delete cascade,
  field text not null,                         -- status | payment_status | fulfillment_status | note
  from_value text,
  to_value text,
  actor text not null,                         -- 'customer:<id>', 'staff:<id>', 'system', 'provider:<name>'
  reason text,
  at timestamptz not null default now()
);
create index order_history_order_idx on order_history (order_id, seq);

create table fulfillment (
  id text primary key,
  order_id text not null references orders (id) on delete cascade,
  status text not null check (status in ('packed', 'shipped', 'delivered', 'canceled')),
  carrier text,
  tracking_number text,
  tracking_url text,
  created_at timestamptz not null default now(),
  shipped_at timestamptz,
  delivered_at timestamptz
);
create index fulfillment_order_idx on fulfillment (order_id);

create table fulfillment_line (
  fulfillment_id text not null references fulfillment (id) on delete cascade,
  order_line_id text not null references order_line (id) on delete cascade,
  quantity integer not null check (quantity > 0),
  primary key (fulfillment_id, order_line_id)
);

create table order_return (
  id text primary key,
  order_id text not null references orders (id) on delete cascade,
  status text not null check (status in ('requested', 'received', 'refunded', 'canceled')),
  reason text,
  restock boolean not null default true,
  refund_amount bigint,
  requested_by text not null,
  created_at timestamptz not null default now(),
  received_at timestamptz,
  refunded_at timestamptz
);
create index order_return_order_idx on order_return (order_id);

create table return_line (
  return_id text not null references order_return (id) on delete cascade,
  order_line_id text not null references order_line (id) on delete cascade,
  quantity integer not null check (quantity > 0),
  primary key (return_id, order_line_id)
);
