import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import { VARIABLES } from '../apps/server/src/config.js'
import { openDatabase } from '../apps/server/src/platform/db/database.js'
import { connectRedis } from '../apps/server/src/platform/redis.js'
import type { BackendName } from './args.js'
import { onCleanup } from './cleanup.js'

export interface Backend {
  name: BackendName
  label: string
  /** The configuration the seeder and the server get (URLs, DATA_DIR, key prefix). */
  env: Record<string, string>
}

export type Prepared = { backend: Backend; release: () => Promise<void> } | { skipped: string }

const DEFAULT_POSTGRES_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres'
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379'

/**
 * The environment of a child: this process's, less every shopstack setting (a DATABASE_URL in
 * the shell must not leak into the embedded run), plus the backend's own.
 */
export function childEnv(backend: Backend, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const variable of Object.values(VARIABLES)) delete env[variable.name]
  return { ...env, ...backend.env, ...extra }
}

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(`${what}: no answer within ${ms / 1000} s`)))])

/** A fresh DATA_DIR (PGlite files, media, mailbox) and the function that removes it. */
function tempDataDir(label: string): { dir: string; remove: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), `shopstack-bench-${label}-`))
  const removeNow = () => rmSync(dir, { recursive: true, force: true })
  const forget = onCleanup(`remove ${dir}`, removeNow)
  return {
    dir,
    remove: async () => {
      forget()
      removeNow()
    },
  }
}

/** PGlite in a fresh temp DATA_DIR, in-process cache, sessions and limiter. */
function embedded(): Prepared {
  const data = tempDataDir('embedded')
  // The server refuses NODE_ENV=production on the embedded database unless told it is on purpose.
  const env = { DATA_DIR: data.dir, EMBEDDED_IN_PRODUCTION: 'true' }
  return { backend: { name: 'embedded', label: 'PGlite + in-process cache', env }, release: data.remove }
}

/**
 * PostgreSQL + Redis. DATABASE_URL, when set, is used as it is (and never dropped); otherwise a
 * fresh database is created on BENCH_POSTGRES_URL (default the local server) and dropped at the
 * end. Redis keys go under a unique prefix and are deleted at the end.
 */
async function postgres(): Promise<Prepared> {
  const given = process.env.DATABASE_URL
  const serverUrl = process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_SERVER
  const redisUrl = process.env.REDIS_URL ?? DEFAULT_REDIS_URL
  const suffix = randomBytes(4).toString('hex')

  const admin = await openDatabase({ kind: 'postgres', url: given ?? serverUrl, poolSize: 1 })
  try {
    await withTimeout(admin.ping(), 5_000, 'PostgreSQL')
  } catch (error) {
    await admin.close().catch(() => {})
    return { skipped: `PostgreSQL not reachable at ${redact(given ?? serverUrl)} (${(error as Error).message})` }
  }
  // A refused connection is reported once, below, not on every retry.
  const redis = await connectRedis(redisUrl, '', { warn: () => {} })
  try {
    await withTimeout(redis.ping(), 5_000, 'Redis')
  } catch (error) {
    redis.disconnect()
    await admin.close()
    return { skipped: `Redis not reachable at ${redact(redisUrl)} (${(error as Error).message})` }
  }

  let databaseUrl = given
  let dropDatabase = async () => {}
  if (!databaseUrl) {
    const name = `shopstack_bench_${suffix}`
    await sql.raw(`create database ${name}`).execute(admin.db)
    dropDatabase = async () => void (await sql.raw(`drop database if exists ${name} with (force)`).execute(admin.db))
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    databaseUrl = url.toString()
  }
  const keyPrefix = `shopstack-bench:${suffix}:`
  const data = tempDataDir('postgres')
  const release = async () => {
    await data.remove()
    await dropDatabase()
    await admin.close()
    await deleteKeys(redis, keyPrefix)
    redis.disconnect()
  }
  const forget = onCleanup('drop bench database and Redis keys', release)
  return {
    backend: {
      name: 'postgres',
      label: 'PostgreSQL + Redis',
      env: { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix, DATA_DIR: data.dir },
    },
    release: async () => {
      forget()
      await release()
    },
  }
}

async function deleteKeys(redis: Awaited<ReturnType<typeof connectRedis>>, prefix: string) {
  let cursor = '0'
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000)
    if (keys.length > 0) await redis.del(...keys)
    cursor = next
  } while (cursor !== '0')
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')

export function prepareBackend(name: BackendName): Promise<Prepared> {
  return name === 'embedded' ? Promise.resolve(embedded()) : postgres()
}
