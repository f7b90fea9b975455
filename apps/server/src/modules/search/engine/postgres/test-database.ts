/**
 * A migrated database for the engine's tests: the suite's PGlite snapshot, or a clone of its
 * PostgreSQL template when TEST_DATABASE_URL is set (see apps/server/test/global-setup.ts).
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { inject } from 'vitest'
import { createDatabase, dropDatabase } from '../../../../../test/postgres-databases.js'
import { openDatabase, type DatabaseHandle } from '../../../../platform/db/database.js'

export const databaseKind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'

export async function openTestDatabase(): Promise<{ handle: DatabaseHandle; close: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL
  if (!url) {
    const handle = await openDatabase({ kind: 'pglite', loadDataDir: new Blob([readFileSync(inject('pgliteSnapshot'))]) })
    return { handle, close: () => handle.close() }
  }
  const name = `shopstack_search_${randomBytes(6).toString('hex')}`
  const handle = await openDatabase({ kind: 'postgres', url: await createDatabase(url, name, inject('postgresTemplate')), poolSize: 4 })
  return {
    handle,
    close: async () => {
      await handle.close()
      await dropDatabase(url, name)
    },
  }
}
