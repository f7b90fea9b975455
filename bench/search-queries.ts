/**
 * The search scenario's queries, made only of words the demo generator uses, so they find products in
 * the catalog `--products N` bulk-loads (and in the demo shop): blueprint nouns, styles, materials and
 * model names, brands, category names and handles, colours, sizes and attribute values. The classes
 * and the typo maker are those of search-fixture.ts (the microbenchmark's mix); the vocabulary is the
 * demo's. Seeded: every run asks the same queries in the same order.
 */
import { PRODUCT_BLUEPRINTS, type ProductBlueprint } from '../apps/server/src/modules/catalog/demo/blueprints/index.js'
import { BRANDS } from '../apps/server/src/modules/catalog/demo/brands.js'
import { DEMO_CATEGORIES } from '../apps/server/src/modules/catalog/demo/categories.js'
import { APPAREL_SIZES } from '../apps/server/src/modules/catalog/demo/blueprints/types.js'
import type { SearchFilters, SearchQuery, SearchSort } from '../apps/server/src/modules/search/engine/port.js'
import type { SearchQueryString } from '../apps/server/src/modules/search/schemas.js'
import { PRICE_BUCKETS } from '../apps/server/src/modules/search/store-search.js'
import { misspell, random, type QueryClass } from './search-fixture.js'

export type { QueryClass } from './search-fixture.js'
export const QUERY_CLASSES: readonly QueryClass[] = ['plain', 'typo-1', 'typo-2', 'brand+type', 'prefix', 'filtered', 'browse']

/** A shopper's search as the storefront sends it: the query string of GET /store/search. */
export interface StoreSearchParams {
  q: string
  brand?: string[]
  category?: string[]
  minPrice?: number
  maxPrice?: number
  inStock?: boolean
  /** `attribute:value` pairs. */
  filter?: string[]
  sort?: SearchSort
  page?: number
}

export interface MixEntry {
  class: QueryClass
  params: StoreSearchParams
}

const PAGE_SIZE = 24
const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!
const lower = (text: string) => text.toLowerCase()
/** A copy in random order (Fisher–Yates). */
function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}
const words = (text: string) =>
  lower(text)
    .split(/[^a-z]+/)
    .filter(Boolean)

/** Blueprints in proportion to their share of the catalog, as the generator picks them. */
function blueprintPicker(): (next: () => number) => ProductBlueprint {
  const total = PRODUCT_BLUEPRINTS.reduce((sum, b) => sum + b.frequency, 0)
  return (next) => {
    let target = next() * total
    for (const blueprint of PRODUCT_BLUEPRINTS) if ((target -= blueprint.frequency) < 0) return blueprint
    return PRODUCT_BLUEPRINTS.at(-1)!
  }
}

const parentOf = new Map(DEMO_CATEGORIES.map((c) => [c.handle, c.parentHandle ?? null]))
const categoryName = new Map(DEMO_CATEGORIES.map((c) => [c.handle, c.name]))

/** The leaf's handle and its ancestors', leaf first. */
function categoryPath(handle: string): string[] {
  const path: string[] = []
  for (let at: string | null | undefined = handle; at; at = parentOf.get(at)) path.push(at)
  return path
}

/** Words a product of this blueprint carries in its title, brand, category names or description. */
function vocabulary(b: ProductBlueprint): string[] {
  const names = categoryPath(b.categoryHandle).map((h) => categoryName.get(h)!)
  return [...new Set([...b.nouns, ...b.styles, ...b.materials, ...(b.models ?? []), ...b.brands, ...names].flatMap(words))]
}

/** An attribute filter a product of this blueprint can pass: a size, a colour or one of its attributes. */
function attributeFilter(b: ProductBlueprint, next: () => number): string {
  const v = b.variants
  const roll = next()
  if (v.kind === 'size-and-colour' && roll < 0.5) return `size:${pick(next, APPAREL_SIZES)}`
  if (v.kind === 'shoe-size-and-colour' && roll < 0.5) return `size:EU ${40 + Math.floor(next() * 5)}`
  if ('palette' in v && roll < 0.8) return `colour:${pick(next, v.palette)}`
  // The catalog splits a stored attribute at ", " into several values: such values are never whole.
  const attributes = Object.entries(b.attributes ?? {})
    .map(([name, values]) => [name, values.filter((value) => !value.includes(', '))] as const)
    .filter(([, values]) => values.length > 0)
  if (attributes.length === 0) return `material:${pick(next, b.materials)}`
  const [name, values] = pick(next, attributes)
  return `${lower(name)}:${pick(next, values)}`
}

/** A band inside the blueprint's price range, in USD minor units. */
function priceBand(b: ProductBlueprint, next: () => number): { minPrice: number; maxPrice: number } {
  const [low, high] = b.priceUsd
  const span = high - low
  return { minPrice: Math.round(low + span * 0.3 * next()) * 100, maxPrice: Math.round(high - span * 0.3 * next()) * 100 }
}

/**
 * The fixed mix: `perClass` queries of each class, interleaved so a rotation over them mixes classes.
 * plain: a noun, or style or material and noun; typo-1: a 5–7 letter word with one wrong, missing,
 * extra or swapped letter (plus a noun half the time); typo-2: a word of 8+ letters with two changed
 * or swapped letters; brand+type: brand and noun; prefix: the first 2–5 letters of a word, after a
 * whole word half the time; filtered: words plus two to five of brand, category (leaf or parent),
 * price band, in stock and an attribute, sorted by relevance, price or sales; browse: no words, a
 * category and maybe a colour, any sort, pages 1–3. Facets are on (the default) everywhere.
 */
export function storeSearchMix(perClass = 40, seed = 99): MixEntry[] {
  const next = random(seed)
  const blueprint = blueprintPicker()
  const all = [...new Set(PRODUCT_BLUEPRINTS.flatMap(vocabulary))].filter((w) => /^[a-z]+$/.test(w))
  const midWords = all.filter((w) => w.length >= 5 && w.length < 8)
  const longWords = all.filter((w) => w.length >= 8)
  const nounOf = (b: ProductBlueprint) => lower(pick(next, b.nouns))
  const plainText = (b: ProductBlueprint) => {
    const roll = next()
    if (roll < 0.35) return `${lower(pick(next, b.styles))} ${nounOf(b)}`
    if (roll < 0.6) return `${lower(pick(next, b.materials))} ${nounOf(b)}`
    return nounOf(b)
  }
  const out: MixEntry[] = []
  for (let i = 0; i < perClass; i++) {
    const b = blueprint(next)
    out.push({ class: 'plain', params: { q: plainText(b) } })

    const other = next() < 0.5 ? ` ${nounOf(blueprint(next))}` : ''
    out.push({ class: 'typo-1', params: { q: `${misspell(pick(next, midWords), 1, next)}${other}` } })
    out.push({ class: 'typo-2', params: { q: misspell(pick(next, longWords), 2, next, true) } })
    out.push({ class: 'brand+type', params: { q: `${lower(pick(next, b.brands))} ${nounOf(b)}` } })

    const word = pick(
      next,
      vocabulary(b).filter((w) => w.length >= 4),
    )
    const cut = word.slice(0, Math.min(word.length - 1, 2 + Math.floor(next() * 4)))
    out.push({ class: 'prefix', params: { q: next() < 0.5 ? `${lower(pick(next, b.materials))} ${cut}` : cut } })

    const f = blueprint(next)
    const typoable = f.nouns.flatMap(words).filter((w) => w.length >= 5)
    const params: StoreSearchParams = { q: next() < 0.3 && typoable.length > 0 ? misspell(pick(next, typoable), 1, next) : plainText(f) }
    const filters: (() => void)[] = [
      () => (params.brand = [pick(next, f.brands)]),
      () => (params.category = [pick(next, categoryPath(f.categoryHandle).slice(0, 2))]),
      () => Object.assign(params, priceBand(f, next)),
      () => (params.inStock = true),
      () => (params.filter = [attributeFilter(f, next)]),
    ]
    for (const add of shuffled(filters, next).slice(0, 2 + Math.floor(next() * 4))) add()
    params.sort = pick(next, ['relevance', 'relevance', 'price_asc', 'bestselling'] as const)
    out.push({ class: 'filtered', params })

    const c = blueprint(next)
    const browse: StoreSearchParams = { q: '', category: [pick(next, categoryPath(c.categoryHandle))] }
    if (next() < 0.5 && 'palette' in c.variants) browse.filter = [`colour:${pick(next, c.variants.palette)}`]
    browse.sort = pick(next, ['relevance', 'price_asc', 'price_desc', 'newest', 'bestselling'] as const)
    browse.page = 1 + Math.floor(next() * 3)
    out.push({ class: 'browse', params: browse })
  }
  return out
}

/** Prefixes typed into the search box: 1–8 letters of brand, noun, style and category names. */
export function suggestPrefixes(count = 100, seed = 123): string[] {
  const next = random(seed)
  const names = [
    ...BRANDS.map((b) => b.name),
    ...PRODUCT_BLUEPRINTS.flatMap((b) => [...b.nouns, ...b.styles]),
    ...DEMO_CATEGORIES.map((c) => c.name),
  ].map(lower)
  return Array.from({ length: count }, () => {
    const name = pick(next, names)
    return name.slice(0, 1 + Math.floor(next() * Math.min(8, name.length)))
  })
}

/** The URL path of one search, as a storefront builds it. */
export function searchPath(params: StoreSearchParams): string {
  const query = new URLSearchParams({ q: params.q })
  for (const brand of params.brand ?? []) query.append('brand', brand)
  for (const category of params.category ?? []) query.append('category', category)
  if (params.minPrice !== undefined) query.set('minPrice', String(params.minPrice))
  if (params.maxPrice !== undefined) query.set('maxPrice', String(params.maxPrice))
  if (params.inStock) query.set('inStock', 'true')
  for (const pair of params.filter ?? []) query.append('filter', pair)
  if (params.sort) query.set('sort', params.sort)
  if (params.page && params.page > 1) query.set('page', String(params.page))
  return `/store/search?${query}`
}

export const suggestPath = (prefix: string) => `/store/search/suggest?${new URLSearchParams({ q: prefix })}`

/** The same search as the route hands it to storeSearch once Fastify has applied the schema's defaults. */
export function toQueryString(params: StoreSearchParams): SearchQueryString {
  const { page, ...rest } = params
  return { ...rest, page: page ?? 1, limit: PAGE_SIZE, facets: true }
}

/** The engine's query for this search, translated the way store-search.ts does (handles to ids, pairs to attributes). */
export function toEngineQuery(params: StoreSearchParams, categoryId: (handle: string) => string | undefined): SearchQuery {
  const attributes: Record<string, string[]> = {}
  for (const pair of params.filter ?? []) {
    const at = pair.indexOf(':')
    ;(attributes[pair.slice(0, at).trim().toLowerCase()] ??= []).push(pair.slice(at + 1).trim())
  }
  const filters: SearchFilters = {
    ...(params.category && { categoryIds: params.category.map((h) => categoryId(h) ?? '-none-') }),
    ...(params.brand && { brands: params.brand }),
    ...(params.minPrice !== undefined && { priceMin: params.minPrice }),
    ...(params.maxPrice !== undefined && { priceMax: params.maxPrice }),
    ...(params.inStock !== undefined && { inStock: params.inStock }),
    ...(Object.keys(attributes).length > 0 && { attributes }),
  }
  const text = params.q.trim()
  return {
    text,
    currency: 'USD',
    filters,
    sort: params.sort ?? (text ? 'relevance' : 'newest'),
    offset: ((params.page ?? 1) - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
    facets: true,
    priceBuckets: PRICE_BUCKETS,
  }
}
