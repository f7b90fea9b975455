/**
 * Counts the SQL statements and transactions of one checkout flow, step by step: the round trips
 * to the database that each order costs. Runs the app in-process (app.inject) on an in-memory
 * PGlite with a small demo catalog; both engines get the same statements, since both go through
 * Kysely's PostgresDialect.
 *
 *   node --import tsx bench/count-queries.ts [--orders 3]
 *
 * Also lists the statements sent most often per order (their first 100 characters).
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kysely, PostgresDialect, sql, type PostgresPool } from 'kysely'
import { parseArgs } from '../apps/server/src/cli-args.js'
import { loadConfig } from '../apps/server/src/config.js'
import { buildApp, buildServices } from '../apps/server/src/app.js'
import type { Database } from '../apps/server/src/database.js'
import { openDatabase } from '../apps/server/src/platform/db/database.js'
import { createPglitePool } from '../apps/server/src/platform/db/pglite-pool.js'
import { migrate } from '../apps/server/src/platform/db/migrations.js'
import { seedDemoShop } from '../apps/server/src/seed.js'

const { flags } = parseArgs(process.argv.slice(2))
const orders = Number(flags.orders ?? 3)
if (!Number.isSafeInteger(orders) || orders <= 0) throw new Error('--orders must be a positive whole number')

/** Every statement the app sends, by its first word (begin, commit, select, insert, update …). */
const counted = new Map<string, number>()
/** Every statement's text over the whole run. */
const texts = new Map<string, number>()
function countingPool(pool: PostgresPool): PostgresPool {
  return {
    async connect() {
      const client = await pool.connect()
      const query = client.query.bind(client) as (text: string, values: unknown[]) => Promise<unknown>
      return Object.assign(client, {
        query: (text: string, values: unknown[]) => {
          const verb = (/^\s*(\w+)/.exec(text)?.[1] ?? '?').toLowerCase()
          counted.set(verb, (counted.get(verb) ?? 0) + 1)
          const key = text.replace(/\s+/g, ' ').trim().slice(0, 100)
          texts.set(key, (texts.get(key) ?? 0) + 1)
          return query(text, values)
        },
      })
    },
    end: () => pool.end(),
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'shopstack-count-queries-'))
// The server's own in-memory PGlite, driven through a counting copy of its one-connection pool.
const { pglite } = await openDatabase({ kind: 'pglite' })
if (!pglite) throw new Error('expected the embedded engine')
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: countingPool(createPglitePool(pglite)) }) })
const handle = {
  db,
  engine: 'pglite' as const,
  pglite,
  ping: async () => void (await sql`select 1`.execute(db)),
  close: () => db.destroy(),
}
const config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  DATA_DIR: dataDir,
  SEED_DEMO: 'false',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
  PAYMENT_TOKENS_PER_IP: '1000000',
})
const services = await buildServices(config, { database: handle })
try {
  await migrate(db)
  await seedDemoShop(services, { withStaff: false, count: 20 })
  const app = await buildApp(services)
  const regions = (await app.inject({ url: '/store/regions' })).json<{ items: { id: string; countries: string[] }[] }>().items
  const region = regions.find((r) => r.countries.includes('US'))!
  const shipping = (await app.inject({ url: `/store/regions/${region.id}/shipping-options` })).json<{ items: { id: string }[] }>().items[0]!
  const { rows } = await sql<{ id: string }>`
    select v.id from variant v join inventory_level il on il.variant_id = v.id
    where il.on_hand > 10 order by v.id limit ${3 * orders}`.execute(db)

  const perStep = new Map<string, Map<string, number>>()
  async function step(name: string, run: () => Promise<{ statusCode: number; body: string }>) {
    counted.clear()
    const res = await run()
    if (res.statusCode >= 300) throw new Error(`${name}: ${res.statusCode} ${res.body}`)
    const tally = perStep.get(name) ?? new Map<string, number>()
    for (const [verb, n] of counted) tally.set(verb, (tally.get(verb) ?? 0) + n)
    perStep.set(name, tally)
    return res
  }
  texts.clear() // the flows only, not the seeding
  for (let n = 0; n < orders; n++) {
    const cart = await step('create cart', () => app.inject({ method: 'POST', url: '/store/carts', payload: { regionId: region.id } }))
    const cartId = JSON.parse(cart.body).id as string
    for (const row of rows.slice(3 * n, 3 * n + 3))
      await step('add item', () =>
        app.inject({ method: 'POST', url: `/store/carts/${cartId}/items`, payload: { variantId: row.id, quantity: 1 } }),
      )
    await step('set details', () =>
      app.inject({
        method: 'PATCH',
        url: `/store/carts/${cartId}`,
        payload: {
          email: `count-${n}@bench.shopstack.test`,
          shippingAddress: { firstName: 'A', lastName: 'B', line1: '1 Way', city: 'C', postalCode: '12345', countryCode: 'US' },
          shippingOptionId: shipping.id,
        },
      }),
    )
    const token = await step('tokenize', () =>
      app.inject({
        method: 'POST',
        url: '/store/payments/tokens',
        payload: { number: '4242424242424242', cvc: '123', expMonth: 12, expYear: new Date().getFullYear() + 2 },
      }),
    )
    await step('checkout', () =>
      app.inject({
        method: 'POST',
        url: '/store/checkout',
        headers: { 'idempotency-key': randomUUID() },
        payload: { cartId, paymentToken: JSON.parse(token.body).token as string },
      }),
    )
  }
  await app.close()

  console.log(`SQL statements per order (mean of ${orders}), by step and first word:\n`)
  const total = new Map<string, number>()
  for (const [name, tally] of perStep) {
    const statements = [...tally.values()].reduce((sum, n) => sum + n, 0) / orders
    for (const [verb, n] of tally) total.set(verb, (total.get(verb) ?? 0) + n)
    const verbs = [...tally].sort((a, b) => b[1] - a[1]).map(([verb, n]) => `${verb} ${n / orders}`)
    console.log(`  ${name.padEnd(12)} ${String(statements).padStart(5)}  (${verbs.join(', ')})`)
  }
  const all = [...total.values()].reduce((sum, n) => sum + n, 0) / orders
  console.log(
    `  ${'whole order'.padEnd(12)} ${String(all).padStart(5)}  (${[...total].map(([verb, n]) => `${verb} ${n / orders}`).join(', ')})`,
  )
  console.log('\nThe statements sent most often, per order:\n')
  for (const [text, n] of [...texts].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${String(n / orders).padStart(5)}  ${text}`)
} finally {
  await services.close()
  rmSync(dataDir, { recursive: true, force: true })
}
