import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { createDatabase, dropDatabase } from '../../../test/postgres-databases.js'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { openDatabase, type DatabaseHandle } from './database.js'
import { loadMigrations, migrate } from './migrations.js'

function migrationsDir(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'migrations-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

/** A scratch database: in-memory PGlite, or a fresh PostgreSQL database when TEST_DATABASE_URL is set. */
async function scratch(): Promise<{ open: () => Promise<DatabaseHandle>; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL
  if (!url) {
    const handle = await openDatabase({ kind: 'pglite' })
    return { open: async () => handle, drop: () => handle.close() }
  }
  const name = `shopstack_mig_${randomBytes(5).toString('hex')}`
  const dbUrl = await createDatabase(url, name)
  const handles: DatabaseHandle[] = []
  return {
    open: async () => {
      const h = await openDatabase({ kind: 'postgres', url: dbUrl, poolSize: 2 })
      handles.push(h)
      return h
    },
    drop: async () => {
      await Promise.all(handles.map((h) => h.close()))
      await dropDatabase(url, name)
    },
  }
}

describe(`migrations (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('applies pending migrations in order, once', async () => {
    const db = await scratch()
    const handle = await db.open()
    const dir = migrationsDir({
      '0001_a.sql': 'create table a (id int);',
      '0002_b.sql': 'create table b (id int); insert into b values (1);',
    })
    expect((await migrate(handle.db, loadMigrations(dir))).map((m) => m.version)).toEqual([1, 2])
    expect(await migrate(handle.db, loadMigrations(dir))).toEqual([])
    const rows = await sql<{ n: number }>`select count(*)::int as n from b`.execute(handle.db)
    expect(rows.rows[0]!.n).toBe(1)
    await db.drop()
  })

  it('refuses to start when an applied migration was edited', async () => {
    const db = await scratch()
    const handle = await db.open()
    await migrate(handle.db, loadMigrations(migrationsDir({ '0001_a.sql': 'create table a (id int);' })))
    await expect(migrate(handle.db, loadMigrations(migrationsDir({ '0001_a.sql': 'create table a (id bigint);' })))).rejects.toThrow(
      /checksum mismatch/,
    )
    await db.drop()
  })

  it('leaves the schema untouched when a migration fails', async () => {
    const db = await scratch()
    const handle = await db.open()
    const dir = migrationsDir({
      '0001_a.sql': 'create table a (id int);',
      '0002_bad.sql': 'create table c (id int); select * from missing_table;',
    })
    await expect(migrate(handle.db, loadMigrations(dir))).rejects.toThrow()
    const tables = await sql<{
      n: number
    }>`select count(*)::int as n from information_schema.tables where table_name in ('a', 'c')`.execute(handle.db)
    expect(tables.rows[0]!.n).toBe(0)
    await db.drop()
  })

  it.skipIf(!process.env.TEST_DATABASE_URL)('lets two instances start together: the advisory lock serialises them', async () => {
    const db = await scratch()
    const [one, two] = [await db.open(), await db.open()]
    const dir = migrationsDir({ '0001_a.sql': 'create table a (id int); select pg_sleep(0.2);', '0002_b.sql': 'create table b (id int);' })
    const [first, second] = await Promise.all([migrate(one.db, loadMigrations(dir)), migrate(two.db, loadMigrations(dir))])
    expect(first.length + second.length).toBe(2)
    const applied = await sql<{ n: number }>`select count(*)::int as n from schema_migration`.execute(one.db)
    expect(applied.rows[0]!.n).toBe(2)
    await db.drop()
  })
})
