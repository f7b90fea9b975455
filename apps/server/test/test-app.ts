import { readFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { createDatabase, dropDatabase } from './postgres-databases.js'
import { inject } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { loadConfig } from '../src/config.js'
import { buildApp, buildServices, type AppOverrides, type Services } from '../src/app.js'
import { openDatabase, type DatabaseHandle } from '../src/platform/db/database.js'
import { connectRedis } from '../src/platform/redis.js'

export const backend = {
  database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
  cache: process.env.TEST_REDIS_URL ? 'redis' : 'memory',
} as const
/** Names the backends in describe titles, so a failure says which engine broke. */
export const onBackends = `${backend.database}+${backend.cache}`

async function openTestDatabase(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL
  if (!url) {
    const snapshot = readFileSync(inject('pgliteSnapshot'))
    const handle = await openDatabase({ kind: 'pglite', loadDataDir: new Blob([snapshot]) })
    return { handle, drop: async () => {} }
  }
  // Each test file gets its own database, cloned from the migrated template in milliseconds.
  const name = `shopstack_test_${randomBytes(6).toString('hex')}`
  const handle = await openDatabase({ kind: 'postgres', url: await createDatabase(url, name, inject('postgresTemplate')), poolSize: 10 })
  return { handle, drop: () => dropDatabase(url, name) }
}

export interface TestApp {
  app: FastifyInstance
  services: Services
  close(): Promise<void>
  /** A second API instance on the same database and Redis, as a second pod would be. */
  sibling(): Promise<TestApp>
}

/**
 * A full app on a fresh copy of the migrated schema, with the backends the environment names.
 * `seams` are the AppOverrides that stand in for remote systems (a fake Stripe's fetch).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  extend?: (app: FastifyInstance) => void,
  seams: Pick<AppOverrides, 'stripeFetch'> = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shopstack-test-'))
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    RATE_LIMIT_AUTHENTICATED_PER_MINUTE: '1000000',
    LOGIN_ATTEMPTS_PER_IP: '100000',
    PAYMENT_TOKENS_PER_IP: '100000',
    ...env,
  })
  const { handle, drop } = await openTestDatabase()
  const redisUrl = process.env.TEST_REDIS_URL
  const redisPrefix = `shopstack-test:${randomBytes(6).toString('hex')}:`
  const redis = redisUrl ? await connectRedis(redisUrl, redisPrefix) : undefined
  const services = await buildServices(config, { database: handle, redis, ...seams })
  const app = await buildApp(services)
  extend?.(app)
  await app.ready()
  return {
    app,
    services,
    async sibling() {
      const siblingRedis = redisUrl ? await connectRedis(redisUrl, redisPrefix) : undefined
      // The database handle is shared and closed by the first app; the sibling closes only its own parts.
      const siblingServices = await buildServices(config, { database: { ...handle, close: async () => {} }, redis: siblingRedis, ...seams })
      const siblingApp = await buildApp(siblingServices)
      await siblingApp.ready()
      return {
        app: siblingApp,
        services: siblingServices,
        sibling: () => Promise.reject(new Error('one sibling is enough')),
        async close() {
          await siblingApp.close()
          await siblingServices.close()
          siblingRedis?.disconnect()
        },
      }
    },
    async close() {
      await app.close()
      await services.close()
      redis?.disconnect()
      await drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
