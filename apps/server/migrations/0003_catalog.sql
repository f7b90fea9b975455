-- Catalog: products, options, variants, prices, categories, collections, images.

create table category (
  id text primary key,
  parent_id text references category (id) on delete restrict,
  handle text not null unique,
  name text not null,
  description text,
  position integer not null default 0,
  -- '/cat_a/cat_b/' from the root down to this node: descendants are a prefix match
  path text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index category_parent_idx on category (parent_id, position);
create index category_path_idx on category (path text_pattern_ops);

create table collection (
  id text primary key,
  handle text not null unique,
  title text not null,
  description text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table product (
  id text primary key,
  handle text not null unique,
  title text not null,
  description_html text not null default '',
  status text not null default 'draft' check (status in ('draft', 'active', 'archived')),
  brand text,
  product_type text,
  tags text[] not null default '{}',
  attributes jsonb not null default '{}'::jsonb,
  seo_title text,
  seo_description text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index product_status_created_idx on product (status, created_at desc, id desc);
create index product_status_title_idx on product (status, title, id);
create index product_brand_idx on product (brand, status);

create table product_option (
  id text primary key,
  product_id text not null references product (id) on delete cascade,
  name text not null,
  position integer not null,
  "values" text[] not null,
  unique (product_id, name)
);

create table variant (
  id text primary key,
  product_id text not null references product (id) on delete cascade,
  sku text unique,
  title text not null,
  option_values text[] not null default '{}',  -- in the order of the product's options
  weight_grams integer check (weight_grams >= 0),
  barcode text,
  position integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index variant_product_idx on variant (product_id, position);

create table variant_price (
  variant_id text not null references variant (id) on delete cascade,
  currency char(3) not null,
  amount bigint not null check (amount >= 0),
  compare_at_amount bigint check (compare_at_amount >= 0),
  primary key (variant_id, currency)
);

-- Derived from variant_price, rewritten in the same transaction as any price change:
-- the storefront filters and sorts by a product's lowest price without aggregating per request.
create table product_price_range (
  product_id text not null references product (id) on delete cascade,
  currency char(3) not null,
  min_amount bigint not null,
  max_amount bigint not null,
  primary key (product_id, currency)
);
create index product_price_range_sort_idx on product_price_range (currency, min_amount, product_id);

create table product_category (
  product_id text not null references product (id) on delete cascade,
  category_id text not null references category (id) on delete cascade,
  primary key (product_id, category_id)
);
create index product_category_category_idx on product_category (category_id, product_id);

create table product_collection (
  product_id text not null references product (id) on delete cascade,
  collection_id text not null references collection (id) on delete cascade,
  position integer not null default 0,
  primary key (product_id, collection_id)
);
create index product_collection_collection_idx on product_collection (collection_id, position);

create table product_image (
  id text primary key,
  product_id text not null references product (id) on delete cascade,
  url text not null,
  alt text not null default '',
  position integer not null default 0,
  width integer,
  height integer
);
create index product_image_product_idx on product_image (product_id, position);
