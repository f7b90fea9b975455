-- Platform tables: sessions, audit log, idempotent job bookkeeping.

create table session (
  id text primary key,                       -- sha256 of the cookie token; the token itself is never stored
  subject_kind text not null check (subject_kind in ('customer', 'staff')),
  subject_id text not null,
  csrf_token text not null,
  ip text,
  user_agent text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index session_subject_idx on session (subject_kind, subject_id);
create index session_expires_idx on session (expires_at);

-- Append-only: the trigger below refuses UPDATE and DELETE, so history cannot be rewritten through SQL either.
create table audit_log (
  id text primary key,
  at timestamptz not null default now(),
  actor_kind text not null,
  actor_id text,
  action text not null,
  target_type text,
  target_id text,
  ip text,
  request_id text,
  details jsonb not null default '{}'::jsonb
);
create index audit_log_at_idx on audit_log (at desc, id desc);
create index audit_log_target_idx on audit_log (target_type, target_id);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_is_append_only();
