-- Stock per variant per location. available = on_hand - reserved, never negative.

create table stock_location (
  id text primary key,
  name text not null,
  is_default boolean not null default false,
  created_at timestamptz not null default now()
);
create unique index stock_location_one_default on stock_location (is_default) where is_default;

insert into stock_location (id, name, is_default) values ('loc_default', 'Main warehouse', true);

create table inventory_level (
  variant_id text not null references variant (id) on delete cascade,
  location_id text not null references stock_location (id) on delete restrict,
  on_hand integer not null default 0 check (on_hand >= 0),
  reserved integer not null default 0 check (reserved >= 0),
  updated_at timestamptz not null default now(),
  primary key (variant_id, location_id),
  check (reserved <= on_hand)
);
