-- A CSV import staff start from the admin runs as a job they can watch: its phase, the products
-- written so far, and every bad row when the file is refused (a refused file writes nothing).
create table import_job (
  id text primary key,
  status text not null check (status in ('validating', 'importing', 'completed', 'failed')),
  file_name text,
  currency text not null,
  rows integer,
  products integer,
  done integer not null default 0,
  created integer not null default 0,
  updated integer not null default 0,
  error_count integer not null default 0,
  errors jsonb not null default '[]',
  detail text,
  created_by text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  finished_at timestamptz
);
create index import_job_created_idx on import_job (created_at desc, id desc);
