import type { SearchDocument } from '../port.js'
import { setBit, clearBit } from './bitset.js'
import { DocumentStore } from './document-store.js'
import { DocumentTerms } from './document-terms.js'
import { AttributeValues, FacetValues } from './facet-values.js'
import { normalizeText, scanWords } from './normalize.js'
import { PostingStore, PostingTriples } from './postings.js'
import { FIELD, FIELD_COUNT, type FieldIndex } from './scorer.js'
import { TermDictionary } from './term-dictionary.js'
import { TypoDictionary } from './typo-dictionary.js'

/** Marks a title entry that shares the previous entry's word (the parts of "t-shirt" after "tshirt"). */
export const SAME_WORD = 0x80000000

/** Bounds on what one document can put in the index; beyond them text is ignored, not rejected. */
const MAX_DESCRIPTION_CHARS = 20_000
const MAX_WORDS_PER_FIELD = 2_000

/** When the index compacts itself: enough retired ordinals or delta postings to be worth a rewrite. */
export interface CompactionPolicy {
  minRetired: number
  retiredRatio: number
  minDelta: number
  deltaRatio: number
}

export const DEFAULT_COMPACTION: CompactionPolicy = { minRetired: 1_000, retiredRatio: 0.2, minDelta: 200_000, deltaRatio: 0.25 }

/**
 * The whole in-memory index: term dictionary, posting lists, typo dictionary, per-document data
 * and facet values. `add`/`retire` keep it current without rebuilding; `compact` rewrites it
 * without retired ordinals. A bulk load (`beginBulk`…`endBulk`) gathers postings in flat arrays
 * and groups them once at the end, which is much cheaper than appending term by term.
 */
export class MemoryIndex {
  readonly terms = new TermDictionary()
  postings = new PostingStore()
  readonly typos = new TypoDictionary()
  readonly docs = new DocumentStore()
  readonly brands: FacetValues
  readonly categories: FacetValues
  readonly collections: FacetValues
  readonly attributes: AttributeValues
  /** Category id → name, learnt from documents whose categoryIds and categoryNames line up. */
  readonly categoryNames = new Map<string, string>()
  private readonly collector = new DocumentTerms()
  private triples: PostingTriples | null = null
  private readonly lengths = new Uint32Array(FIELD_COUNT)
  private readonly titleEntries: number[] = []

  constructor() {
    const bits = this.docs.capacity
    this.brands = new FacetValues(bits)
    this.categories = new FacetValues(bits)
    this.collections = new FacetValues(bits)
    this.attributes = new AttributeValues(bits)
  }

  get size(): number {
    return this.docs.live
  }

  beginBulk(): void {
    this.triples = new PostingTriples()
  }

  endBulk(): void {
    if (!this.triples) return
    this.postings = PostingStore.fromTriples(this.terms.size, this.triples)
    this.triples = null
    this.rebuildTypos()
  }

  private rebuildTypos(): void {
    this.terms.drainSpellings()
    this.typos.build(this.terms.size, (id) => this.terms.spellings(id))
  }

  /** Adds or replaces a document. */
  upsert(doc: SearchDocument): void {
    const old = this.docs.ordOf.get(doc.id)
    if (old !== undefined) this.retire(old)
    this.add(doc)
  }

  remove(id: string): boolean {
    const ord = this.docs.ordOf.get(id)
    if (ord === undefined) return false
    this.retire(ord)
    return true
  }

  needsCompaction(policy: CompactionPolicy): boolean {
    const { docs, postings } = this
    return (
      (docs.retired >= policy.minRetired && docs.retired >= docs.live * policy.retiredRatio) ||
      (postings.deltaSize >= policy.minDelta && postings.deltaSize >= postings.baseSize * policy.deltaRatio)
    )
  }

  /** Drops retired ordinals everywhere, merges delta postings and new typo entries into the compact arrays. */
  compact(): void {
    const remap = this.docs.compactionMap()
    this.postings.compact(this.terms.size, remap)
    this.docs.compact(remap)
    for (const values of this.facetValues()) values.compact(remap, this.docs.capacity)
    this.rebuildTypos()
  }

  private facetValues(): FacetValues[] {
    return [this.brands, this.categories, this.collections, this.attributes]
  }

  private add(doc: SearchDocument): void {
    const { docs } = this
    const before = docs.capacity
    const ord = docs.allocate(doc.id, doc.title ?? '')
    if (docs.capacity !== before) for (const values of this.facetValues()) values.grow(docs.capacity)

    docs.createdAt[ord] = Number.isFinite(doc.createdAt) ? doc.createdAt : 0
    docs.sales[ord] = Number.isFinite(doc.sales) ? doc.sales : 0
    if (doc.inStock) setBit(docs.inStock, ord)
    for (const [currency, range] of Object.entries(doc.prices ?? {}))
      if (range && Number.isFinite(range.min)) docs.setPrice(currency, ord, range.min)
    this.addFacetValues(doc, ord)

    const title: number[] = this.titleEntries
    title.length = 0
    const lengths = this.lengths
    lengths.fill(0)
    this.indexText(doc.title ?? '', FIELD.title, title)
    if (doc.brand) this.indexText(doc.brand, FIELD.brand)
    for (const name of doc.categoryNames ?? []) this.indexText(name, FIELD.category)
    if (doc.productType) this.indexText(doc.productType, FIELD.type)
    for (const tag of doc.tags ?? []) this.indexText(tag, FIELD.type)
    for (const values of Object.values(doc.attributes ?? {})) for (const value of values) this.indexText(value, FIELD.attribute)
    if (doc.description) this.indexText(doc.description.slice(0, MAX_DESCRIPTION_CHARS), FIELD.description)
    docs.setLengths(ord, lengths)
    docs.titleTerms.set(ord, title)

    const { triples, postings } = this
    if (triples) this.collector.drain((term, packed) => triples.push(term, ord, packed))
    else {
      this.collector.drain((term, packed) => postings.add(term, ord, packed))
      for (const [id, spelling] of this.terms.drainSpellings()) this.typos.add(id, spelling)
    }
  }

  private addFacetValues(doc: SearchDocument, ord: number): void {
    const { docs } = this
    if (doc.brand) {
      const id = this.brands.intern(doc.brand)
      this.brands.add(id, ord)
      docs.brandOf[ord] = id
    }
    const categoryIds = [...new Set(doc.categoryIds ?? [])]
    docs.categories.set(
      ord,
      categoryIds.map((label) => this.internAndAdd(this.categories, label, ord)),
    )
    // The port pairs categoryIds[i] with categoryNames[i]; when the lengths differ the pairing is unknown.
    if (doc.categoryIds?.length === doc.categoryNames?.length)
      doc.categoryIds.forEach((id, i) => this.categoryNames.set(id, doc.categoryNames[i]!))
    docs.collections.set(
      ord,
      [...new Set(doc.collectionIds ?? [])].map((label) => this.internAndAdd(this.collections, label, ord)),
    )
    const attributeIds: number[] = []
    for (const [rawName, values] of Object.entries(doc.attributes ?? {})) {
      const name = rawName.trim().toLowerCase()
      for (const value of new Set(values ?? [])) {
        const id = this.attributes.valueId(name, String(value))
        this.attributes.add(id, ord)
        attributeIds.push(id)
      }
    }
    docs.attributes.set(ord, attributeIds)
  }

  private internAndAdd(values: FacetValues, label: string, ord: number): number {
    const id = values.intern(label)
    values.add(id, ord)
    return id
  }

  private indexText(text: string, field: FieldIndex, title?: number[]): void {
    const { terms, collector } = this
    let words = 0
    scanWords(
      normalizeText(text),
      (word) => {
        words++
        const joined = terms.idForToken(word.joined)
        collector.add(joined, field)
        title?.push(joined)
        if (word.parts.length > 1)
          for (const part of word.parts) {
            const id = terms.idForToken(part)
            collector.add(id, field)
            title?.push((id | SAME_WORD) >>> 0)
          }
      },
      MAX_WORDS_PER_FIELD,
    )
    this.lengths[field]! += words
  }

  /** Retires a document: out of every filter at once, its postings ignored until compaction drops them. */
  private retire(ord: number): void {
    const { docs } = this
    docs.retire(ord)
    clearBit(docs.inStock, ord)
    const brand = docs.brandOf[ord]!
    if (brand >= 0) this.brands.remove(brand, ord)
    const each = (pool: typeof docs.categories, values: FacetValues) => {
      for (let i = pool.start[ord]!, end = i + pool.length[ord]!; i < end; i++) values.remove(pool.data[i]!, ord)
    }
    each(docs.categories, this.categories)
    each(docs.collections, this.collections)
    each(docs.attributes, this.attributes)
  }
}
