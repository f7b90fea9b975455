/**
 * npm run bench [-- --products 100000] [-- --scenarios checkout]: hello-world vs the store API, the
 * checkout flow and search (and, when asked, the storefront's product pages), on PGlite and on
 * PostgreSQL + Redis, all on 127.0.0.1, each server in its own child process. See README.md.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { readOptions, type BackendName, type BenchOptions } from './args.js'
import { childEnv, prepareBackend, type Backend } from './backends.js'
import { cleanupAll, cleanupOnSignals } from './cleanup.js'
import { formatCheckoutInsides, formatCheckoutSteps, formatCheckoutSummary } from './checkout-report.js'
import { checkStock, prepareCheckout, runCheckout, runCheckoutForProfile, type PreparedCheckout } from './checkout-scenario.js'
import { measure, prime, rotate, type LoadSettings } from './load.js'
import { formatProfile, summarizeProfile } from './profile.js'
import {
  AIMS,
  formatScenarios,
  formatStartup,
  RESULTS_DIR,
  writeJson,
  type BackendResult,
  type RunReport,
  type ScenarioId,
  type ScenarioResult,
} from './report.js'
import { runSearchScenario, searchUrls } from './search-scenario.js'
import { formatSearchAims, formatSearchClasses, formatSearchHttp, formatSearchInProcess } from './search-report.js'
import type { SeedReport } from './seed-catalog.js'
import { cpuSeconds, freePort, rssMiB, runNode, SERVER_BUILD, SERVER_MAIN, startNode, waitForStatus, type Child } from './servers.js'
import { formatStorefront, runStorefrontScenario, type StorefrontResult } from './storefront-scenario.js'

const HELLO_SERVER = fileURLToPath(new URL('./hello-server.ts', import.meta.url))
const SEEDER = fileURLToPath(new URL('./seed-catalog.ts', import.meta.url))

/** Settings of the server under test: production mode, quiet logs, limiters that run but never refuse. */
const serverSettings = (port: number): Record<string, string> => ({
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  SESSION_SECRET: randomBytes(30).toString('base64url'),
  // The built-in test card processor (no network), which signs its webhooks with this secret.
  PAYMENT_TEST_CARDS_IN_PRODUCTION: 'true',
  PAYMENT_WEBHOOK_SECRET: randomBytes(30).toString('base64url'),
  SEED_DEMO: 'false',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000000',
  // Every shopper tokenizes a card from 127.0.0.1: the card-testing defence must not refuse them.
  PAYMENT_TOKENS_PER_IP: '100000000',
})

const seconds = (ms: number) => ms / 1000

async function startHello(): Promise<{ child: Child; origin: string }> {
  const port = await freePort()
  const child = startNode('hello-world server', HELLO_SERVER, [], { ...process.env, PORT: String(port) })
  const origin = `http://127.0.0.1:${port}`
  await waitForStatus(child, `${origin}/`, 200, 60_000)
  return { child, origin }
}

/** Starts the server under test; `env` adds settings (SEARCH_ENGINE) to the bench's own. */
async function startApp(backend: Backend, nodeArgs: string[] = [], env: Record<string, string> = {}) {
  const port = await freePort()
  const child = startNode(
    `server (${backend.name})`,
    SERVER_MAIN,
    ['serve'],
    childEnv(backend, { ...serverSettings(port), ...env }),
    nodeArgs,
  )
  const origin = `http://127.0.0.1:${port}`
  const healthy = await waitForStatus(child, `${origin}/health`)
  const ready = await waitForStatus(child, `${origin}/ready`)
  return { child, origin, startupSeconds: seconds(healthy - child.spawnedAt), readySeconds: seconds(ready - child.spawnedAt) }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** The first `count` active products, newest first, as the store lists them. */
async function activeHandles(origin: string, count: number): Promise<string[]> {
  const handles: string[] = []
  let cursor: string | null = null
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
    const page: { items: { handle: string }[]; nextCursor: string | null } = await getJson(`${origin}/store/products?limit=100${query}`)
    handles.push(...page.items.map((item) => item.handle))
    cursor = page.nextCursor
  } while (cursor && handles.length < count)
  return handles.slice(0, count)
}

async function topCategory(origin: string): Promise<string | undefined> {
  const tree = await getJson<{ items: { handle: string }[] }>(`${origin}/store/categories`)
  return tree.items[0]?.handle
}

interface Scenario {
  id: ScenarioId
  title: string
  /** The URL pattern, for the report. */
  path: string
  /** Every URL the scenario requests, in rotation. */
  distinct: string[]
}

const HELLO: Scenario = { id: 'hello', title: 'hello-world (bare Fastify, own process)', path: 'GET /', distinct: ['/'] }

function storeScenarios(handles: string[], category: string | undefined, wanted: BenchOptions['scenarios']): Scenario[] {
  const list = '/store/products?limit=20'
  const listed: Scenario[] = [
    {
      id: 'detail',
      title: `GET /store/products/{handle} (${handles.length} handles)`,
      path: '/store/products/{handle}',
      distinct: handles.map((h) => `/store/products/${h}`),
    },
    { id: 'list', title: `GET ${list}`, path: list, distinct: [list] },
  ]
  if (category) {
    const path = `${list}&category=${category}&sort=price_asc`
    listed.push({ id: 'list-category', title: `GET ${path}`, path, distinct: [path] })
  }
  return listed.filter((scenario) => (wanted as string[]).includes(scenario.id))
}

/** Primes each URL once (the cold cost), then warm-up and the measured run, watching the server's CPU. */
async function run(
  scenario: Scenario,
  target: { origin: string; pid: number },
  settings: LoadSettings,
  hello?: ScenarioResult,
): Promise<ScenarioResult> {
  process.stdout.write(`  ${scenario.title} … `)
  const cold = await prime(target.origin, scenario.distinct)
  const result = await measure(target.origin, rotate(scenario.distinct), settings, () => cpuSeconds(target.pid))
  const ratio = hello ? result.requestsPerSecond / hello.requestsPerSecond : 1
  const perCpu = (r: { requestsPerSecond: number; serverCpu: number | null }) => (r.serverCpu ? r.requestsPerSecond / r.serverCpu : null)
  const mine = perCpu(result)
  const theirs = hello ? perCpu(hello) : mine
  const ratioPerCpu = mine !== null && theirs ? mine / theirs : null
  const problems = result.non2xx + result.errors + result.timeouts
  console.log(
    `${Math.round(result.requestsPerSecond).toLocaleString('en')} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, server CPU ${result.serverCpu ?? '?'} cores` +
      (hello
        ? `, ${(ratio * 100).toFixed(1)} % of hello (${ratioPerCpu === null ? '?' : (ratioPerCpu * 100).toFixed(1)} % per CPU-second)`
        : '') +
      (hello ? `; cold (first request per URL, one at a time): mean ${cold.meanMs} ms` : '') +
      (problems ? `  (${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)` : ''),
  )
  const { id, title, path } = scenario
  return { id, title, path, ...result, ratioToHello: ratio, ratioPerCpu, aim: AIMS[id], cold }
}

/** The window of a profiled run, in ms since the server was spawned (the profile's clock). */
type ProfileWindow = { open: () => void; close: () => void }

/** Runs a scenario once more on a server started under `node --cpu-prof`, and ranks its hot spots. */
async function profileRun(
  backend: Backend,
  label: string,
  stamp: string,
  drive: (origin: string, window: ProfileWindow) => Promise<string>,
  env: Record<string, string> = {},
): Promise<BackendResult['profile']> {
  const dir = join(RESULTS_DIR, 'profiles', `${stamp}-${backend.name}-${label.replace(/\W+/g, '-')}`)
  mkdirSync(dir, { recursive: true })
  console.log(`  profiling the ${label} scenario under node --cpu-prof (${dir})`)
  const app = await startApp(backend, ['--cpu-prof', `--cpu-prof-dir=${dir}`], env)
  let fromMs = 0
  let toMs = 0
  try {
    const line = await drive(app.origin, {
      open: () => (fromMs = performance.now() - app.child.spawnedAt),
      close: () => (toMs = performance.now() - app.child.spawnedAt),
    })
    console.log(`  under the profiler: ${line}`)
  } finally {
    await app.child.stop() // the profile is written when the server exits
  }
  // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread (tsx's loader hooks run on another).
  const profiles = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))
  const file = profiles.find((name) => /\.\d+\.0\.\d+\.cpuprofile$/.test(name)) ?? profiles[0]
  if (!file) {
    console.log('  no .cpuprofile was written')
    return undefined
  }
  // Only the measured run counts (not start-up, priming or warm-up), less 0.5 s at each edge.
  const summary = summarizeProfile(join(dir, file), 10, { fromMs: fromMs + 500, toMs: toMs - 500 })
  console.log(formatProfile(summary))
  return { file: join(dir, file), summary }
}

/** A read load (product detail, search) as measured, for the profiler. */
const driveLoad = (distinct: string[], settings: LoadSettings) => async (origin: string, window: ProfileWindow) => {
  await prime(origin, distinct)
  const paths = rotate(distinct)
  if (settings.warmupSeconds > 0) await measure(origin, paths, { ...settings, durationSeconds: settings.warmupSeconds, warmupSeconds: 0 })
  window.open()
  const result = await measure(origin, paths, { ...settings, warmupSeconds: 0 })
  window.close()
  return `${Math.round(result.requestsPerSecond).toLocaleString('en')} req/s`
}

/** Seeds the backend in a child process (the server's own modules, NODE_ENV=development). */
async function seedBackend(backend: Backend, products: number | undefined): Promise<SeedReport> {
  console.log(
    `  seeding ${products === undefined ? 'the demo shop (seedDemoShop)' : `${products.toLocaleString('en')} generated products (bulk load)`} …`,
  )
  const args = products === undefined ? [] : ['--products', String(products)]
  const out = await runNode('seeder', SEEDER, args, childEnv(backend, { NODE_ENV: 'development', LOG_LEVEL: 'warn', SEED_DEMO: 'false' }))
  const seed = JSON.parse(out.trim().split('\n').at(-1)!) as SeedReport
  const split =
    seed.loadSeconds === undefined
      ? ''
      : ` (open ${seed.openSeconds.toFixed(1)} s; generate ${seed.generationSeconds!.toFixed(1)} s and insert ${seed.loadSeconds.toFixed(1)} s, overlapping, in ${seed.wallSeconds!.toFixed(1)} s; analyze ${seed.analyzeSeconds!.toFixed(1)} s)`
  console.log(
    `  seeded ${seed.products.toLocaleString('en')} products, ${seed.variants.toLocaleString('en')} variants in ${(seed.openSeconds + seed.seedSeconds).toFixed(1)} s${split}`,
  )
  return seed
}

/** The store reads and the checkout on one server (the default engine), with their hello-world baseline; fills in `result`. */
async function runStoreAndCheckout(
  backend: Backend,
  options: BenchOptions,
  hello: { origin: string; pid: number },
  stamp: string,
  settings: LoadSettings,
  result: BackendResult,
  checkout: PreparedCheckout | undefined,
): Promise<void> {
  const shopperSettings = { shoppers: options.shoppers, warmupSeconds: options.warmupSeconds, durationSeconds: options.durationSeconds }
  const app = await startApp(backend)
  result.startupSeconds = app.startupSeconds
  result.readySeconds = app.readySeconds
  let detail: Scenario | undefined
  try {
    result.rssAfterStartMiB = rssMiB(app.child.pid)
    console.log(
      `  server: first 200 from /health after ${app.startupSeconds.toFixed(2)} s, /ready after ${app.readySeconds.toFixed(2)} s, RSS ${result.rssAfterStartMiB} MiB`,
    )
    const reads = options.scenarios.some((id) => id !== 'checkout' && id !== 'search' && id !== 'storefront')
    const store = reads
      ? storeScenarios(await activeHandles(app.origin, options.handles), await topCategory(app.origin), options.scenarios)
      : []
    detail = store.find((s) => s.id === 'detail')
    const baseline = await run(HELLO, hello, settings)
    result.scenarios.push(baseline)
    const target = { origin: app.origin, pid: app.child.pid }
    for (const scenario of store) result.scenarios.push(await run(scenario, target, settings, baseline))
    // Last: it writes orders and stock, which the read scenarios must not see.
    if (checkout) result.checkout = await runCheckout(checkout, backend, target, shopperSettings, baseline)
    result.rssAfterLoadMiB = rssMiB(app.child.pid)
    console.log(`  server RSS after load: ${result.rssAfterLoadMiB} MiB`)
  } finally {
    await app.child.stop()
  }
  if (options.profile && detail) result.profile = await profileRun(backend, 'product-detail', stamp, driveLoad(detail.distinct, settings))
  if (checkout && result.checkout) {
    if (options.profile)
      result.checkout.profile = await profileRun(backend, 'checkout', stamp, (origin, window) =>
        runCheckoutForProfile(checkout, origin, shopperSettings, window),
      )
    // The server has stopped (PGlite's data directory is free again); every order of every run counts.
    result.checkout.stock = await checkStock(backend, checkout)
  }
}

/** A backend's results; the storefront's ride along into the JSON report. */
type BenchedBackend = BackendResult & { storefront?: StorefrontResult }

async function benchBackend(
  name: BackendName,
  options: BenchOptions,
  hello: { origin: string; pid: number },
  stamp: string,
): Promise<BenchedBackend> {
  const prepared = await prepareBackend(name)
  if ('skipped' in prepared) {
    console.log(`\n== ${name}: SKIPPED — ${prepared.skipped}`)
    return {
      name,
      label: name === 'postgres' ? 'PostgreSQL + Redis' : 'PGlite + in-process cache',
      skipped: prepared.skipped,
      scenarios: [],
    }
  }
  const { backend } = prepared
  const settings: LoadSettings = {
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    warmupSeconds: options.warmupSeconds,
  }
  try {
    console.log(`\n== ${backend.label}`)
    // The storefront's shop seeds its own database: the bench's is not read when it runs alone.
    const seed = options.scenarios.some((id) => id !== 'storefront') ? await seedBackend(backend, options.products) : undefined
    // Before the server starts: PGlite allows one process on its data directory.
    const checkout: PreparedCheckout | undefined = options.scenarios.includes('checkout') ? await prepareCheckout(backend) : undefined
    const result: BenchedBackend = { name, label: backend.label, seed, scenarios: [] }
    // The store and checkout scenarios share one server; search starts its own, one per engine, and the storefront a shop per mode.
    if (options.scenarios.some((id) => id !== 'search' && id !== 'storefront'))
      await runStoreAndCheckout(backend, options, hello, stamp, settings, result, checkout)
    if (options.scenarios.includes('search')) {
      // Its own baseline, right before it: the box's speed drifts over minutes.
      const baseline = await run({ ...HELLO, title: `${HELLO.title}, before search` }, hello, settings)
      result.scenarios.push(baseline)
      result.search = await runSearchScenario({
        backend,
        engines: name === 'embedded' ? options.pgliteEngines : options.engines,
        start: (engine, env = {}) => startApp(backend, [], { SEARCH_ENGINE: engine, ...env }),
        settings,
        hello: baseline,
        rounds: 3,
      })
      if (options.profile)
        for (const engine of result.search) {
          const paths = searchUrls().searches.map((s) => s.path)
          engine.profile = await profileRun(backend, `search-${engine.engine}`, stamp, driveLoad(paths, settings), {
            SEARCH_ENGINE: engine.engine,
          })
        }
    }
    if (options.scenarios.includes('storefront')) {
      // Its own baseline, right before it, as for search.
      const baseline = await run({ ...HELLO, title: `${HELLO.title}, before storefront` }, hello, settings)
      result.scenarios.push(baseline)
      result.storefront = await runStorefrontScenario({ backend, settings, hello: baseline, handles: options.handles })
    }
    return result
  } finally {
    await prepared.release()
  }
}

async function main() {
  const options = readOptions(process.argv.slice(2))
  cleanupOnSignals()
  // Measure the bundle `npm start` runs, built from the current sources.
  await runNode('build', SERVER_BUILD, [], process.env)
  const startedAt = new Date().toISOString()
  const stamp = startedAt.replace(/[:.]/g, '-')
  const fastify = (createRequire(new URL('../apps/server/package.json', import.meta.url))('fastify/package.json') as { version: string })
    .version
  const load = loadavg().map((n) => Math.round(n * 100) / 100)
  console.log(
    `shopstack bench: ${options.scenarios.join(', ')}; ${options.connections} connections` +
      (options.scenarios.includes('checkout') ? `, ${options.shoppers} shoppers` : '') +
      (options.scenarios.includes('search')
        ? `, search engines ${options.engines.join(', ')} (on PGlite ${options.pgliteEngines.join(', ')})`
        : '') +
      `, ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s per scenario, ` +
      `node ${process.version}, fastify ${fastify}, ${cpus().length} cores, load average ${load.join(' ')}`,
  )
  if (load[0]! > 0.5 * cpus().length) console.log('  note: the machine is already busy; compare the ratios, not the absolute figures')

  const report: RunReport = {
    startedAt,
    finishedAt: '',
    machine: { cpus: cpus().length, node: process.version, fastify, loadAverageAtStart: load },
    options,
    backends: [],
  }
  const storefronts: StorefrontResult[] = []
  try {
    const hello = await startHello()
    for (const name of options.backends) {
      const benched = await benchBackend(name, options, { origin: hello.origin, pid: hello.child.pid }, stamp)
      report.backends.push(benched)
      if (benched.storefront) storefronts.push(benched.storefront)
    }
    await hello.child.stop()
  } finally {
    await cleanupAll()
  }
  report.finishedAt = new Date().toISOString()

  console.log(
    `\nThroughput and latency (${options.connections} connections, ${options.durationSeconds} s each, after ${options.warmupSeconds} s warm-up):\n`,
  )
  console.log(formatScenarios(report.backends))
  const checkouts = report.backends.flatMap((b) => (b.checkout ? [{ label: b.label, checkout: b.checkout }] : []))
  if (checkouts.length > 0) {
    console.log(
      `\nCheckout flow (${options.shoppers} shoppers, ${options.durationSeconds} s after ${options.warmupSeconds} s warm-up; ` +
        `"vs hello" compares the flow's requests per second with hello-world's):\n`,
    )
    console.log(formatCheckoutSummary(checkouts))
    console.log("\nCheckout steps: latency as the shoppers saw it, and the server's own mean for the route (its /metrics):\n")
    console.log(formatCheckoutSteps(checkouts))
    console.log(`\n${formatCheckoutInsides(checkouts)}`)
  }
  const searches = report.backends.flatMap((b) => b.search ?? [])
  if (searches.length > 0) {
    console.log(
      `\nSearch over HTTP (${options.connections} connections, ${options.durationSeconds} s after ${options.warmupSeconds} s warm-up; ` +
        `"server mean" is the route's own time from /metrics; "one at a time" asks each distinct URL once on an idle server):\n`,
    )
    console.log(formatSearchHttp(searches))
    console.log('\nSearch in process (the same queries on the same database, one at a time, 3 passes), and what they found:\n')
    console.log(formatSearchInProcess(searches))
    console.log(
      '\nEngine latency per query class, in process (p50 / p99 ms; in brackets the searches of the class that found nothing; ' +
        'mean matches: the total a search of the class reported over HTTP, first engine):\n',
    )
    console.log(formatSearchClasses(searches))
    console.log('\nThe aims from the issue:\n')
    console.log(formatSearchAims(searches))
  }
  if (storefronts.length > 0) {
    console.log(
      `\nStorefront product pages (GET /products/{handle} on next start, ${options.connections} connections, ${options.durationSeconds} s after ` +
        `${options.warmupSeconds} s warm-up; "vs hello" against the hello-world run right before; "first pass" is each page once, one at a time, before the load):\n`,
    )
    console.log(formatStorefront(storefronts))
  }
  // Not when the storefront ran alone: the bench's own server was never started or seeded.
  if (report.backends.some((b) => b.seed)) {
    console.log('\nStartup and memory of the server under test:\n')
    console.log(formatStartup(report.backends))
  }
  console.log(`\nresults written to ${writeJson(report)}`)
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  await cleanupAll()
  process.exit(1)
})
