import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import { openDatabase } from '../src/platform/db/database.js'
import { loadMigrations, migrate } from '../src/platform/db/migrations.js'
import type { TestProject } from 'vitest/node'

const CACHE_DIR = join(import.meta.dirname, '../../../node_modules/.cache/shopstack')

/**
 * Creating a PGlite database costs seconds, so the suite makes one migrated snapshot and every
 * test file loads it. On PostgreSQL the same idea is a template database that each file clones.
 */
export default async function setup(project: TestProject) {
  // The browser suites (storefront, admin) start the bundled server; bundled once here, before any
  // test file runs, so two suites never write dist/main.js while the other starts it.
  const bundled = spawnSync(process.execPath, [join(import.meta.dirname, '../scripts/build.mjs')], { encoding: 'utf8' })
  if (bundled.status !== 0) throw new Error(`server build failed:\n${bundled.stdout}\n${bundled.stderr}`)
  // The admin app likewise: several admin suites serve the same build.
  const admin = spawnSync(process.execPath, [join(import.meta.dirname, '../../admin/scripts/build.mjs')], { encoding: 'utf8' })
  if (admin.status !== 0) throw new Error(`admin build failed:\n${admin.stdout}\n${admin.stderr}`)
  const fingerprint = createHash('sha256')
    .update(
      loadMigrations()
        .map((m) => m.checksum)
        .join(),
    )
    .digest('hex')
    .slice(0, 16)
  const snapshot = join(CACHE_DIR, `pglite-${fingerprint}.tar`)
  if (!existsSync(snapshot)) {
    mkdirSync(CACHE_DIR, { recursive: true })
    const handle = await openDatabase({ kind: 'pglite' })
    await migrate(handle.db)
    const dump = await handle.pglite!.dumpDataDir('none')
    writeFileSync(snapshot, Buffer.from(await dump.arrayBuffer()))
    await handle.close()
  }
  project.provide('pgliteSnapshot', snapshot)

  const url = process.env.TEST_DATABASE_URL
  if (url) {
    const template = `shopstack_template_${fingerprint}`
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template])
    if (exists.rowCount === 0) {
      await admin.query(`create database ${template}`)
      const templateUrl = new URL(url)
      templateUrl.pathname = `/${template}`
      const handle = await openDatabase({ kind: 'postgres', url: templateUrl.toString(), poolSize: 1 })
      await migrate(handle.db)
      await handle.close()
    }
    await admin.end()
    project.provide('postgresTemplate', template)
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string
    postgresTemplate: string
  }
}
