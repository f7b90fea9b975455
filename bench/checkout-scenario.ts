/**
 * The checkout scenario of one backend: stock the variants (before the server starts, since PGlite
 * allows one process on its data directory), confirm through the store API what the shoppers will
 * see, run the shoppers while watching the server and the database, and, once the server has
 * stopped, check the stock against the orders.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { childEnv, type Backend } from './backends.js'
import type { Fixture, StockReading } from './checkout-fixture.js'
import { runShoppers, type CheckoutLoad, type CheckoutPlan, type ShopperSettings } from './checkout-load.js'
import { cpuWatcher, serverTimingWatcher, type CpuShares } from './checkout-probes.js'
import { databaseWatcher } from './database-activity.js'
import { refusals, type CheckoutResult, type StockCheck } from './checkout-report.js'
import type { ScenarioResult } from './report.js'
import { runNode } from './servers.js'

const FIXTURE_CLI = fileURLToPath(new URL('./checkout-fixture.ts', import.meta.url))

/** One cart in ten also holds the scarce variant. */
const SCARCE_SHARE = 0.1

/** What the shoppers were answered over every run on this backend (warm-up and profile included). */
interface ClientTally {
  orders: number
  units: Record<string, number>
  unknown: number
}

export interface PreparedCheckout {
  fixture: Fixture
  file: string
  client: ClientTally
}

const fixtureEnv = (backend: Backend) => childEnv(backend, { NODE_ENV: 'development', LOG_LEVEL: 'warn', SEED_DEMO: 'false' })
const lastLine = (out: string) => out.trim().split('\n').at(-1)!

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** Picks the variants and sets their stock; the server must not be running yet. */
export async function prepareCheckout(backend: Backend): Promise<PreparedCheckout> {
  const file = join(backend.env.DATA_DIR!, 'bench-checkout-fixture.json')
  const fixture = JSON.parse(lastLine(await runNode('checkout fixture', FIXTURE_CLI, ['prepare', file], fixtureEnv(backend)))) as Fixture
  console.log(
    `  checkout: ${fixture.pool.length} in-stock variants set to ${fixture.poolStock.toLocaleString('en')} units each, ` +
      `one scarce variant set to ${fixture.scarceUnits} units (in ${SCARCE_SHARE * 100} % of carts)`,
  )
  return { fixture, file, client: { orders: 0, units: {}, unknown: 0 } }
}

/**
 * The region and a shipping option as the store shows them to shoppers; on the first run, also each
 * variant's stock (later runs find it lower by what the earlier ones sold).
 */
async function planThroughStore(origin: string, fixture: Fixture, confirmStock: boolean): Promise<CheckoutPlan> {
  const regions = await getJson<{ items: { id: string }[] }>(`${origin}/store/regions`)
  if (!regions.items.some((region) => region.id === fixture.regionId)) throw new Error(`the store does not list region ${fixture.regionId}`)
  const options = await getJson<{ items: { id: string }[] }>(`${origin}/store/regions/${fixture.regionId}/shipping-options`)
  const shippingOptionId = options.items[0]?.id
  if (!shippingOptionId) throw new Error(`region ${fixture.regionId} has no shipping option`)
  const expected = new Map([...fixture.pool.map((id) => [id, fixture.poolStock] as const), [fixture.scarce, fixture.scarceUnits]])
  const wrong: string[] = []
  for (const handle of confirmStock ? new Set(Object.values(fixture.handles)) : []) {
    const product = await getJson<{ variants: { id: string; available: number }[] }>(`${origin}/store/products/${handle}`)
    for (const variant of product.variants) {
      const want = expected.get(variant.id)
      if (want !== undefined && variant.available !== want) wrong.push(`${variant.id} shows ${variant.available} available, not ${want}`)
    }
  }
  if (wrong.length > 0) throw new Error(`the store does not show the stock just set: ${wrong.slice(0, 5).join('; ')}`)
  const { regionId, countryCode, pool, scarce } = fixture
  return { origin, regionId, shippingOptionId, countryCode, pool, scarce, scarceShare: SCARCE_SHARE }
}

function tally(client: ClientTally, load: CheckoutLoad) {
  client.orders += load.whole.orders
  client.unknown += load.whole.unknownOutcome
  for (const [variantId, units] of Object.entries(load.whole.units)) client.units[variantId] = (client.units[variantId] ?? 0) + units
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

/** The measured run, with the server's CPU and timings and (PostgreSQL) the database's sessions watched in its window. */
export async function runCheckout(
  prepared: PreparedCheckout,
  backend: Backend,
  app: { origin: string; pid: number },
  settings: ShopperSettings,
  hello: ScenarioResult | undefined,
): Promise<CheckoutResult> {
  const plan = await planThroughStore(app.origin, prepared.fixture, true)
  process.stdout.write(`  checkout flow, ${settings.shoppers} shoppers … `)
  const databaseUrl = backend.env.DATABASE_URL
  const cpu = cpuWatcher(app.pid, databaseUrl ? new URL(databaseUrl).pathname.slice(1) : undefined)
  const timings = serverTimingWatcher(app.origin)
  const database = databaseUrl ? await databaseWatcher(databaseUrl) : undefined
  let shares = undefined as CpuShares | undefined
  const load = await runShoppers(plan, settings, {
    open: () => {
      cpu.open()
      timings.open()
      database?.open()
    },
    close: () => {
      shares = cpu.close()
      timings.close()
      database?.close()
    },
  })
  tally(prepared.client, load)
  const serverCpu = shares?.server ?? null
  const spent = serverCpu === null ? null : serverCpu + (shares?.database ?? 0)
  const perCpu = (rps: number, cores: number | null) => (cores ? rps / cores : null)
  const mine = perCpu(load.requestsPerSecond, serverCpu)
  const theirs = hello ? perCpu(hello.requestsPerSecond, hello.serverCpu) : null
  const { fixture } = prepared
  const result: CheckoutResult = {
    title: `checkout flow (${settings.shoppers} shoppers, 7 requests per order)`,
    shoppers: settings.shoppers,
    scarceShare: SCARCE_SHARE,
    poolVariants: fixture.pool.length,
    poolStock: fixture.poolStock,
    scarceUnits: fixture.scarceUnits,
    ...load,
    cpu: shares,
    ordersPerCpuSecond: spent ? round(load.ordersPerSecond / spent, 1) : null,
    ratioToHello: hello ? load.requestsPerSecond / hello.requestsPerSecond : null,
    ratioPerCpu: mine !== null && theirs ? mine / theirs : null,
    serverTimings: await timings.result(),
    database: await database?.result(),
  }
  const step = (name: string) => result.steps.find((s) => s.step === name)!
  console.log(
    `${round(load.ordersPerSecond, 1)} orders/s (${Math.round(load.requestsPerSecond)} req/s), ` +
      `checkout p50 ${step('checkout').p50Ms} ms, p99 ${step('checkout').p99Ms} ms; ${refusals(load)}; ` +
      `server CPU ${serverCpu ?? '?'} cores${shares?.database !== null && shares ? `, database ${shares.database} cores` : ''}`,
  )
  return result
}

/** The same flow on a server started under the profiler; what it sold counts in the stock check. */
export async function runCheckoutForProfile(
  prepared: PreparedCheckout,
  origin: string,
  settings: ShopperSettings,
  window: { open: () => void; close: () => void },
): Promise<string> {
  const load = await runShoppers(await planThroughStore(origin, prepared.fixture, false), settings, window)
  tally(prepared.client, load)
  return `${round(load.ordersPerSecond, 1)} orders/s`
}

/** Reads the stock and the orders once the server has stopped, and compares them. */
export async function checkStock(backend: Backend, prepared: PreparedCheckout): Promise<StockCheck> {
  const out = await runNode('stock check', FIXTURE_CLI, ['check', prepared.file], fixtureEnv(backend))
  const check = judgeStock(prepared.fixture, JSON.parse(lastLine(out)) as StockReading, prepared.client)
  console.log(`  stock check: ${check.verdict}`)
  return check
}

export function judgeStock(fixture: Fixture, reading: StockReading, client: ClientTally): StockCheck {
  const problems: string[] = []
  const before = new Map(fixture.before.map((level) => [level.variantId, level]))
  const after = new Map(reading.after.map((level) => [level.variantId, level]))
  const sold = new Map(reading.sold.map((row) => [row.variantId, row.live]))
  const variants = [...fixture.pool, fixture.scarce]
  let soldUnits = 0
  let reservedUnits = 0
  for (const id of variants) {
    const was = before.get(id)
    const now = after.get(id)
    if (!was || !now) {
      problems.push(`${id}: no stock row`)
      continue
    }
    const live = sold.get(id) ?? 0
    const grew = now.reserved - was.reserved
    soldUnits += live
    reservedUnits += grew
    if (grew !== live) problems.push(`${id}: reserved grew by ${grew}, its live orders hold ${live}`)
    if (now.reserved > now.onHand)
      problems.push(`${id}: oversold by ${now.reserved - now.onHand} (reserved ${now.reserved}, on hand ${now.onHand})`)
    if (now.onHand < 0 || now.reserved < 0) problems.push(`${id}: negative stock (on hand ${now.onHand}, reserved ${now.reserved})`)
    if (now.onHand !== was.onHand) problems.push(`${id}: on hand moved from ${was.onHand} to ${now.onHand} with nothing fulfilled`)
    // A checkout whose answer never came may have been placed: then only the database knows.
    if (client.unknown === 0 && (client.units[id] ?? 0) !== live)
      problems.push(`${id}: shoppers were sold ${client.units[id] ?? 0}, orders hold ${live}`)
  }
  const liveOrders = Object.entries(reading.ordersByStatus).reduce((sum, [status, n]) => (status === 'canceled' ? sum : sum + n), 0)
  if (client.unknown === 0 && liveOrders !== client.orders)
    problems.push(`${liveOrders} live orders in the database, ${client.orders} answered 201 to the shoppers`)
  if (reading.oversoldRowsAnywhere > 0)
    problems.push(`${reading.oversoldRowsAnywhere} stock rows in the shop have reserved > on hand or a negative count`)
  const scarceSold = sold.get(fixture.scarce) ?? 0
  const scarceNow = after.get(fixture.scarce)
  if (scarceSold > fixture.scarceUnits) problems.push(`the scarce variant sold ${scarceSold} of ${fixture.scarceUnits} units`)
  const ok = problems.length === 0
  const n = (value: number) => value.toLocaleString('en')
  const verdict = ok
    ? `no oversell: OK (${variants.length} variants: ${n(soldUnits)} units in ${n(liveOrders)} live orders = ${n(reservedUnits)} newly reserved, ` +
      `none reserved beyond on hand; scarce variant ${scarceSold} of ${fixture.scarceUnits} sold; shoppers got ${n(client.orders)} orders)`
    : `DISCREPANCY: ${problems.slice(0, 8).join('; ')}${problems.length > 8 ? `; and ${problems.length - 8} more` : ''}`
  return {
    ok,
    verdict,
    problems,
    variants: variants.length,
    soldUnits,
    reservedUnits,
    ordersByStatus: reading.ordersByStatus,
    clientOrders: client.orders,
    clientUnknown: client.unknown,
    scarce: {
      units: fixture.scarceUnits,
      sold: scarceSold,
      reservedAfter: scarceNow?.reserved ?? -1,
      onHandAfter: scarceNow?.onHand ?? -1,
    },
  }
}
