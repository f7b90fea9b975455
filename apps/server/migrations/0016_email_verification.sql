-- Email verification. Registration takes any address without proof that the person owns it, so an
-- account's email alone must not make a guest's orders and carts under that address its own: the
-- self-service export and erasure count them only once the address is verified (docs/privacy.md).
-- A verification link is mailed on registration and on request; only its hash is kept, with the
-- address it was sent to, so a link verifies that address and no later one.

alter table customer add column email_verified_at timestamptz;

create table email_verification (
  token_hash text primary key,
  customer_id text not null references customer (id) on delete cascade,
  email text not null,                          -- the address the link was mailed to
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index email_verification_customer_idx on email_verification (customer_id);

-- A new address has no proof yet, whichever path changes it (the API today has none; staff with SQL
-- access do). Case does not count: the shop compares addresses in lower case everywhere.
create function customer_email_changed() returns trigger language plpgsql as $$
begin
  if lower(new.email) is distinct from lower(old.email) then
    new.email_verified_at := null;
  end if;
  return new;
end;
$$;
create trigger customer_email_unverified before update of email on customer
  for each row execute function customer_email_changed();
