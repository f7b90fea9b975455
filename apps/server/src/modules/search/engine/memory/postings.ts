import { NAMING_FIELD_BITS } from './scorer.js'

/**
 * Posting lists: for each term, the ordinals of the documents holding it and the packed per-field
 * frequencies (see scorer.ts). Two tiers:
 * - base: one compact CSR layout (offsets per term into one Uint32Array of ordinals and one
 *   Uint16Array of frequencies), built in bulk;
 * - delta: small per-term arrays that upserts append to, merged into the base by `compact`.
 * Ordinals only grow, so both tiers stay sorted by ordinal and a compaction keeps that order.
 */
export class PostingStore {
  private offsets = new Uint32Array(1)
  private docs = new Uint32Array(0)
  private tfs = new Uint16Array(0)
  private baseTerms = 0
  private deltaDocs: (number[] | undefined)[] = []
  private deltaTfs: (number[] | undefined)[] = []
  private deltaPostings = 0
  /** Postings per term outside descriptions (see NAMING_FIELD_BITS), to rank typo corrections and prefix expansions. */
  private naming = new Uint32Array(1024)

  /** Builds the base from postings in term-arbitrary, ordinal-ascending order. */
  static fromTriples(termCount: number, triples: PostingTriples): PostingStore {
    const store = new PostingStore()
    const offsets = new Uint32Array(termCount + 1)
    const naming = new Uint32Array(Math.max(termCount, 1024))
    triples.forEachChunk((terms, _docs, tfs) => {
      for (let i = 0; i < terms.length; i++) {
        offsets[terms[i]! + 1]!++
        if ((tfs[i]! & NAMING_FIELD_BITS) !== 0) naming[terms[i]!]!++
      }
    })
    for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!
    const cursor = offsets.slice(0, termCount)
    const outDocs = new Uint32Array(triples.length)
    const outTfs = new Uint16Array(triples.length)
    triples.forEachChunk((terms, docs, tfs) => {
      for (let i = 0; i < terms.length; i++) {
        const slot = cursor[terms[i]!]!++
        outDocs[slot] = docs[i]!
        outTfs[slot] = tfs[i]!
      }
    })
    store.offsets = offsets
    store.docs = outDocs
    store.tfs = outTfs
    store.baseTerms = termCount
    store.naming = naming
    return store
  }

  /** Appends a posting; `doc` must be higher than any ordinal already listed for `term`. */
  add(term: number, doc: number, tf: number): void {
    let docs = this.deltaDocs[term]
    if (!docs) {
      docs = this.deltaDocs[term] = []
      this.deltaTfs[term] = []
    }
    docs.push(doc)
    this.deltaTfs[term]!.push(tf)
    this.deltaPostings++
    if ((tf & NAMING_FIELD_BITS) !== 0) {
      if (term >= this.naming.length) {
        const grown = new Uint32Array(Math.max(this.naming.length * 2, term + 1))
        grown.set(this.naming)
        this.naming = grown
      }
      this.naming[term]!++
    }
  }

  /** Postings of `term` in a naming field (title, brand, category, type, tags, attributes). */
  namingCount(term: number): number {
    return term < this.naming.length ? this.naming[term]! : 0
  }

  /** Postings listed for a term, dead documents included until the next compaction. */
  count(term: number): number {
    const base = term < this.baseTerms ? this.offsets[term + 1]! - this.offsets[term]! : 0
    return base + (this.deltaDocs[term]?.length ?? 0)
  }

  /** Calls `visit(doc, tf)` for each posting of `term`, base then delta (ordinal order). */
  forEach(term: number, visit: (doc: number, tf: number) => void): void {
    if (term < this.baseTerms) {
      const { docs, tfs } = this
      for (let i = this.offsets[term]!, end = this.offsets[term + 1]!; i < end; i++) visit(docs[i]!, tfs[i]!)
    }
    const deltaDocs = this.deltaDocs[term]
    if (deltaDocs) {
      const deltaTfs = this.deltaTfs[term]!
      for (let i = 0; i < deltaDocs.length; i++) visit(deltaDocs[i]!, deltaTfs[i]!)
    }
  }

  /** Raw access for the scoring loop, which is too hot for a callback per posting. */
  baseStart(term: number): number {
    return term < this.baseTerms ? this.offsets[term]! : 0
  }

  baseEnd(term: number): number {
    return term < this.baseTerms ? this.offsets[term + 1]! : 0
  }

  get baseDocs(): Uint32Array {
    return this.docs
  }

  get baseTfs(): Uint16Array {
    return this.tfs
  }

  deltaOf(term: number): { docs: number[]; tfs: number[] } | undefined {
    const docs = this.deltaDocs[term]
    return docs ? { docs, tfs: this.deltaTfs[term]! } : undefined
  }

  get deltaSize(): number {
    return this.deltaPostings
  }

  get baseSize(): number {
    return this.docs.length
  }

  get byteLength(): number {
    return this.offsets.byteLength + this.docs.byteLength + this.tfs.byteLength + this.deltaPostings * 16
  }

  /**
   * Merges the delta into the base, dropping postings of documents that `remap` maps to -1 and
   * renumbering the rest (old ordinal → new ordinal).
   */
  compact(termCount: number, remap: Int32Array): void {
    const offsets = new Uint32Array(termCount + 1)
    const docs = new Uint32Array(this.docs.length + this.deltaPostings)
    const tfs = new Uint16Array(docs.length)
    const naming = new Uint32Array(Math.max(termCount, 1024))
    let written = 0
    for (let t = 0; t < termCount; t++) {
      offsets[t] = written
      this.forEach(t, (doc, tf) => {
        const to = remap[doc]!
        if (to < 0) return
        docs[written] = to
        tfs[written++] = tf
        if ((tf & NAMING_FIELD_BITS) !== 0) naming[t]!++
      })
    }
    this.naming = naming
    offsets[termCount] = written
    this.offsets = offsets
    this.docs = docs.slice(0, written)
    this.tfs = tfs.slice(0, written)
    this.baseTerms = termCount
    this.deltaDocs = []
    this.deltaTfs = []
    this.deltaPostings = 0
  }
}

/**
 * Postings gathered during a bulk build, before they are grouped by term: fixed-size chunks, so
 * growing never copies what is already there (at 100,000 products there are millions).
 */
export class PostingTriples {
  private static readonly CHUNK = 1 << 20
  readonly chunks: { terms: Uint32Array; docs: Uint32Array; tfs: Uint16Array }[] = []
  private used = PostingTriples.CHUNK
  length = 0

  push(term: number, doc: number, tf: number): void {
    if (this.used === PostingTriples.CHUNK) {
      const size = PostingTriples.CHUNK
      this.chunks.push({ terms: new Uint32Array(size), docs: new Uint32Array(size), tfs: new Uint16Array(size) })
      this.used = 0
    }
    const chunk = this.chunks[this.chunks.length - 1]!
    chunk.terms[this.used] = term
    chunk.docs[this.used] = doc
    chunk.tfs[this.used++] = tf
    this.length++
  }

  /** Calls `visit` with each chunk's filled part, in insertion order. */
  forEachChunk(visit: (terms: Uint32Array, docs: Uint32Array, tfs: Uint16Array) => void): void {
    this.chunks.forEach((chunk, i) => {
      const n = i === this.chunks.length - 1 ? this.used : PostingTriples.CHUNK
      visit(chunk.terms.subarray(0, n), chunk.docs.subarray(0, n), chunk.tfs.subarray(0, n))
    })
  }
}
