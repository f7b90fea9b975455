import { clearBit, growBitset, hasBit, newBitset, remapBitset, setBit, type Bitset } from './bitset.js'
import { FIELD_COUNT } from './scorer.js'

/**
 * Short integer lists per document ordinal (title term sequence, category, collection and attribute
 * value ids) in one growing Uint32Array, instead of an array object per document.
 */
export class ListPool {
  start: Uint32Array
  length: Uint16Array
  data = new Uint32Array(1024)
  private used = 0

  constructor(capacity: number) {
    this.start = new Uint32Array(capacity)
    this.length = new Uint16Array(capacity)
  }

  grow(capacity: number): void {
    const start = new Uint32Array(capacity)
    const length = new Uint16Array(capacity)
    start.set(this.start)
    length.set(this.length)
    this.start = start
    this.length = length
  }

  set(ord: number, values: ArrayLike<number>, count = values.length): void {
    const n = Math.min(count, 0xffff)
    if (this.used + n > this.data.length) {
      const data = new Uint32Array(Math.max(this.data.length * 2, this.used + n))
      data.set(this.data.subarray(0, this.used))
      this.data = data
    }
    this.start[ord] = this.used
    this.length[ord] = n
    for (let i = 0; i < n; i++) this.data[this.used + i] = values[i]!
    this.used += n
  }

  /** A new pool holding only the lists of kept ordinals, renumbered. */
  compacted(remap: Int32Array, oldCount: number, capacity: number): ListPool {
    const pool = new ListPool(capacity)
    for (let ord = 0; ord < oldCount; ord++) {
      const to = remap[ord]!
      if (to >= 0) pool.set(to, this.data.subarray(this.start[ord]!, this.start[ord]! + this.length[ord]!))
    }
    return pool
  }

  get byteLength(): number {
    return this.start.byteLength + this.length.byteLength + this.data.byteLength
  }
}

/**
 * What the engine keeps per document ordinal: identity, sort keys, field lengths, prices per
 * currency and facet value lists. An ordinal is handed out once; an upsert retires the old ordinal
 * (clears its `alive` bit) and takes a new one, and compaction renumbers the survivors densely.
 */
export class DocumentStore {
  capacity: number
  /** Ordinals handed out, live or retired. */
  count = 0
  live = 0
  ids: string[] = []
  titles: string[] = []
  readonly ordOf = new Map<string, number>()
  createdAt: Float64Array
  sales: Float64Array
  /** Field lengths in words, FIELD_COUNT per ordinal. */
  lengths: Uint16Array
  readonly lengthSums = new Float64Array(FIELD_COUNT)
  /** Brand value id, -1 for none. */
  brandOf: Int32Array
  alive: Bitset
  inStock: Bitset
  /** Minimum price per currency, NaN where the product has no price in it. */
  prices = new Map<string, Float64Array>()
  /** Term ids of the title in order; a set high bit means "same word as the previous" (the parts of "t-shirt"). */
  titleTerms: ListPool
  categories: ListPool
  collections: ListPool
  attributes: ListPool

  constructor(capacity = 1024) {
    this.capacity = capacity
    this.createdAt = new Float64Array(capacity)
    this.sales = new Float64Array(capacity)
    this.lengths = new Uint16Array(capacity * FIELD_COUNT)
    this.brandOf = new Int32Array(capacity).fill(-1)
    this.alive = newBitset(capacity)
    this.inStock = newBitset(capacity)
    this.titleTerms = new ListPool(capacity)
    this.categories = new ListPool(capacity)
    this.collections = new ListPool(capacity)
    this.attributes = new ListPool(capacity)
  }

  /** A fresh ordinal for `id`, growing every per-ordinal array when full. */
  allocate(id: string, title: string): number {
    if (this.count === this.capacity) this.grow(this.capacity * 2)
    const ord = this.count++
    this.ids[ord] = id
    this.titles[ord] = title
    this.ordOf.set(id, ord)
    setBit(this.alive, ord)
    this.live++
    return ord
  }

  setLengths(ord: number, lengths: ArrayLike<number>): void {
    for (let f = 0; f < FIELD_COUNT; f++) {
      const n = Math.min(lengths[f]!, 0xffff)
      this.lengths[ord * FIELD_COUNT + f] = n
      this.lengthSums[f]! += n
    }
  }

  setPrice(currency: string, ord: number, min: number): void {
    let prices = this.prices.get(currency)
    if (!prices) {
      prices = new Float64Array(this.capacity).fill(NaN)
      this.prices.set(currency, prices)
    }
    prices[ord] = min
  }

  /** Retires an ordinal: it stays allocated (its postings still point at it) until compaction. */
  retire(ord: number): void {
    clearBit(this.alive, ord)
    this.ordOf.delete(this.ids[ord]!)
    for (let f = 0; f < FIELD_COUNT; f++) this.lengthSums[f]! -= this.lengths[ord * FIELD_COUNT + f]!
    this.live--
  }

  get retired(): number {
    return this.count - this.live
  }

  /** The old ordinal → new ordinal map that drops retired ordinals, keeping order. */
  compactionMap(): Int32Array {
    const remap = new Int32Array(this.count).fill(-1)
    let next = 0
    for (let ord = 0; ord < this.count; ord++) if (hasBit(this.alive, ord)) remap[ord] = next++
    return remap
  }

  compact(remap: Int32Array): void {
    const oldCount = this.count
    const capacity = Math.max(1024, Math.ceil(this.live * 1.25))
    const moved = new DocumentStore(capacity)
    for (let ord = 0; ord < oldCount; ord++) {
      const to = remap[ord]!
      if (to < 0) continue
      moved.ids[to] = this.ids[ord]!
      moved.titles[to] = this.titles[ord]!
      moved.ordOf.set(this.ids[ord]!, to)
      moved.createdAt[to] = this.createdAt[ord]!
      moved.sales[to] = this.sales[ord]!
      moved.lengths.set(this.lengths.subarray(ord * FIELD_COUNT, (ord + 1) * FIELD_COUNT), to * FIELD_COUNT)
      moved.brandOf[to] = this.brandOf[ord]!
    }
    for (const [currency, prices] of this.prices) {
      const copy = new Float64Array(capacity).fill(NaN)
      for (let ord = 0; ord < oldCount; ord++) if (remap[ord]! >= 0) copy[remap[ord]!] = prices[ord]!
      moved.prices.set(currency, copy)
    }
    this.capacity = capacity
    this.count = this.live
    this.ids = moved.ids
    this.titles = moved.titles
    this.ordOf.clear()
    for (const [id, ord] of moved.ordOf) this.ordOf.set(id, ord)
    this.createdAt = moved.createdAt
    this.sales = moved.sales
    this.lengths = moved.lengths
    this.brandOf = moved.brandOf
    this.prices = moved.prices
    this.alive = remapBitset(this.alive, remap, capacity)
    this.inStock = remapBitset(this.inStock, remap, capacity)
    this.titleTerms = this.titleTerms.compacted(remap, oldCount, capacity)
    this.categories = this.categories.compacted(remap, oldCount, capacity)
    this.collections = this.collections.compacted(remap, oldCount, capacity)
    this.attributes = this.attributes.compacted(remap, oldCount, capacity)
  }

  private grow(capacity: number): void {
    const growFloat = (old: Float64Array, fill = 0) => {
      const grown = new Float64Array(capacity).fill(fill)
      grown.set(old)
      return grown
    }
    this.createdAt = growFloat(this.createdAt)
    this.sales = growFloat(this.sales)
    for (const [currency, prices] of this.prices) this.prices.set(currency, growFloat(prices, NaN))
    const lengths = new Uint16Array(capacity * FIELD_COUNT)
    lengths.set(this.lengths)
    this.lengths = lengths
    const brandOf = new Int32Array(capacity).fill(-1)
    brandOf.set(this.brandOf)
    this.brandOf = brandOf
    this.alive = growBitset(this.alive, capacity)
    this.inStock = growBitset(this.inStock, capacity)
    for (const pool of [this.titleTerms, this.categories, this.collections, this.attributes]) pool.grow(capacity)
    this.capacity = capacity
  }
}
