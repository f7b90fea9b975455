-- Backorders: a variant may keep selling past its stock at a location. Its reservations may then
-- exceed on-hand; packing still needs the units on the shelf, so nothing ships that is not there.

alter table inventory_level add column allow_backorder boolean not null default false;
alter table inventory_level drop constraint inventory_level_check;
alter table inventory_level add constraint inventory_level_reserved_within_stock check (allow_backorder or reserved <= on_hand);
