import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely'
import type { Database } from '../../database.js'
import { createPglitePool } from './pglite-pool.js'

/** The query handle every repo takes. A transaction has the same type, so `tx` flows through. */
export type Db = Kysely<Database>
export type Tx = Transaction<Database>

export type DbEngine = 'pglite' | 'postgres'

export interface DatabaseHandle {
  db: Db
  engine: DbEngine
  /** Cheap liveness query for the readiness probe. */
  ping(): Promise<void>
  close(): Promise<void>
  /** The embedded engine, when it is the one in use (tests snapshot it). */
  pglite?: PGlite
}

export type DatabaseOptions = { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob }

// bigint columns hold money in minor units and counts; both fit in a JS number.
const parseInt8 = (value: string) => Number(value)

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === 'postgres') {
    // Loaded only for PostgreSQL: the embedded default starts without it.
    const { default: pg } = await import('pg')
    pg.types.setTypeParser(20, parseInt8)
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize })
    // An idle connection the server drops (restart, failover) must not crash the process; the pool
    // replaces it on the next checkout.
    pool.on('error', (error) => console.warn('postgres connection lost:', error.message))
    const db: Db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    return {
      db,
      engine: 'postgres',
      ping: async () => void (await sql`select 1`.execute(db)),
      close: () => db.destroy(),
    }
  }

  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true })
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    parsers: { 20: parseInt8 },
    // Search (migration 0018) folds accents and matches typos with these; PostgreSQL ships them as contrib.
    extensions: { pg_trgm, unaccent },
  })
  const db: Db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPglitePool(pglite) }) })
  return {
    db,
    engine: 'pglite',
    pglite,
    ping: async () => void (await sql`select 1`.execute(db)),
    close: () => db.destroy(),
  }
}
