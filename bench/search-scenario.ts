/**
 * The search scenario of one backend, once per engine: start the server with SEARCH_ENGINE set and
 * time it to /ready (the index build), read its RSS, ask every distinct search and suggestion once
 * (latency with no queue, and which found nothing), put /store/search and /store/search/suggest under
 * load against hello-world while reading the server's own timing from /metrics, stop it, then time the
 * same queries in process (search-inprocess.ts) on the same database.
 */
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { childEnv, type Backend } from './backends.js'
import { cpuWatcher, serverTimingWatcher } from './checkout-probes.js'
import { databaseWatcher } from './database-activity.js'
import { measure, rotate, type LoadSettings } from './load.js'
import type { ScenarioResult } from './report.js'
import type { InProcessReport } from './search-inprocess.js'
import { searchPath, storeSearchMix, suggestPath, suggestPrefixes, type QueryClass } from './search-queries.js'
import {
  cpuMsPerRequest,
  latency,
  othersCores,
  type ClassFinds,
  type EngineName,
  type SearchEngineResult,
  type SearchLoad,
} from './search-report.js'
import { cpuSeconds, rssMiB, runNode, type Child } from './servers.js'

const IN_PROCESS_CLI = fileURLToPath(new URL('./search-inprocess.ts', import.meta.url))

export interface StartedServer {
  child: Child
  origin: string
  startupSeconds: number
  readySeconds: number
}

export interface SearchScenarioDeps {
  backend: Backend
  engines: EngineName[]
  /** Starts the server under test with this engine (and these settings) and waits for /ready. */
  start: (engine: EngineName, env?: Record<string, string>) => Promise<StartedServer>
  settings: LoadSettings
  hello: ScenarioResult
  /** Passes over the query mix in process. */
  rounds: number
}

/** The mix's distinct search URLs, in mix order (classes interleaved), and the suggestion URLs. */
export function searchUrls(): { searches: { path: string; class: QueryClass }[]; suggestions: string[] } {
  const seen = new Set<string>()
  const searches = storeSearchMix().flatMap((entry) => {
    const path = searchPath(entry.params)
    if (seen.has(path)) return []
    seen.add(path)
    return [{ path, class: entry.class }]
  })
  return { searches, suggestions: [...new Set(suggestPrefixes().map(suggestPath))] }
}

async function timedGet<T>(origin: string, path: string): Promise<{ body: T; ms: number }> {
  const started = performance.now()
  const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(30_000) })
  const text = await response.text()
  const ms = performance.now() - started
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${text.slice(0, 500)}`)
  return { body: JSON.parse(text) as T, ms }
}

type SuggestBody = { products: unknown[]; categories: unknown[]; brands: unknown[] }

/** Each distinct URL once, one at a time: the latency of a search on an idle server, and its total. */
async function askEachOnce(origin: string, urls: ReturnType<typeof searchUrls>) {
  const times: number[] = []
  const timesByClass = new Map<QueryClass, number[]>()
  const byClass: Partial<Record<QueryClass, ClassFinds>> = {}
  let none = 0
  for (const { path, class: kind } of urls.searches) {
    const { body, ms } = await timedGet<{ total: number }>(origin, path)
    times.push(ms)
    timesByClass.set(kind, [...(timesByClass.get(kind) ?? []), ms])
    const finds = (byClass[kind] ??= { none: 0, of: 0, meanTotal: 0 })
    finds.meanTotal = (finds.meanTotal * finds.of + body.total) / (finds.of + 1)
    finds.of++
    if (body.total === 0) {
      none++
      finds.none++
    }
  }
  const suggestTimes: number[] = []
  let emptySuggestions = 0
  for (const path of urls.suggestions) {
    const { body, ms } = await timedGet<SuggestBody>(origin, path)
    suggestTimes.push(ms)
    if (body.products.length + body.categories.length + body.brands.length === 0) emptySuggestions++
  }
  return {
    single: {
      search: latency(times),
      suggest: latency(suggestTimes),
      byClass: Object.fromEntries([...timesByClass].map(([c, t]) => [c, latency(t)])),
    },
    zero: { searches: urls.searches.length, none, byClass, emptySuggestions, suggestions: urls.suggestions.length },
  }
}

/** Warm-up, then the measured run with the server's /metrics read at both ends of it. */
async function load(
  server: StartedServer,
  backend: Backend,
  paths: string[],
  route: string,
  settings: LoadSettings,
  hello: ScenarioResult,
): Promise<SearchLoad> {
  const databaseUrl = backend.env.DATABASE_URL
  const source = rotate(paths)
  if (settings.warmupSeconds > 0)
    await measure(server.origin, source, { ...settings, durationSeconds: settings.warmupSeconds, warmupSeconds: 0 })
  const timing = serverTimingWatcher(server.origin)
  const cpu = cpuWatcher(server.child.pid, databaseUrl ? new URL(databaseUrl).pathname.slice(1) : undefined)
  const database = databaseUrl ? await databaseWatcher(databaseUrl) : undefined
  timing.open()
  cpu.open()
  database?.open()
  const result = await measure(server.origin, source, { ...settings, warmupSeconds: 0 }, () => cpuSeconds(server.child.pid))
  database?.close()
  const cores = cpu.close()
  timing.close()
  const inside = await timing.result()
  const perCpu = (r: { requestsPerSecond: number; serverCpu: number | null }) => (r.serverCpu ? r.requestsPerSecond / r.serverCpu : null)
  const mine = perCpu(result)
  const theirs = perCpu(hello)
  return {
    ...result,
    ratioToHello: result.requestsPerSecond / hello.requestsPerSecond,
    ratioPerCpu: mine !== null && theirs ? mine / theirs : null,
    serverMeanMs: inside?.routes.find((r) => r.route === `GET ${route}`)?.meanMs ?? null,
    eventLoopLagMeanMs: inside?.eventLoopLagMeanMs ?? null,
    eventLoopLagP99Ms: inside?.eventLoopLagP99Ms ?? null,
    cores,
    database: await database?.result(),
  }
}

const describe = (l: SearchLoad) =>
  `${Math.round(l.requestsPerSecond).toLocaleString('en')} req/s, p50 ${l.p50Ms} ms, p99 ${l.p99Ms} ms, ${l.bytesPerRequest.toLocaleString('en')} bytes each, ` +
  `${(l.ratioToHello * 100).toFixed(1)} % of hello (${l.ratioPerCpu === null ? '?' : (l.ratioPerCpu * 100).toFixed(1)} % per CPU-s); ` +
  `cores: server ${l.cores?.server ?? '?'}, database ${l.cores?.database ?? '-'}, client ${l.cores?.client ?? '?'}, others ${othersCores(l) ?? '?'}; ` +
  `CPU per request ${cpuMsPerRequest(l) ?? '?'} ms; server's own mean ${l.serverMeanMs ?? '?'} ms, event-loop delay mean ${l.eventLoopLagMeanMs ?? '?'} ms` +
  (l.non2xx + l.errors + l.timeouts ? `  (${l.non2xx} non-2xx, ${l.errors} errors, ${l.timeouts} timeouts)` : '') +
  (l.database
    ? `\n      database sessions (mean of ${l.database.samples} samples): ` +
      Object.entries(l.database.sessions)
        .map(([state, n]) => `${state} ${n}`)
        .join(', ') +
      l.database.statements
        .filter((s) => s.state === 'active')
        .slice(0, 3)
        .map((s) => `\n        ${s.sessions} active running: ${s.statement}`)
        .join('')
    : '')

/** The same loads on a server with the answer cache on: the warm-up fills it, so the measured window repeats cached answers. */
async function runCached(deps: SearchScenarioDeps, engine: EngineName, urls: ReturnType<typeof searchUrls>) {
  const server = await deps.start(engine)
  try {
    process.stdout.write(`    answer cache on: GET /store/search … `)
    const paths = urls.searches.map((s) => s.path)
    const search = await load(server, deps.backend, paths, '/store/search', deps.settings, deps.hello)
    console.log(describe(search))
    process.stdout.write(`    answer cache on: GET /store/search/suggest … `)
    const suggest = await load(server, deps.backend, urls.suggestions, '/store/search/suggest', deps.settings, deps.hello)
    console.log(describe(suggest))
    return { readySeconds: server.readySeconds, search, suggest }
  } finally {
    await server.child.stop()
  }
}

async function runEngine(deps: SearchScenarioDeps, engine: EngineName): Promise<SearchEngineResult> {
  const { backend, settings, hello } = deps
  const urls = searchUrls()
  // First with the answer cache off, so every request runs the engine; then on, further down.
  const server = await deps.start(engine, { SEARCH_CACHE_MB: '0' })
  let result: Omit<SearchEngineResult, 'inProcess'>
  try {
    const line = /search index ready: (\d+) products in ([\d.]+) s/.exec(server.child.tail())
    const indexed = line ? { documents: Number(line[1]), seconds: Number(line[2]) } : null
    const rssReadyMiB = rssMiB(server.child.pid)
    console.log(
      `  search, ${engine} engine: /ready after ${server.readySeconds.toFixed(2)} s` +
        (indexed ? ` (the server: ${indexed.documents.toLocaleString('en')} products indexed in ${indexed.seconds} s)` : '') +
        `, RSS ${rssReadyMiB} MiB`,
    )
    const once = await askEachOnce(server.origin, urls)
    console.log(
      `    one at a time: ${urls.searches.length} searches p50 ${once.single.search.p50} ms, p99 ${once.single.search.p99} ms; ` +
        `${urls.suggestions.length} suggestions p50 ${once.single.suggest.p50} ms, p99 ${once.single.suggest.p99} ms; ` +
        `${once.zero.none} searches found nothing (${((once.zero.none / once.zero.searches) * 100).toFixed(1)} %), ` +
        `${once.zero.emptySuggestions} suggestions were empty`,
    )
    process.stdout.write(`    GET /store/search (${urls.searches.length} URLs in rotation) … `)
    const search = await load(
      server,
      backend,
      urls.searches.map((s) => s.path),
      '/store/search',
      settings,
      hello,
    )
    console.log(describe(search))
    process.stdout.write(`    GET /store/search/suggest (${urls.suggestions.length} prefixes in rotation) … `)
    const suggest = await load(server, backend, urls.suggestions, '/store/search/suggest', settings, hello)
    console.log(describe(suggest))
    const rssAfterLoadMiB = rssMiB(server.child.pid)
    result = {
      engine,
      backend: backend.label,
      startupSeconds: server.startupSeconds,
      readySeconds: server.readySeconds,
      indexed,
      rssReadyMiB,
      rssAfterLoadMiB,
      ...once,
      search,
      suggest,
    }
  } finally {
    await server.child.stop()
  }
  result.cached = await runCached(deps, engine, urls)
  // The server has stopped: PGlite's data directory is free for the in-process run.
  const env = childEnv(backend, {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    SEARCH_ENGINE: engine,
    SEARCH_CACHE_MB: '0',
  })
  const out = await runNode('search in process', IN_PROCESS_CLI, ['--rounds', String(deps.rounds)], env)
  const inProcess = JSON.parse(out.trim().split('\n').at(-1)!) as InProcessReport
  console.log(
    `    in process (${inProcess.queries} queries × ${deps.rounds}): engine p50 ${inProcess.engineAll.p50} ms, p99 ${inProcess.engineAll.p99} ms; ` +
      `store search (engine + cards) p50 ${inProcess.storeAll.p50} ms, p99 ${inProcess.storeAll.p99} ms; ` +
      `suggest p50 ${inProcess.suggest.p50} ms, p99 ${inProcess.suggest.p99} ms; ` +
      `start ${inProcess.startSeconds} s${inProcess.built ? '' : ' (index found built)'}` +
      (inProcess.readSeconds === null ? '' : ` (reading the catalog alone: ${inProcess.readSeconds} s)`) +
      `, RSS ${inProcess.rssBeforeMiB} → ${inProcess.rssAfterMiB} MiB`,
  )
  return { ...result, inProcess }
}

/** Every engine in turn on this backend; the memory engine first, so the PostgreSQL engine's first start is its build. */
export async function runSearchScenario(deps: SearchScenarioDeps): Promise<SearchEngineResult[]> {
  const results: SearchEngineResult[] = []
  for (const engine of [...deps.engines].sort((a, b) => (a === 'memory' ? -1 : b === 'memory' ? 1 : 0)))
    results.push(await runEngine(deps, engine))
  return results
}
