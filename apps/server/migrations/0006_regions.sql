-- Regions: a set of countries sharing one currency and one tax setting, and their shipping options.

create table region (
  id text primary key,
  handle text not null unique,
  name text not null,
  currency char(3) not null,
  prices_include_tax boolean not null default false,
  -- Tax rates in basis points (2000 = 20 %), one per tax class.
  tax_standard_bp integer not null check (tax_standard_bp between 0 and 10000),
  tax_reduced_bp integer not null check (tax_reduced_bp between 0 and 10000),
  tax_zero_bp integer not null default 0 check (tax_zero_bp between 0 and 10000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- A country belongs to at most one region, so a shopper's address picks exactly one.
create table region_country (
  country_code char(2) primary key,
  region_id text not null references region (id) on delete cascade
);
create index region_country_region_idx on region_country (region_id);

-- A country inside a region may tax a class differently (e.g. a reduced rate that differs by country).
create table region_tax_override (
  region_id text not null references region (id) on delete cascade,
  country_code char(2) not null,
  tax_class text not null check (tax_class in ('standard', 'reduced', 'zero')),
  rate_bp integer not null check (rate_bp between 0 and 10000),
  primary key (region_id, country_code, tax_class)
);

create table shipping_option (
  id text primary key,
  region_id text not null references region (id) on delete cascade,
  name text not null,
  kind text not null check (kind in ('flat', 'weight')),
  amount bigint check (amount >= 0),                 -- flat rate, minor units of the region's currency
  tiers jsonb,                                       -- weight: [{ "upToGrams": n | null, "amount": n }]
  free_above bigint check (free_above >= 0),         -- free when the discounted subtotal reaches this
  min_days integer not null check (min_days >= 0),
  max_days integer not null check (max_days >= min_days),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  check ((kind = 'flat' and amount is not null) or (kind = 'weight' and tiers is not null))
);
create index shipping_option_region_idx on shipping_option (region_id, active);
