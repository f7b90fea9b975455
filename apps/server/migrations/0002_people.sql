-- Customers, their addresses and password resets; staff users and their API tokens.

create table customer (
  id text primary key,
  email text not null,
  password_hash text not null,
  first_name text,
  last_name text,
  phone text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index customer_email_key on customer (lower(email));

create table customer_address (
  id text primary key,
  customer_id text not null references customer (id) on delete cascade,
  first_name text not null,
  last_name text not null,
  company text,
  line1 text not null,
  line2 text,
  city text not null,
  region text,
  postal_code text not null,
  country_code char(2) not null,
  phone text,
  is_default_shipping boolean not null default false,
  is_default_billing boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index customer_address_customer_idx on customer_address (customer_id, id);

create table password_reset (
  token_hash text primary key,
  customer_id text not null references customer (id) on delete cascade,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index password_reset_customer_idx on password_reset (customer_id);

create table staff_user (
  id text primary key,
  email text not null,
  name text not null,
  password_hash text not null,
  role text not null check (role in ('owner', 'admin', 'catalog', 'support')),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index staff_user_email_key on staff_user (lower(email));

create table api_token (
  id text primary key,
  name text not null,
  token_hash text not null unique,            -- sha256 of the secret; the secret is shown once
  prefix text not null,                       -- first characters, so staff can tell tokens apart
  scopes text[] not null,
  created_by text not null references staff_user (id),
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
