import type { SearchQuery } from '../port.js'
import { hasBit, type Bitset } from './bitset.js'
import type { MemoryIndex } from './memory-index.js'

/**
 * A filter that is also a facet. Facet counts are disjunctive: a facet's own filter is left out
 * when counting its values, so each group is tested separately and `failures` reports which
 * groups a document fails instead of a plain yes or no.
 */
export type FilterGroup =
  | { facet: 'brand'; members: Bitset }
  | { facet: 'category'; members: Bitset }
  | { facet: 'attribute'; name: number; members: Bitset }
  | { facet: 'price'; min: number; max: number }

/** The filters of one query, resolved to bitsets and bounds once before scanning documents. */
const UNKNOWN_NAME = 0x7fffffff

export class PreparedFilters {
  readonly groups: FilterGroup[] = []
  private readonly alive: Bitset
  private readonly inStockSet: Bitset
  /** Minimum price per ordinal in the query's currency, or undefined when no product has one. */
  readonly prices: Float64Array | undefined
  private readonly inStock: boolean | undefined
  private readonly collections: Bitset | null
  private readonly extra: Bitset[] = []

  constructor(index: MemoryIndex, query: Pick<SearchQuery, 'currency' | 'filters'>) {
    const filters = query.filters ?? {}
    this.alive = index.docs.alive
    this.inStockSet = index.docs.inStock
    this.prices = index.docs.prices.get(query.currency)
    this.inStock = typeof filters.inStock === 'boolean' ? filters.inStock : undefined
    this.collections = filters.collectionIds?.length ? index.collections.anyOf(filters.collectionIds) : null
    if (filters.brands?.length) this.groups.push({ facet: 'brand', members: index.brands.anyOf(filters.brands) })
    if (filters.categoryIds?.length) this.groups.push({ facet: 'category', members: index.categories.anyOf(filters.categoryIds) })
    const min = finiteOr(filters.priceMin, -Infinity)
    const max = finiteOr(filters.priceMax, Infinity)
    if (min !== -Infinity || max !== Infinity) this.groups.push({ facet: 'price', min, max })
    for (const [rawName, values] of Object.entries(filters.attributes ?? {})) {
      if (!Array.isArray(values) || values.length === 0) continue
      const name = rawName.trim().toLowerCase()
      const keys = values.map((value) => `${name}\u0000${value}`)
      const members = index.attributes.anyOf(keys)
      // A failure mask has 31 usable bits; filters past that still filter, without disjunctive counts.
      // An attribute no document has gets a name id nothing carries, so its facet counts stay empty.
      if (this.groups.length < 30) this.groups.push({ facet: 'attribute', name: index.attributes.nameId(name) ?? UNKNOWN_NAME, members })
      else this.extra.push(members)
    }
  }

  /** True when no document can pass: nothing is priced in the query's currency. */
  get impossible(): boolean {
    return this.prices === undefined
  }

  /**
   * -1 when the document is out for every purpose (retired, unpriced in the currency, stock or
   * collection filter); otherwise a bitmask of the facet groups it fails (0: it is a result).
   */
  failures(ord: number): number {
    if (!hasBit(this.alive, ord)) return -1
    const price = this.prices![ord]!
    if (price !== price) return -1
    if (this.inStock !== undefined && hasBit(this.inStockSet, ord) !== this.inStock) return -1
    if (this.collections && !hasBit(this.collections, ord)) return -1
    for (const members of this.extra) if (!hasBit(members, ord)) return -1
    let failed = 0
    const groups = this.groups
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!
      const member = group.facet === 'price' ? price >= group.min && price <= group.max : hasBit(group.members, ord)
      if (!member) failed |= 1 << g
    }
    return failed
  }
}

const finiteOr = (value: number | undefined, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback)
