-- Carts: a shopper's basket in one region's currency. Prices are never stored here: the server
-- prices every read from the catalog, so a cart always shows what checkout will charge.

create table cart (
  id text primary key,
  region_id text not null references region (id),
  currency char(3) not null,
  customer_id text references customer (id) on delete set null,
  email text,
  shipping_option_id text references shipping_option (id),
  country_code char(2),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  expires_at timestamptz not null,
  completed_at timestamptz
);
create index cart_customer_idx on cart (customer_id);
create index cart_expires_idx on cart (expires_at);

create table cart_item (
  id text primary key,
  cart_id text not null references cart (id) on delete cascade,
  variant_id text not null references variant (id) on delete cascade,
  quantity integer not null check (quantity between 1 and 1000),
  created_at timestamptz not null default now(),
  unique (cart_id, variant_id)
);
create index cart_item_variant_idx on cart_item (variant_id);
