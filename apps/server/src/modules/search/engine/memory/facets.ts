import type { FacetValue, SearchFacets } from '../port.js'
import type { FilterGroup } from './filters.js'
import type { MemoryIndex } from './memory-index.js'

/** Price bucket boundaries kept per query; more would be a mistake in the caller, not a facet. */
const MAX_PRICE_BUCKETS = 100

/** Ascending, distinct, finite boundaries. */
export function priceBoundaries(buckets: readonly number[] | undefined): number[] {
  const finite = (buckets ?? []).filter((value) => typeof value === 'number' && Number.isFinite(value))
  return [...new Set(finite)].sort((a, b) => a - b).slice(0, MAX_PRICE_BUCKETS)
}

/**
 * Counts facet values over the documents handed to `tally`, one pass over the candidates. A
 * document passing every filter counts in every facet; one failing exactly one facet's filter
 * counts in that facet only (its own filter ignored), which makes the counts disjunctive without a
 * separate pass per facet.
 */
export class FacetCounter {
  private readonly brand: Int32Array
  private readonly category: Int32Array
  private readonly attribute: Int32Array
  private readonly price: Int32Array

  constructor(
    private readonly index: MemoryIndex,
    private readonly groups: readonly FilterGroup[],
    private readonly prices: Float64Array,
    private readonly boundaries: number[],
  ) {
    this.brand = new Int32Array(index.brands.size)
    this.category = new Int32Array(index.categories.size)
    this.attribute = new Int32Array(index.attributes.size)
    this.price = new Int32Array(boundaries.length)
  }

  /** `failedGroup`: -1 when the document passes every filter, else the index of the one group it fails. */
  tally(ord: number, failedGroup: number): void {
    const only = failedGroup < 0 ? null : this.groups[failedGroup]!
    const { docs } = this.index
    if (!only || only.facet === 'brand') {
      const brand = docs.brandOf[ord]!
      if (brand >= 0) this.brand[brand]!++
    }
    if (!only || only.facet === 'category') {
      const pool = docs.categories
      for (let i = pool.start[ord]!, end = i + pool.length[ord]!; i < end; i++) this.category[pool.data[i]!]!++
    }
    if (!only || only.facet === 'attribute') {
      const pool = docs.attributes
      const nameOf = this.index.attributes.nameOf
      const name = only?.facet === 'attribute' ? only.name : -1
      for (let i = pool.start[ord]!, end = i + pool.length[ord]!; i < end; i++) {
        const value = pool.data[i]!
        if (name < 0 || nameOf[value] === name) this.attribute[value]!++
      }
    }
    if ((!only || only.facet === 'price') && this.boundaries.length > 0) {
      const bucket = this.bucketOf(this.prices[ord]!)
      if (bucket >= 0) this.price[bucket]!++
    }
  }

  private bucketOf(price: number): number {
    const bounds = this.boundaries
    let lo = 0
    let hi = bounds.length - 1
    if (!(price >= bounds[0]!)) return -1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if (bounds[mid]! <= price) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  result(): SearchFacets {
    const { brands, categories, attributes } = this.index
    const attributeFacets: Record<string, FacetValue[]> = {}
    const byName = new Map<number, FacetValue[]>()
    this.attribute.forEach((count, id) => {
      if (count <= 0) return
      const name = attributes.nameOf[id]!
      const list = byName.get(name) ?? []
      list.push({ value: attributes.valueLabel(id), count })
      byName.set(name, list)
    })
    for (const [name, list] of [...byName].sort((a, b) => compareText(attributes.names[a[0]]!, attributes.names[b[0]]!)))
      attributeFacets[attributes.names[name]!] = list.sort(byCount)
    const price: FacetValue[] = []
    this.price.forEach((count, i) => {
      if (count <= 0) return
      const next = this.boundaries[i + 1]
      price.push({ value: `${this.boundaries[i]}-${next === undefined ? '' : next - 1}`, count })
    })
    return {
      brand: counted(this.brand, brands.labels),
      category: counted(this.category, categories.labels),
      price,
      attributes: attributeFacets,
    }
  }
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || compareText(a.value, b.value)

function counted(counts: Int32Array, labels: readonly string[]): FacetValue[] {
  const values: FacetValue[] = []
  counts.forEach((count, id) => {
    if (count > 0) values.push({ value: labels[id]!, count })
  })
  return values.sort(byCount)
}
