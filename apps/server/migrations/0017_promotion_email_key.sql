-- Per-customer promotion limits hold across a person's account and their guest checkouts: each use
-- also records a hash of the order's email (the same hash a guest's shopper_key is), and the limit
-- counts uses whose shopper_key or email_key is any of the shopper's keys.

alter table promotion_usage add column email_key text;
create index promotion_usage_email_idx on promotion_usage (promotion_id, email_key) where email_key is not null;

-- Uses made before: a guest's key is already the hash; an account's order still has its email,
-- unless it was anonymised.
update promotion_usage set email_key = shopper_key where shopper_key like 'email:%';
update promotion_usage u
  set email_key = 'email:' || encode(sha256(convert_to(lower(trim(o.email)), 'UTF8')), 'hex')
  from orders o
  where o.id = u.order_id and u.email_key is null and o.email is not null;
