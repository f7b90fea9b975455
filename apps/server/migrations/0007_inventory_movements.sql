-- Every change to stock is a movement: what changed, by how much, why, and who or what did it.

create table inventory_movement (
  id text primary key,
  variant_id text not null,
  location_id text not null,
  on_hand_delta integer not null,
  reserved_delta integer not null,
  reason text not null,            -- adjustment | received | damaged | reservation | release | sale | correction | …
  note text,
  reference text,                  -- what caused it: an order id, a cart id, an import
  actor text,                      -- staff id, 'system', …
  created_at timestamptz not null default now()
);
create index inventory_movement_variant_idx on inventory_movement (variant_id, id desc);
