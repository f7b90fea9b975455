import type { PGlite } from '@electric-sql/pglite'
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely'

/**
 * A one-connection "pool" over an in-process PGlite, so Kysely's own PostgresDialect
 * drives both engines with the same compiler and the same transaction semantics.
 *
 * PGlite is a single backend: a transaction must own it from BEGIN to COMMIT, or
 * another request's statements would land inside it. The mutex below hands the one
 * connection to one borrower at a time, exactly as a pool of size 1 would.
 */
export function createPglitePool(pg: PGlite): PostgresPool {
  let tail: Promise<void> = Promise.resolve()

  const client = {
    async query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>> {
      // Kysely sends raw scripts (migrations) with no parameters; PGlite's extended
      // protocol takes one statement, so those go through its simple-query path.
      const result =
        parameters.length === 0
          ? ((await pg.exec(sql)).at(-1) ?? { rows: [], fields: [] })
          : await pg.query<R>(sql, parameters as unknown[])
      const tagged = result as typeof result & { command?: string; rowCount?: number }
      return {
        command: (tagged.command ?? firstKeyword(sql)) as PostgresQueryResult<R>['command'],
        rowCount: tagged.affectedRows ?? tagged.rowCount ?? result.rows.length,
        rows: result.rows as R[],
      }
    },
    release() {
      /* replaced per borrow below */
    },
  }

  return {
    async connect() {
      let release!: () => void
      const turn = new Promise<void>((resolve) => (release = resolve))
      const previous = tail
      tail = previous.then(() => turn)
      await previous
      // Kysely never uses cursors here, so the cursor overload is left out.
      return { query: client.query, release } as unknown as PostgresPoolClient
    },
    async end() {
      await tail
      await pg.close()
    },
  }
}

function firstKeyword(sql: string): string {
  const match = /^\s*([a-zA-Z]+)/.exec(sql)
  return match ? match[1]!.toUpperCase() : 'SELECT'
}
