/**
 * A generated catalog and a fixed query mix for the search benchmarks: products built from
 * adjective + material + product type vocabularies across a category tree, with brands, colours,
 * sizes, USD and EUR prices, stock and sales, and the queries a storefront sends, typos included.
 * Everything comes from a seeded generator, so every run sees the same products and queries.
 */
import type { SearchDocument, SearchFilters, SearchQuery, SearchSort } from '../apps/server/src/modules/search/engine/port.js'
import {
  ADJECTIVES,
  APPAREL_SIZES,
  BRANDS,
  CARE,
  CATEGORY_TREE,
  COLLECTIONS,
  COLOURS,
  FEATURES,
  SHOE_SIZES,
  TAGS,
  type Branch,
  type Leaf,
} from './search-vocabulary.js'

/** mulberry32: small, fast and good enough for fixtures. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!
const sample = <T>(next: () => number, items: readonly T[], count: number): T[] => {
  const pool = [...items]
  const out: T[] = []
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!)
  return out
}

/**
 * Invented words, so the vocabulary is as large as a real catalog's (product line names, model
 * names, the long tail of description words) rather than a few hundred terms.
 */
function inventedWords(count: number, seed: number): string[] {
  const next = random(seed)
  const onsets = [
    'b',
    'br',
    'c',
    'cl',
    'd',
    'dr',
    'f',
    'fl',
    'g',
    'gr',
    'h',
    'k',
    'l',
    'm',
    'n',
    'p',
    'pr',
    'r',
    's',
    'st',
    't',
    'tr',
    'v',
    'w',
    'z',
  ]
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou']
  const codas = ['', '', 'n', 'r', 'l', 's', 'x', 'nd', 'rt', 'st', 'm']
  const words = new Set<string>()
  while (words.size < count) {
    const syllables = 2 + Math.floor(next() * 2)
    let word = ''
    for (let s = 0; s < syllables; s++) word += pick(next, onsets) + pick(next, vowels) + (s === syllables - 1 ? pick(next, codas) : '')
    words.add(word)
  }
  return [...words]
}

const LINE_NAMES = inventedWords(4000, 11).map((w) => w[0]!.toUpperCase() + w.slice(1))
const LONG_TAIL = inventedWords(30000, 13)
/** Zipf-like pick: low indices far more often, as word frequencies go. */
const zipf = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(items.length * next() ** 3)]!

interface LeafWithPath extends Leaf {
  path: { id: string; name: string }[]
  brands: string[]
}

function leaves(): LeafWithPath[] {
  const out: LeafWithPath[] = []
  const next = random(7)
  const walk = (node: Leaf | Branch, path: { id: string; name: string }[]) => {
    const here = [...path, { id: node.id, name: node.name }]
    if ('children' in node) for (const child of node.children) walk(child, here)
    else out.push({ ...node, path: here, brands: sample(next, BRANDS, 8) })
  }
  for (const root of CATEGORY_TREE) walk(root, [])
  return out
}

export const LEAVES = leaves()
export const CATEGORY_COUNT = new Set(LEAVES.flatMap((l) => l.path.map((p) => p.id))).size

/** Product `i` of the generated catalog; the same seed gives the same product. */
export function makeProduct(i: number, next: () => number): SearchDocument {
  const category = pick(next, LEAVES)
  const type = pick(next, category.types)
  const material = pick(next, category.materials)
  const adjective = pick(next, ADJECTIVES)
  const brand = pick(next, category.brands)
  const colours = sample(next, COLOURS, 1 + Math.floor(next() * 3))
  const line = next() < 0.4 ? zipf(next, LINE_NAMES) : null
  const model = next() < 0.15 ? `${String.fromCharCode(65 + Math.floor(next() * 26))}${Math.floor(100 + next() * 900)}` : null
  const title = [
    next() < 0.6 ? brand : null,
    line,
    adjective,
    next() < 0.8 ? material : null,
    type,
    model,
    next() < 0.1 ? `${pick(next, COLOURS)}` : null,
  ]
    .filter(Boolean)
    .join(' ')
  const usd = Math.round((category.price[0] + next() * (category.price[1] - category.price[0])) * 100) - 1
  const prices: SearchDocument['prices'] = { USD: { min: usd, max: Math.round(usd * (1 + next() * 0.4)) } }
  if (next() < 0.9) prices.EUR = { min: Math.round(usd * 0.92), max: Math.round(prices.USD!.max * 0.92) }
  const attributes: Record<string, string[]> = { colour: colours, material: [material] }
  if (category.sizes === 'apparel') attributes.size = sample(next, APPAREL_SIZES, 3 + Math.floor(next() * 4))
  if (category.sizes === 'shoes') attributes.size = sample(next, SHOE_SIZES, 4 + Math.floor(next() * 6))
  const features = sample(next, FEATURES, 3)
  const description =
    `The ${adjective.toLowerCase()} ${type.toLowerCase()} from ${brand} is made from ${material.toLowerCase()} in ${colours.join(', ').toLowerCase()}. ` +
    `${features.join('. ')}. ${pick(next, CARE)} ` +
    Array.from({ length: 4 + Math.floor(next() * 8) }, () => zipf(next, LONG_TAIL)).join(' ')
  return {
    id: `prod_${String(i).padStart(7, '0')}`,
    handle: `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${i}`,
    title,
    brand,
    productType: type,
    categoryIds: category.path.map((p) => p.id),
    categoryNames: category.path.map((p) => p.name),
    collectionIds: sample(next, COLLECTIONS, Math.floor(next() * 3)),
    tags: [...sample(next, TAGS, 1 + Math.floor(next() * 3)), type.toLowerCase().replace(/\s+/g, '-')],
    description,
    attributes,
    prices,
    inStock: next() < 0.9,
    thumbnail: null,
    createdAt: Date.UTC(2024, 0, 1) + Math.floor(next() * 700 * 86_400_000),
    sales: Math.floor(Math.exp(next() * 8)) - 1,
  }
}

/** The catalog in batches, generated lazily so the documents need not all be held at once. */
export async function* catalogBatches(count: number, batchSize = 1000, seed = 42): AsyncIterable<SearchDocument[]> {
  const next = random(seed)
  for (let start = 0; start < count; start += batchSize) {
    const batch: SearchDocument[] = []
    for (let i = start; i < Math.min(count, start + batchSize); i++) batch.push(makeProduct(i, next))
    yield batch
  }
}

/** One or two edits a shopper makes while typing: a wrong, missing, extra or swapped letter. */
export function misspell(word: string, edits: number, next: () => number, keepLength = false): string {
  let out = word
  for (let e = 0; e < edits; e++) {
    const kinds = keepLength ? ['substitute', 'swap'] : ['substitute', 'delete', 'insert', 'swap']
    const kind = pick(next, kinds)
    const at = 1 + Math.floor(next() * (out.length - 2))
    const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)]!
    if (kind === 'substitute') out = out.slice(0, at) + (letter === out[at] ? 'q' : letter) + out.slice(at + 1)
    else if (kind === 'delete') out = out.slice(0, at) + out.slice(at + 1)
    else if (kind === 'insert') out = out.slice(0, at) + letter + out.slice(at)
    else if (out[at] !== out[at + 1]) out = out.slice(0, at) + out[at + 1] + out[at] + out.slice(at + 2)
    else out = out.slice(0, at) + 'x' + out.slice(at + 1)
  }
  return out
}

export type QueryClass = 'plain' | 'typo-1' | 'typo-2' | 'brand+type' | 'prefix' | 'filtered' | 'browse'

export interface BenchQuery {
  class: QueryClass
  query: SearchQuery
  /** For typo queries: what the shopper meant, to check the correction. */
  meant?: string
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)

/** The fixed query mix: about 100 queries per class. */
export function queryMix(seed = 99): BenchQuery[] {
  const next = random(seed)
  const types = [...new Set(LEAVES.flatMap((l) => l.types))]
  const materials = [...new Set(LEAVES.flatMap((l) => l.materials))]
  const base = (text: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({
    text,
    currency: next() < 0.8 ? 'USD' : 'EUR',
    filters: {},
    sort: 'relevance',
    offset: 0,
    limit: 24,
    facets: true,
    priceBuckets: [0, 2500, 5000, 10000, 20000, 50000],
    ...extra,
  })
  const plainText = () => {
    const leaf = pick(next, LEAVES)
    const roll = next()
    if (roll < 0.35) return `${pick(next, leaf.materials)} ${pick(next, leaf.types)}`.toLowerCase()
    if (roll < 0.6) return `${pick(next, ADJECTIVES)} ${pick(next, leaf.types)}`.toLowerCase()
    if (roll < 0.8) return pick(next, leaf.types).toLowerCase()
    return `${pick(next, COLOURS)} ${pick(next, leaf.types)}`.toLowerCase()
  }
  const longWords = [...new Set([...types, ...materials, ...ADJECTIVES].flatMap(words))].filter((w) => w.length >= 8)
  const midWords = [...new Set([...types, ...materials, ...ADJECTIVES].flatMap(words))].filter((w) => w.length >= 5 && w.length < 8)
  const out: BenchQuery[] = []
  for (let i = 0; i < 100; i++) {
    out.push({ class: 'plain', query: base(plainText()) })

    const meant1 = pick(next, midWords)
    const other = next() < 0.5 ? pick(next, types).toLowerCase() : ''
    out.push({ class: 'typo-1', query: base(`${misspell(meant1, 1, next)} ${other}`.trim()), meant: `${meant1} ${other}`.trim() })

    const meant2 = pick(next, longWords)
    out.push({ class: 'typo-2', query: base(misspell(meant2, 2, next, true)), meant: meant2 })

    const leaf = pick(next, LEAVES)
    out.push({ class: 'brand+type', query: base(`${pick(next, leaf.brands)} ${pick(next, leaf.types)}`.toLowerCase()) })

    const prefixOf = pick(next, leaf.types).toLowerCase()
    const cut = prefixOf.slice(0, Math.max(2, Math.min(prefixOf.length - 1, 2 + Math.floor(next() * 4))))
    out.push({ class: 'prefix', query: base(next() < 0.5 ? `${pick(next, leaf.materials).toLowerCase()} ${cut}` : cut) })

    const filters: SearchFilters = {}
    if (next() < 0.6) filters.brands = sample(next, leaf.brands, 1 + Math.floor(next() * 2))
    if (next() < 0.6) filters.priceMin = 2000 + Math.floor(next() * 3) * 1000
    if (next() < 0.6) filters.priceMax = 10000 + Math.floor(next() * 10) * 2000
    if (next() < 0.5) filters.inStock = true
    if (next() < 0.4) filters.attributes = { colour: sample(next, COLOURS, 1 + Math.floor(next() * 2)) }
    const text = next() < 0.3 ? misspell(pick(next, midWords), 1, next) : plainText()
    const sorts: SearchSort[] = ['relevance', 'relevance', 'price_asc', 'bestselling']
    out.push({ class: 'filtered', query: base(text, { filters, sort: pick(next, sorts) }) })

    const browseFilters: SearchFilters = { categoryIds: [pick(next, leaf.path).id] }
    if (next() < 0.5) browseFilters.attributes = { colour: [pick(next, COLOURS)] }
    const browseSorts: SearchSort[] = ['relevance', 'price_asc', 'price_desc', 'newest', 'bestselling']
    out.push({
      class: 'browse',
      query: base('', { filters: browseFilters, sort: pick(next, browseSorts), offset: Math.floor(next() * 3) * 24 }),
    })
  }
  return out
}

/** Prefixes typed into the search box, one to eight letters of brand, type and category names. */
export function suggestMix(seed = 123): string[] {
  const next = random(seed)
  const names = [...BRANDS, ...LEAVES.flatMap((l) => l.types), ...LEAVES.map((l) => l.name)]
  return Array.from({ length: 200 }, () => {
    const name = pick(next, names).toLowerCase()
    return name.slice(0, 1 + Math.floor(next() * Math.min(8, name.length)))
  })
}
