/**
 * The storefront scenario: server-rendered product pages of the built Next.js storefront under load,
 * with the whole shop behind them, once as the storefront runs by default (each page rendered once per
 * region and kept) and once uncached: with Next's draft-mode cookie, which renders every request and
 * sends every catalog read to the API. Each mode starts its own shop through the storefront test
 * harness, so neither inherits the other's caches.
 *
 * The harness, not this bench, configures the shop: the API runs `all` roles with NODE_ENV=development
 * and seeds the demo shop itself (so --products does not apply here), and it passes this process's
 * environment on to both children. That is the shop the storefront's own tests run against.
 */
import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { connectRedis } from '../apps/server/src/platform/redis.js'
import { buildStorefront, startShop } from '../apps/storefront/test/harness.js'
import type { Backend } from './backends.js'
import { serverTimingWatcher } from './checkout-probes.js'
import { onCleanup } from './cleanup.js'
import { measure, prime, rotate, type LoadResult, type LoadSettings, type PrimeResult } from './load.js'
import type { ScenarioResult } from './report.js'

const BUILD_ID = fileURLToPath(new URL('../apps/storefront/.next/BUILD_ID', import.meta.url))

export type StorefrontModeName = 'cached' | 'uncached'

export interface StorefrontMode extends LoadResult {
  mode: StorefrontModeName
  /** Distinct product pages in the rotation. */
  pages: number
  /** requests per second over the hello-world's measured right before this scenario. */
  ratioToHello: number
  /** Each page once, one at a time, before the load; in the cached mode this pass fills the data cache. */
  firstPass: PrimeResult
  /**
   * Requests the API served per page during the measured window, by route (its /metrics): what
   * shows whether the data cache did its job, background revalidations included.
   */
  apiCallsPerPage: { total: number; routes: { route: string; perPage: number }[] } | null
}

export interface StorefrontResult {
  backend: string
  modes: StorefrontMode[]
}

export interface StorefrontScenarioDeps {
  backend: Backend
  settings: LoadSettings
  hello: ScenarioResult
  /** How many product pages to rotate over (the API's sitemap list, in id order). */
  handles: number
}

const PRERENDER_MANIFEST = fileURLToPath(new URL('../apps/storefront/.next/prerender-manifest.json', import.meta.url))

/** Next's draft-mode cookie for this build: the page is rendered for the request, its fetches skip the data cache. */
const draftModeCookie = () =>
  `__prerender_bypass=${(JSON.parse(readFileSync(PRERENDER_MANIFEST, 'utf8')) as { preview: { previewModeId: string } }).preview.previewModeId}`

const MODES: { mode: StorefrontModeName; env: NodeJS.ProcessEnv; uncached: boolean }[] = [
  // Undefined drops the variable from the child's environment: a value in the shell must not shorten the cache.
  { mode: 'cached', env: { CATALOG_CACHE_SECONDS: undefined }, uncached: false },
  { mode: 'uncached', env: { CATALOG_CACHE_SECONDS: undefined }, uncached: true },
]

type EnvPatch = Record<string, string | undefined>

function assign(patch: EnvPatch) {
  for (const [name, value] of Object.entries(patch)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
}

/**
 * The harness picks PostgreSQL and Redis from process.env, when the shop starts and again when it
 * stops (to drop its database), so the patch holds for the whole life of the shop. It is cleared on
 * the embedded block, so that test settings in the shell cannot move that block onto PostgreSQL.
 */
async function withEnv<T>(patch: EnvPatch, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(patch).map((name) => [name, process.env[name]]))
  assign(patch)
  try {
    return await run()
  } finally {
    assign(saved)
  }
}

const harnessEnv = (backend: Backend): EnvPatch =>
  backend.name === 'postgres'
    ? // The harness only connects to this database to create its own next to it, and drops that one when it stops.
      { TEST_DATABASE_URL: backend.env.DATABASE_URL, TEST_REDIS_URL: backend.env.REDIS_URL }
    : { TEST_DATABASE_URL: undefined, TEST_REDIS_URL: undefined }

/** The harness gives its API a Redis prefix of its own and leaves the keys behind; the bench leaves none. */
async function deleteHarnessKeys(redisUrl: string, apiOrigin: string) {
  const redis = await connectRedis(redisUrl, '', { warn: () => {} })
  try {
    let cursor = '0'
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `shopstack-browser:${new URL(apiOrigin).port}:*`, 'COUNT', 1000)
      if (keys.length > 0) await redis.del(...keys)
      cursor = next
    } while (cursor !== '0')
  } finally {
    redis.disconnect()
  }
}

async function productPaths(api: string, count: number): Promise<string[]> {
  const url = `${api}/store/sitemap/products?limit=${Math.min(count, 10_000)}`
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`)
  const page = (await response.json()) as { items: { handle: string }[] }
  if (page.items.length === 0) throw new Error('the API lists no active products')
  return page.items.map((item) => `/products/${encodeURIComponent(item.handle)}`)
}

function perPage(timings: Awaited<ReturnType<ReturnType<typeof serverTimingWatcher>['result']>>, pages: number) {
  if (!timings || pages === 0) return null
  // The scrapes of /metrics are themselves requests to the API.
  const routes = timings.routes.filter((r) => r.route !== 'GET /metrics')
  const round = (n: number) => Math.round(n * 100) / 100
  return {
    total: round(routes.reduce((sum, r) => sum + r.requests, 0) / pages),
    routes: routes.map((r) => ({ route: r.route, perPage: round(r.requests / pages) })),
  }
}

const describe = (m: StorefrontMode) =>
  `${Math.round(m.requestsPerSecond).toLocaleString('en')} req/s, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms, ` +
  `${Math.round(m.bytesPerRequest / 1024)} KB each, ${(m.ratioToHello * 100).toFixed(2)} % of hello; ` +
  `first pass (one at a time): mean ${m.firstPass.meanMs} ms, max ${m.firstPass.maxMs} ms` +
  (m.non2xx + m.errors ? `  (${m.non2xx} non-2xx, ${m.errors} errors, ${m.timeouts} of them timeouts)` : '') +
  (m.apiCallsPerPage
    ? `\n      API requests per page: ${m.apiCallsPerPage.total} (${m.apiCallsPerPage.routes.map((r) => `${r.route} ${r.perPage}`).join(', ')})`
    : '')

async function runMode(deps: StorefrontScenarioDeps, mode: (typeof MODES)[number]): Promise<StorefrontMode> {
  const { backend, settings, hello } = deps
  return withEnv(harnessEnv(backend), async () => {
    const shop = await startShop({ waitForOutbox: true, storefrontEnv: mode.env })
    let stopped: Promise<void> | undefined
    const stop = () => (stopped ??= shop.stop())
    // Ctrl-C or a failure elsewhere in the run still stops both servers and drops the shop's database.
    const forget = onCleanup(`stop the ${mode.mode} shop`, stop)
    try {
      const paths = await productPaths(shop.api, deps.handles)
      process.stdout.write(`    ${mode.mode}: GET /products/{handle} (${paths.length} pages in rotation) … `)
      // In the cached mode this fills the data cache, so the measured window sees a shop's steady state, not its first visits.
      const headers = mode.uncached ? { cookie: draftModeCookie() } : undefined
      const firstPass = await prime(shop.storefront, paths, headers)
      const source = rotate(paths)
      // Warm-up on its own, so that the API's counters cover the measured window only.
      if (settings.warmupSeconds > 0)
        await measure(shop.storefront, source, { ...settings, headers, durationSeconds: settings.warmupSeconds, warmupSeconds: 0 })
      const api = serverTimingWatcher(shop.api)
      api.open()
      const result = await measure(shop.storefront, source, { ...settings, headers, warmupSeconds: 0 })
      api.close()
      const measured: StorefrontMode = {
        mode: mode.mode,
        pages: paths.length,
        ...result,
        ratioToHello: result.requestsPerSecond / hello.requestsPerSecond,
        firstPass,
        apiCallsPerPage: perPage(await api.result(), result.requests),
      }
      console.log(describe(measured))
      return measured
    } finally {
      forget()
      await stop()
      if (backend.env.REDIS_URL) await deleteHarnessKeys(backend.env.REDIS_URL, shop.api)
    }
  })
}

/** Both modes on this backend, cached first; each with a shop of its own, stopped before the next starts. */
export async function runStorefrontScenario(deps: StorefrontScenarioDeps): Promise<StorefrontResult> {
  // The API bundle was built at the start of the run; this builds the storefront only when .next has no build.
  buildStorefront()
  const built = statSync(BUILD_ID).mtime.toISOString()
  console.log(
    `  storefront: the build in apps/storefront/.next of ${built} (STOREFRONT_REBUILD=1 rebuilds), next start; ` +
      `the harness's API (${deps.backend.name === 'postgres' ? 'a fresh database next to the bench one, and Redis' : 'PGlite'}, ` +
      `NODE_ENV=development, demo shop seeded by the API)`,
  )
  const modes: StorefrontMode[] = []
  for (const mode of MODES) modes.push(await runMode(deps, mode))
  return { backend: deps.backend.label, modes }
}

const num = (value: number, digits = 0) => value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })

export function formatStorefront(results: StorefrontResult[]): string {
  const header = [
    'backend',
    'mode',
    'req/s',
    'p50 ms',
    'p99 ms',
    'vs hello',
    'non-2xx',
    'errors',
    'first pass ms',
    'KB/page',
    'API calls/page',
  ]
  const right = [false, false, true, true, true, true, true, true, true, true, true]
  const rows = results.flatMap((r) =>
    r.modes.map((m) => [
      r.backend,
      m.mode,
      num(m.requestsPerSecond),
      num(m.p50Ms, 1),
      num(m.p99Ms, 1),
      `${num(m.ratioToHello * 100, 2)} %`,
      num(m.non2xx),
      // autocannon counts timeouts among the errors.
      m.timeouts ? `${num(m.errors)} (${num(m.timeouts)} timeouts)` : num(m.errors),
      num(m.firstPass.meanMs, 1),
      num(m.bytesPerRequest / 1024, 1),
      m.apiCallsPerPage ? num(m.apiCallsPerPage.total, 2) : '?',
    ]),
  )
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}
