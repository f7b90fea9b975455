/**
 * The search engine in process, on the very catalog the server under test serves: opens the shop with
 * the server's configuration from the environment (SEARCH_ENGINE, DATABASE_URL or DATA_DIR), builds the
 * index as the server does at start (the search service's start: the catalog read in batches of 1,000;
 * the PostgreSQL engine builds only when its table is empty), then times the scenario's query mix one
 * query at a time, twice per query: the engine alone, and the whole store search the route calls (the
 * engine, then the hits' listing cards from the catalog, then the facet names). Prints one JSON line.
 *
 * For the in-process engine the catalog is first read once the same way without indexing it: that
 * times the reading alone, and the memory the database takes for it (PGlite grows its heap and keeps
 * it) is then part of the baseline, so the RSS growth over the build is the index's.
 *
 *   SEARCH_ENGINE=memory DATA_DIR=/tmp/shop node --import tsx bench/search-inprocess.ts [--rounds 3]
 *
 * search-scenario.ts runs it while no server holds the database (PGlite allows one process).
 */
import { performance } from 'node:perf_hooks'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { parseArgs } from '../apps/server/src/cli-args.js'
import { buildServices, type Services } from '../apps/server/src/app.js'
import { loadConfig } from '../apps/server/src/config.js'
import { migrate } from '../apps/server/src/platform/db/migrations.js'
import { toSearchDocument } from '../apps/server/src/modules/search/documents.js'
import { latency, type Latency } from './search-report.js'
import { QUERY_CLASSES, storeSearchMix, suggestPrefixes, toEngineQuery, toQueryString, type QueryClass } from './search-queries.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

export interface InProcessReport {
  engine: 'memory' | 'postgres'
  documents: number
  /** Seconds the search service's start took; `built` says whether it built the index or found one. */
  startSeconds: number
  /** In-process engine: seconds to read the whole catalog as the build does, without indexing it. */
  readSeconds: number | null
  built: boolean
  rssBeforeMiB: number
  rssAfterMiB: number
  heapGrowthMiB: number
  /** Engine alone, per class and over the whole mix. */
  engineByClass: Partial<Record<QueryClass, Latency>>
  engineAll: Latency
  /** The route's work without HTTP: engine, listing cards of the hits, facet names. */
  storeAll: Latency
  suggest: Latency
  zeroByClass: Partial<Record<QueryClass, number>>
  queries: number
}

const mib = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10
function settled() {
  gc()
  gc()
  return process.memoryUsage()
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const result = await work()
  return [result, performance.now() - started]
}

/** Every search document, read as the search service's build reads them (batches of 1,000), then dropped. */
async function readCatalog({ catalog, inventory, orders }: Services): Promise<number> {
  let afterId: string | null = null
  let documents = 0
  for (;;) {
    const facts = await catalog.searchFacts({ afterId, limit: 1000 })
    if (facts.length === 0) return documents
    const [sellable, sold] = await Promise.all([
      inventory.sellableVariants(facts.flatMap((f) => f.variantIds)),
      orders.unitsSold(facts.map((f) => f.id)),
    ])
    documents += facts.map((f) => toSearchDocument(f, sellable, sold)).length
    afterId = facts.at(-1)!.id
  }
}

async function main() {
  const { flags } = parseArgs(process.argv.slice(2))
  const rounds = flags.rounds === undefined ? 3 : Number(flags.rounds)
  if (!Number.isSafeInteger(rounds) || rounds <= 0) throw new Error('--rounds must be a positive whole number')
  const services = await buildServices(loadConfig())
  try {
    await migrate(services.database.db)
    const { search, storeSearch } = services
    const engine = services.config.searchEngine
    const [, readMs] = engine === 'memory' ? await timed(() => readCatalog(services)) : [0, null]
    const before = settled()
    const built = engine === 'memory' || (await search.size()) === 0
    const [, startMs] = await timed(() => search.start({ follow: false }))
    const after = settled()

    const taxonomy = await search.taxonomy()
    const idOf = new Map(taxonomy.categories.map((c) => [c.handle, c.id]))
    const mix = storeSearchMix().map((entry) => ({ ...entry, query: toEngineQuery(entry.params, (h) => idOf.get(h)) }))
    const prefixes = suggestPrefixes()
    // Warm-up: the first pass compiles the hot paths and fills the database's caches.
    for (const entry of mix) await storeSearch(toQueryString(entry.params))

    const byClass = new Map<QueryClass, number[]>()
    const engineAll: number[] = []
    const storeAll: number[] = []
    const zero = new Map<QueryClass, number>()
    for (let round = 0; round < rounds; round++) {
      for (const entry of mix) {
        const [result, ms] = await timed(() => search.search(entry.query))
        byClass.set(entry.class, [...(byClass.get(entry.class) ?? []), ms])
        engineAll.push(ms)
        if (round === 0 && result.total === 0) zero.set(entry.class, (zero.get(entry.class) ?? 0) + 1)
        storeAll.push((await timed(() => storeSearch(toQueryString(entry.params))))[1])
      }
    }
    const suggest: number[] = []
    for (let round = 0; round < rounds; round++)
      for (const prefix of prefixes) suggest.push((await timed(() => search.suggest(prefix, 'USD', 8)))[1])

    const report: InProcessReport = {
      engine,
      documents: await search.size(),
      startSeconds: Math.round(startMs) / 1000,
      readSeconds: readMs === null ? null : Math.round(readMs) / 1000,
      built,
      rssBeforeMiB: mib(before.rss),
      rssAfterMiB: mib(after.rss),
      heapGrowthMiB: mib(after.heapUsed - before.heapUsed),
      engineByClass: Object.fromEntries(QUERY_CLASSES.filter((c) => byClass.has(c)).map((c) => [c, latency(byClass.get(c)!)])),
      engineAll: latency(engineAll),
      storeAll: latency(storeAll),
      suggest: latency(suggest),
      zeroByClass: Object.fromEntries(zero),
      queries: mix.length,
    }
    console.log(JSON.stringify(report))
  } finally {
    await services.close()
  }
}

await main()
