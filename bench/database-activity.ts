/**
 * What the bench database's sessions do while the checkout scenario's window is open, sampled from
 * pg_stat_activity every 50 ms, and what its counters (commits, rows, WAL, per-table scans) grew by.
 * PostgreSQL only: PGlite runs inside the server process, whose CPU profile shows it instead.
 */
import { sql } from 'kysely'
import { openDatabase, type DatabaseHandle } from '../apps/server/src/platform/db/database.js'
import { onCleanup } from './cleanup.js'

export interface DatabaseActivity {
  samples: number
  /** Mean number of the server's sessions in each state: "active: on CPU", "active: Lock/transactionid", "idle in transaction", "idle". */
  sessions: Record<string, number>
  /**
   * The statements behind the busiest states, as mean sessions: for "idle in transaction", the last
   * statement a session ran before its transaction went quiet (it waits for the server's next one).
   */
  statements: { state: string; statement: string; sessions: number }[]
  /** Differences over the window, from pg_stat_database (this database) and pg_stat_wal (the whole cluster). */
  commits: number
  rollbacks: number
  rowsWritten: number
  deadlocks: number
  walSyncs: number | null
  walBytes: number | null
  /** Per table over the window (pg_stat_user_tables): rows inserted, updated or deleted, and scans (index or sequential). */
  tables: { table: string; writes: number; scans: number }[]
}

type Counters = {
  commits: number
  rollbacks: number
  rowsWritten: number
  deadlocks: number
  walSyncs: number | null
  walBytes: number | null
  tables: Map<string, { writes: number; scans: number }>
}

async function counters(handle: DatabaseHandle): Promise<Counters> {
  const { rows } = await sql<{ c: string; r: string; w: string; d: string }>`
    select xact_commit as c, xact_rollback as r, tup_inserted + tup_updated + tup_deleted as w, deadlocks as d
    from pg_stat_database where datname = current_database()`.execute(handle.db)
  const wal = await sql<{ syncs: string; bytes: string }>`select wal_sync as syncs, wal_bytes as bytes from pg_stat_wal`
    .execute(handle.db)
    .then((result) => result.rows[0])
    .catch(() => undefined)
  const tables = await sql<{ name: string; writes: string; scans: string }>`
    select relname as name, n_tup_ins + n_tup_upd + n_tup_del as writes, coalesce(idx_scan, 0) + seq_scan as scans
    from pg_stat_user_tables`.execute(handle.db)
  const row = rows[0]!
  return {
    tables: new Map(tables.rows.map((t) => [t.name, { writes: Number(t.writes), scans: Number(t.scans) }])),
    commits: Number(row.c),
    rollbacks: Number(row.r),
    rowsWritten: Number(row.w),
    deadlocks: Number(row.d),
    walSyncs: wal ? Number(wal.syncs) : null,
    walBytes: wal ? Number(wal.bytes) : null,
  }
}

/** Samples pg_stat_activity of the bench database every 50 ms while the window is open. */
export async function databaseWatcher(databaseUrl: string) {
  const handle = await openDatabase({ kind: 'postgres', url: databaseUrl, poolSize: 1 })
  const forget = onCleanup('close the activity sampler', () => handle.close())
  const tally = new Map<string, number>()
  const statements = new Map<string, number>()
  let samples = 0
  let timer: NodeJS.Timeout | undefined
  let sampling = false
  let first: Promise<Counters> | undefined
  let last: Promise<Counters> | undefined
  const sample = async () => {
    if (sampling) return // the previous one has not come back yet
    sampling = true
    try {
      const { rows } = await sql<{ state: string | null; wait: string | null; query: string }>`
        select state, wait_event_type || '/' || wait_event as wait, left(query, 200) as query from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`.execute(handle.db)
      samples++
      for (const row of rows) {
        const key = row.state === 'active' ? `active: ${row.wait ?? 'on CPU'}` : (row.state ?? 'unknown')
        tally.set(key, (tally.get(key) ?? 0) + 1)
        if (row.state === 'idle') continue
        const statement = `${row.state === 'active' ? 'active' : row.state}\t${row.query.replace(/\s+/g, ' ').trim().slice(0, 90)}`
        statements.set(statement, (statements.get(statement) ?? 0) + 1)
      }
    } finally {
      sampling = false
    }
  }
  return {
    open() {
      first = counters(handle)
      timer = setInterval(() => void sample().catch(() => {}), 50)
    },
    close() {
      clearInterval(timer)
      last = counters(handle)
    },
    async result(): Promise<DatabaseActivity | undefined> {
      try {
        if (!first || !last) return undefined
        const [a, b] = await Promise.all([first, last])
        const diff = (x: number | null, y: number | null) => (x === null || y === null ? null : y - x)
        return {
          samples,
          sessions: Object.fromEntries(
            [...tally].sort((x, y) => y[1] - x[1]).map(([key, n]) => [key, Math.round((n / Math.max(1, samples)) * 100) / 100]),
          ),
          statements: [...statements]
            .sort((x, y) => y[1] - x[1])
            .slice(0, 12)
            .map(([key, n]) => {
              const [state, statement] = key.split('\t') as [string, string]
              return { state, statement, sessions: Math.round((n / Math.max(1, samples)) * 100) / 100 }
            }),
          commits: b.commits - a.commits,
          rollbacks: b.rollbacks - a.rollbacks,
          rowsWritten: b.rowsWritten - a.rowsWritten,
          deadlocks: b.deadlocks - a.deadlocks,
          walSyncs: diff(a.walSyncs, b.walSyncs),
          walBytes: diff(a.walBytes, b.walBytes),
          tables: [...b.tables]
            .map(([table, t]) => ({
              table,
              writes: t.writes - (a.tables.get(table)?.writes ?? 0),
              scans: t.scans - (a.tables.get(table)?.scans ?? 0),
            }))
            .filter((t) => t.writes > 0 || t.scans > 0)
            .sort((x, y) => y.writes + y.scans - (x.writes + x.scans)),
        }
      } finally {
        forget()
        await handle.close()
      }
    },
  }
}
