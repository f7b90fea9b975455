import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import type { Db } from './database.js'

/** apps/server/migrations, found from this file whether it runs from src/ or from the dist/ bundle. */
export const MIGRATIONS_DIR = findMigrationsDir(dirname(fileURLToPath(import.meta.url)))

function findMigrationsDir(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'migrations')
    if (existsSync(join(candidate, '0001_platform.sql'))) return candidate
  }
  throw new Error(`no migrations folder above ${from}`)
}

export interface Migration {
  version: number
  name: string
  sql: string
  checksum: string
}

/** Reads `NNNN_name.sql` files in version order. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8')
      return {
        version: Number(file.slice(0, 4)),
        name: file.slice(5, -4),
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      }
    })
}

/** A fixed key for pg_advisory_xact_lock: two instances starting together migrate one after the other. */
const MIGRATION_LOCK_KEY = 7_314_159_265

/**
 * Applies pending migrations in one transaction under an advisory lock.
 * PostgreSQL DDL is transactional, so a failing migration leaves the schema as it was.
 * A migration whose file changed after it was applied stops the start: editing history is a bug.
 */
export async function migrate(db: Db, migrations = loadMigrations()): Promise<Migration[]> {
  return db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(tx)
    await sql`create table if not exists schema_migration (
      version integer primary key,
      name text not null,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`.execute(tx)
    const applied = await sql<{ version: number; checksum: string }>`select version, checksum from schema_migration`.execute(tx)
    const appliedByVersion = new Map(applied.rows.map((row) => [row.version, row.checksum]))

    const pending: Migration[] = []
    for (const migration of migrations) {
      const checksum = appliedByVersion.get(migration.version)
      if (checksum === undefined) pending.push(migration)
      else if (checksum !== migration.checksum)
        throw new Error(`migration ${migration.version}_${migration.name} was changed after it was applied (checksum mismatch)`)
    }
    for (const migration of pending) {
      await sql.raw(migration.sql).execute(tx)
      await sql`insert into schema_migration (version, name, checksum) values (${migration.version}, ${migration.name}, ${migration.checksum})`.execute(
        tx,
      )
    }
    return pending
  })
}

/** True when every migration on disk is applied: the readiness probe's schema check. */
export async function isSchemaCurrent(db: Db, migrations = loadMigrations()): Promise<boolean> {
  const latest = migrations.at(-1)?.version ?? 0
  const result = await sql<{ version: number | null }>`select max(version) as version from schema_migration`.execute(db)
  return (result.rows[0]?.version ?? 0) >= latest
}
