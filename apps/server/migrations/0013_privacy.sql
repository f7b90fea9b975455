-- Privacy: a customer's consents as a history of decisions, each with its time and where it was
-- given (account page, checkout, registration, staff). The current state of a purpose is its
-- newest row. A decision is never edited, only followed by a newer one, so UPDATE is refused; rows
-- are deleted only when the customer is erased (docs/privacy.md).

create table consent (
  id text primary key,                         -- time-ordered, so the newest decision sorts last
  customer_id text not null references customer (id) on delete cascade,
  purpose text not null check (purpose in ('marketing')),
  granted boolean not null,
  source text not null check (source ~ '^[a-z][a-z0-9_-]{0,39}$'),
  at timestamptz not null default now()
);
create index consent_customer_idx on consent (customer_id, purpose, id);

create function consent_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'consent history is append-only';
end;
$$;
create trigger consent_append_only before update on consent
  for each row execute function consent_is_append_only();
