/**
 * Microbenchmark of the embedded search engine, in process: builds the index over N generated
 * products, then runs a fixed query mix (plain words, 1- and 2-typo words, brand + type, prefixes,
 * filters, category browsing, all with facets) and suggestions, and prints latency per class,
 * build time, memory, and the cost of upserts, removals and a compaction.
 *
 *   node --import tsx bench/search-memory.ts [--products 100000] [--rounds 8]
 *
 * Benchmarks are not tests: nothing fails on a threshold. The aims (100,000 products): p99 under
 * 10 ms for every query class, RSS growth under 300 MB, a build measured in seconds.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { parseArgs } from '../apps/server/src/cli-args.js'
import { createMemorySearchEngine } from '../apps/server/src/modules/search/engine/memory/index.js'
import { catalogBatches, CATEGORY_COUNT, makeProduct, queryMix, random, suggestMix, type QueryClass } from './search-fixture.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const { flags } = parseArgs(process.argv.slice(2))
const products = flags.products === undefined ? 100_000 : Number(flags.products)
const rounds = flags.rounds === undefined ? 8 : Number(flags.rounds)
if (!Number.isSafeInteger(products) || products <= 0) throw new Error('--products must be a positive whole number')
if (!Number.isSafeInteger(rounds) || rounds <= 0) throw new Error('--rounds must be a positive whole number')

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
function settledMemory() {
  gc()
  gc()
  return process.memoryUsage()
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1]! }
}

const fmt = (ms: number) => ms.toFixed(2).padStart(7)
function printRow(label: string, samples: number[]) {
  const s = percentiles(samples)
  console.log(`${label.padEnd(14)} ${String(s.n).padStart(6)} ${fmt(s.p50)} ${fmt(s.p95)} ${fmt(s.p99)} ${fmt(s.max)}`)
}

console.log(`search-memory: ${products.toLocaleString('en')} products, ${CATEGORY_COUNT} categories, node ${process.version}`)
const before = settledMemory()
const engine = createMemorySearchEngine()
await engine.setDictionary({
  synonyms: [
    ['tee', 't-shirt', 'tshirt'],
    ['sweater', 'jumper', 'pullover'],
    ['sneakers', 'trainers'],
  ],
  stopWords: ['the', 'for', 'with', 'and', 'a', 'of'],
})
const generationStarted = performance.now()
for await (const batch of catalogBatches(products)) batch.length = 0
const generationMs = performance.now() - generationStarted
const loop = monitorEventLoopDelay({ resolution: 1 })
loop.enable()
const started = performance.now()
const { documents } = await engine.replaceAll(catalogBatches(products))
const buildMs = performance.now() - started
loop.disable()
const after = settledMemory()
console.log(
  `build          ${(buildMs / 1000).toFixed(2)} s for ${documents.toLocaleString('en')} documents, of which generating them ${(generationMs / 1000).toFixed(2)} s; ` +
    `longest event-loop stall ${(loop.max / 1e6).toFixed(0)} ms`,
)
console.log(
  `memory         RSS ${mb(before.rss)} → ${mb(after.rss)} (+${mb(after.rss - before.rss)}), heap +${mb(after.heapUsed - before.heapUsed)}, array buffers +${mb(after.arrayBuffers - before.arrayBuffers)}`,
)
const stats = engine.stats()
console.log(`index          ${stats.terms.toLocaleString('en')} terms, ${stats.basePostings.toLocaleString('en')} postings`)

const mix = queryMix()
const suggestions = suggestMix()
for (const { query } of mix.slice(0, 300)) await engine.search(query)
for (const prefix of suggestions.slice(0, 50)) await engine.suggest(prefix, 'USD', 8)

const samples = new Map<QueryClass | 'suggest' | 'all', number[]>()
const record = (key: QueryClass | 'suggest' | 'all', ms: number) => {
  const list = samples.get(key) ?? []
  list.push(ms)
  samples.set(key, list)
}
let found = 0
let corrected = 0
let typoQueries = 0
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < mix.length; i++) {
    const { class: kind, query, meant } = mix[i]!
    const t0 = performance.now()
    const result = await engine.search(query)
    const ms = performance.now() - t0
    record(kind, ms)
    record('all', ms)
    if (round === 0 && meant) {
      typoQueries++
      if (result.total > 0) found++
      if (result.interpretedAs === meant) corrected++
    }
    if (i % 4 === 0) {
      const prefix = suggestions[(round * mix.length + i) % suggestions.length]!
      const s0 = performance.now()
      await engine.suggest(prefix, 'USD', 8)
      record('suggest', performance.now() - s0)
    }
  }
}

console.log(`\nquery latency (ms)      n     p50     p95     p99     max`)
for (const [key, list] of samples) if (key !== 'all') printRow(key, list)
printRow('all searches', samples.get('all')!)
console.log(
  `typo queries   ${found}/${typoQueries} found something, ${corrected}/${typoQueries} read back exactly as meant (interpretedAs)`,
)

// Freshness: replace existing products one at a time (new ordinals, retired old ones), remove some, then compact.
const next = random(2024)
const upserts: number[] = []
for (let i = 0; i < 2000; i++) {
  const doc = makeProduct(Math.floor(next() * products), next)
  const t0 = performance.now()
  await engine.upsert([doc])
  upserts.push(performance.now() - t0)
}
const removals: number[] = []
for (let i = 0; i < 500; i++) {
  const id = `prod_${String(Math.floor(next() * products)).padStart(7, '0')}`
  const t0 = performance.now()
  await engine.remove([id])
  removals.push(performance.now() - t0)
}
console.log(`\nfreshness (ms)          n     p50     p95     p99     max`)
printRow('upsert (1 doc)', upserts)
printRow('remove (1 doc)', removals)
const afterChanges: number[] = []
for (const { query } of mix.slice(0, 350)) {
  const t0 = performance.now()
  await engine.search(query)
  afterChanges.push(performance.now() - t0)
}
printRow('search after', afterChanges)
const c0 = performance.now()
engine.compact()
console.log(`compaction     ${(performance.now() - c0).toFixed(0)} ms (${stats.documents.toLocaleString('en')} documents)`)
const final = settledMemory()
console.log(
  `memory at end  RSS ${mb(final.rss)} (+${mb(final.rss - before.rss)} over the start), heap +${mb(final.heapUsed - before.heapUsed)}`,
)
