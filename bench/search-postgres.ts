/**
 * The PostgreSQL search engine at catalog scale: builds the index from generated documents through
 * the engine (replaceAll), then runs a mixed query set one query at a time (exact words, typos,
 * prefixes, filters, facets, sorts, the partial-match fallback, suggestions) and prints build time,
 * latency per kind (p50/p99) and index size. The database is created for the run and dropped at the end.
 *
 *   node --import tsx bench/search-postgres.ts [--products 100000] [--queries 600] [--database postgres|pglite]
 *
 * BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server on which
 * a fresh search_bench_<random> database is created.
 */
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { sql } from 'kysely'
import { parseArgs } from '../apps/server/src/cli-args.js'
import { createDatabase, dropDatabase } from '../apps/server/test/postgres-databases.js'
import { openDatabase, type DatabaseHandle } from '../apps/server/src/platform/db/database.js'
import { migrate } from '../apps/server/src/platform/db/migrations.js'
import { createPostgresSearchEngine } from '../apps/server/src/modules/search/engine/postgres/index.js'
import type { SearchEngine, SearchQuery } from '../apps/server/src/modules/search/engine/port.js'
import {
  ADJECTIVES,
  BRANDS,
  CATEGORIES,
  COLOURS,
  documentBatches,
  generateDocument,
  MATERIALS,
  pick,
  random,
} from './search-postgres-documents.js'

const USAGE = 'node --import tsx bench/search-postgres.ts [--products 100000] [--queries 600] [--database postgres|pglite]'
const PRICE_BUCKETS = [0, 2500, 5000, 10_000, 20_000, 50_000]

function options() {
  const { flags } = parseArgs(process.argv.slice(2))
  const int = (name: string, fallback: number) => {
    const value = flags[name] === undefined ? fallback : Number(flags[name])
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number\n${USAGE}`)
    return value
  }
  const database = flags.database ?? 'postgres'
  if (database !== 'postgres' && database !== 'pglite') throw new Error(`--database is postgres or pglite\n${USAGE}`)
  const kind: 'postgres' | 'pglite' = database === 'pglite' ? 'pglite' : 'postgres'
  return { products: int('products', 100_000), queries: int('queries', 600), database: kind }
}

async function openBenchDatabase(kind: 'postgres' | 'pglite'): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const handle = await openDatabase({ kind: 'pglite' })
    return { handle, drop: () => handle.close() }
  }
  const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const name = `search_bench_${randomBytes(5).toString('hex')}`
  const handle = await openDatabase({ kind: 'postgres', url: await createDatabase(adminUrl, name), poolSize: 4 })
  return {
    handle,
    drop: async () => {
      await handle.close()
      await dropDatabase(adminUrl, name)
    },
  }
}

/** One typo of the kinds shoppers make: a swap, a missing, an extra or a wrong letter (never the first). */
function typo(word: string, next: () => number): string {
  const at = 1 + Math.floor(next() * (word.length - 2))
  const letter = pick(next, [...'abcdefghijklmnopqrstuvwxyz'])
  switch (Math.floor(next() * 4)) {
    case 0:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
    case 1:
      return word.slice(0, at) + word.slice(at + 1)
    case 2:
      return word.slice(0, at) + letter + word.slice(at)
    default:
      return word.slice(0, at) + letter + word.slice(at + 1)
  }
}

type Kind = { name: string; make: (next: () => number) => SearchQuery }

const TYPES = CATEGORIES.flatMap((root) => root.leaves.flatMap((leaf) => leaf.types)).flatMap((type) => type.toLowerCase().split(' '))
const longWords = [...ADJECTIVES, ...MATERIALS, ...TYPES].map((w) => w.toLowerCase()).filter((w) => w.length >= 5)
const base = (text: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({
  text,
  currency: 'USD',
  filters: {},
  sort: 'relevance',
  offset: 0,
  limit: 24,
  facets: true,
  priceBuckets: PRICE_BUCKETS,
  ...extra,
})
const leafOf = (next: () => number) => pick(next, pick(next, CATEGORIES).leaves)

const KINDS: Kind[] = [
  { name: 'one word', make: (next) => base(pick(next, TYPES)) },
  { name: 'two words', make: (next) => base(`${pick(next, MATERIALS)} ${pick(next, TYPES)}`.toLowerCase()) },
  { name: 'one typo', make: (next) => base(typo(pick(next, longWords), next)) },
  { name: 'two words, one typo', make: (next) => base(`${pick(next, ADJECTIVES).toLowerCase()} ${typo(pick(next, longWords), next)}`) },
  {
    name: 'prefix',
    make: (next) => base(`${pick(next, MATERIALS).toLowerCase()} ${pick(next, longWords).slice(0, 3 + Math.floor(next() * 3))}`),
  },
  {
    name: 'typo + brand + price',
    make: (next) =>
      base(typo(pick(next, longWords), next), { filters: { brands: [pick(next, BRANDS)], priceMin: 2500, priceMax: 20_000 } }),
  },
  {
    name: 'word + 4 filters',
    make: (next) =>
      base(pick(next, TYPES), {
        filters: {
          categoryIds: [pick(next, CATEGORIES).id],
          inStock: true,
          priceMax: 10_000,
          attributes: { colour: [pick(next, COLOURS)] },
        },
      }),
  },
  {
    name: 'browse category, price sort',
    make: (next) => base('', { filters: { categoryIds: [leafOf(next).id], attributes: { size: ['M', '42'] } }, sort: 'price_asc' }),
  },
  { name: 'browse everything', make: (next) => base('', { sort: pick(next, ['newest', 'bestselling'] as const) }) },
  { name: 'partial match', make: (next) => base(`${pick(next, MATERIALS).toLowerCase()} zqxvw`) },
]

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

const ms = (value: number) => `${value.toFixed(1)} ms`

async function timeQueries(engine: SearchEngine, count: number, seed: number) {
  const next = random(seed)
  const byKind = new Map<string, { times: number[]; totals: number[] }>()
  const slowest: { ms: number; kind: string; query: SearchQuery; total: number }[] = []
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length]!
    const query = kind.make(next)
    const started = performance.now()
    const result = await engine.search(query)
    const elapsed = performance.now() - started
    const entry = byKind.get(kind.name) ?? { times: [], totals: [] }
    entry.times.push(elapsed)
    entry.totals.push(result.total)
    byKind.set(kind.name, entry)
    slowest.push({ ms: elapsed, kind: kind.name, query, total: result.total })
    slowest.sort((a, b) => b.ms - a.ms).splice(5)
  }
  return { byKind, slowest }
}

async function timeSuggestions(engine: SearchEngine, count: number, seed: number): Promise<number[]> {
  const next = random(seed)
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const word = pick(next, longWords)
    const prefix = i % 3 === 2 ? typo(word, next).slice(0, 5) : word.slice(0, 2 + Math.floor(next() * 4))
    const started = performance.now()
    await engine.suggest(prefix, 'USD', 10)
    times.push(performance.now() - started)
  }
  return times
}

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b)
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1)! }
}

async function main() {
  const opts = options()
  console.log(`search bench: ${opts.products.toLocaleString('en')} products, ${opts.queries} queries, ${opts.database}`)
  const { handle, drop } = await openBenchDatabase(opts.database)
  try {
    const server = await sql<{ version: string; shared_buffers: string }>`
      select split_part(version(), ' on ', 1) as version, current_setting('shared_buffers') as shared_buffers`.execute(handle.db)
    console.log(`${server.rows[0]!.version}, shared_buffers ${server.rows[0]!.shared_buffers}`)
    await migrate(handle.db)
    const engine = createPostgresSearchEngine(handle.db)
    await engine.setDictionary({
      synonyms: [
        ['tee', 't-shirt', 'tshirt'],
        ['jumper', 'sweater', 'pullover'],
      ],
      stopWords: ['the', 'for', 'with'],
    })

    let started = performance.now()
    const built = await engine.replaceAll(documentBatches(opts.products))
    const buildSeconds = (performance.now() - started) / 1000
    console.log(
      `build: ${built.documents.toLocaleString('en')} documents in ${buildSeconds.toFixed(1)} s (${Math.round(built.documents / buildSeconds)} docs/s)`,
    )
    const sizes = await sql<{ name: string; bytes: number }>`
      select relname as name, pg_total_relation_size(oid)::bigint as bytes from pg_class
      where relname in ('search_document', 'search_price', 'search_term', 'search_label') order by relname`.execute(handle.db)
    console.log(`size: ${sizes.rows.map((r) => `${r.name} ${(Number(r.bytes) / 1_048_576).toFixed(1)} MB`).join(', ')}`)
    const terms = await sql<{ n: number }>`select count(*)::int as n from search_term`.execute(handle.db)
    console.log(`vocabulary: ${terms.rows[0]!.n} words`)

    await timeQueries(engine, Math.min(100, opts.queries), 1)
    started = performance.now()
    const { byKind, slowest } = await timeQueries(engine, opts.queries, 2)
    const wall = performance.now() - started
    const all = [...byKind.values()].flatMap((entry) => entry.times)
    console.log(`\nsearch (${all.length} queries, facets on, one at a time, ${(all.length / (wall / 1000)).toFixed(0)} queries/s):`)
    console.log(`${'kind'.padEnd(30)} ${'p50'.padStart(9)} ${'p99'.padStart(9)} ${'max'.padStart(9)}  mean total`)
    for (const [name, entry] of byKind) {
      const s = summary(entry.times)
      const meanTotal = Math.round(entry.totals.reduce((a, b) => a + b, 0) / entry.totals.length)
      console.log(`${name.padEnd(30)} ${ms(s.p50).padStart(9)} ${ms(s.p99).padStart(9)} ${ms(s.max).padStart(9)}  ${meanTotal}`)
    }
    const overall = summary(all)
    console.log(`${'all'.padEnd(30)} ${ms(overall.p50).padStart(9)} ${ms(overall.p99).padStart(9)} ${ms(overall.max).padStart(9)}`)
    console.log('slowest:')
    for (const s of slowest)
      console.log(
        `  ${ms(s.ms).padStart(9)}  ${s.kind}: ${JSON.stringify(s.query.text)} ${JSON.stringify(s.query.filters)} ${s.query.sort} → ${s.total}`,
      )

    const suggestions = summary(await timeSuggestions(engine, Math.max(100, Math.round(opts.queries / 3)), 3))
    console.log(
      `suggest (limit 10)               ${ms(suggestions.p50).padStart(9)} ${ms(suggestions.p99).padStart(9)} ${ms(suggestions.max).padStart(9)}`,
    )

    const next = random(4)
    const changed = Array.from({ length: 100 }, (_, i) => generateDocument(1 + Math.floor((i / 100) * opts.products), next))
    started = performance.now()
    for (const doc of changed.slice(0, 20)) await engine.upsert([doc])
    const single = (performance.now() - started) / 20
    started = performance.now()
    await engine.upsert(changed)
    const hundred = performance.now() - started
    console.log(`\nupsert: one document ${ms(single)}, a batch of 100 ${ms(hundred)}`)
  } finally {
    await drop()
  }
}

await main()
