/**
 * A symmetric-deletion typo dictionary (the SymSpell idea): for every term, the hashes of the term
 * with 0, 1 or 2 letters deleted are stored with the term's id. A query word with up to k typos
 * shares at least one such deletion with its target, so candidates are found by hashing the query's
 * own deletions and looking them up; each candidate is then checked with a bounded
 * Damerau-Levenshtein distance, which also discards hash collisions.
 *
 * Keys are 32-bit FNV-1a hashes instead of strings: a sorted Uint32Array of keys, a parallel array
 * of offsets and one array of term ids, about 8 bytes per (deletion, term) pair. Terms added after
 * the last build go to a small overflow map until the next compaction rebuilds the arrays.
 */

/** Typo matching is for words; terms with digits (sizes, model numbers) must match exactly. */
const MIN_LENGTH = 3
const MAX_LENGTH = 24

/**
 * How many deletions to store for a term. A query word allows 2 typos only from 8 letters, and its
 * plural-folded form can be a letter or two shorter, so terms from 7 letters keep 2 deletions and
 * shorter ones 1.
 */
export function storedDeletions(term: string): number {
  if (term.length < MIN_LENGTH || term.length > MAX_LENGTH) return -1
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i)
    if (c >= 48 && c <= 57) return -1
  }
  return term.length >= 7 ? 2 : 1
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** Calls `visit` with the hash of `word` and of each form with up to `deletions` letters removed. */
export function forEachDeletionHash(word: string, deletions: number, visit: (hash: number) => void): void {
  const n = word.length
  const hashSkipping = (skipA: number, skipB: number) => {
    let h = FNV_OFFSET
    for (let i = 0; i < n; i++) {
      if (i === skipA || i === skipB) continue
      h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME)
    }
    return h >>> 0
  }
  visit(hashSkipping(-1, -1))
  if (deletions < 1) return
  for (let i = 0; i < n; i++) visit(hashSkipping(i, -1))
  if (deletions < 2) return
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) visit(hashSkipping(i, j))
}

export class TypoDictionary {
  private keys = new Uint32Array(0)
  private offsets = new Uint32Array(1)
  private ids = new Uint32Array(0)
  private overflow = new Map<number, number[]>()

  /** Rebuilds the arrays from the spellings of every term id below `count`. */
  build(count: number, spellings: (id: number) => readonly string[]): void {
    let pairs = 0
    for (let id = 0; id < count; id++)
      for (const spelling of spellings(id)) {
        const k = storedDeletions(spelling)
        if (k < 0) continue
        const n = spelling.length
        pairs += 1 + n + (k === 2 ? (n * (n - 1)) / 2 : 0)
      }
    let hashes = new Uint32Array(pairs)
    let owners = new Uint32Array(pairs)
    let at = 0
    for (let id = 0; id < count; id++)
      for (const spelling of spellings(id)) {
        const k = storedDeletions(spelling)
        if (k < 0) continue
        forEachDeletionHash(spelling, k, (hash) => {
          hashes[at] = hash
          owners[at++] = id
        })
      }
    // Two stable 16-bit radix passes: by hash, with ids still ascending inside each hash, so the
    // duplicates that repeated letters produce ("boot" minus either o) sit next to each other.
    let spareHashes = new Uint32Array(pairs)
    let spareOwners = new Uint32Array(pairs)
    for (const shift of [0, 16]) {
      const counts = new Uint32Array(65537)
      for (let i = 0; i < pairs; i++) counts[((hashes[i]! >>> shift) & 0xffff) + 1]!++
      for (let b = 1; b <= 65536; b++) counts[b]! += counts[b - 1]!
      for (let i = 0; i < pairs; i++) {
        const slot = counts[(hashes[i]! >>> shift) & 0xffff]!++
        spareHashes[slot] = hashes[i]!
        spareOwners[slot] = owners[i]!
      }
      ;[hashes, spareHashes] = [spareHashes, hashes]
      ;[owners, spareOwners] = [spareOwners, owners]
    }
    const keys = spareHashes
    const offsets = spareOwners
    const ids = new Uint32Array(pairs)
    let distinct = 0
    let written = 0
    for (let i = 0; i < pairs; i++) {
      const hash = hashes[i]!
      if (i === 0 || hash !== hashes[i - 1]) {
        offsets[distinct] = written
        keys[distinct++] = hash
      } else if (owners[i] === ids[written - 1]) continue
      ids[written++] = owners[i]!
    }
    this.keys = keys.slice(0, distinct)
    this.offsets = new Uint32Array(distinct + 1)
    this.offsets.set(offsets.subarray(0, distinct))
    this.offsets[distinct] = written
    this.ids = ids.slice(0, written)
    this.overflow = new Map()
  }

  /** Adds one spelling of a term without a rebuild. */
  add(id: number, spelling: string): void {
    const k = storedDeletions(spelling)
    if (k < 0) return
    forEachDeletionHash(spelling, k, (hash) => {
      const list = this.overflow.get(hash)
      if (!list) this.overflow.set(hash, [id])
      else if (list[list.length - 1] !== id) list.push(id)
    })
  }

  /**
   * Calls `visit` once with each term id that shares a deletion with one of `words` (the typed
   * and the plural-folded form), for the caller to verify with its own distance.
   */
  candidates(words: readonly string[], maxEdits: number, visit: (id: number) => void): void {
    if (maxEdits <= 0) return
    const seen = new Set<number>()
    const check = (id: number) => {
      if (seen.has(id)) return
      seen.add(id)
      visit(id)
    }
    for (const word of new Set(words)) if (word.length <= MAX_LENGTH + maxEdits) this.visitKeys(word, maxEdits, check)
  }

  private visitKeys(word: string, maxEdits: number, check: (id: number) => void): void {
    forEachDeletionHash(word, maxEdits, (hash) => {
      const slot = this.find(hash)
      if (slot >= 0) for (let i = this.offsets[slot]!; i < this.offsets[slot + 1]!; i++) check(this.ids[i]!)
      const extra = this.overflow.get(hash)
      if (extra) for (const id of extra) check(id)
    })
  }

  private find(hash: number): number {
    const { keys } = this
    let lo = 0
    let hi = keys.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const key = keys[mid]!
      if (key < hash) lo = mid + 1
      else if (key > hash) hi = mid - 1
      else return mid
    }
    return -1
  }

  /** Bytes held by the arrays, for the bench's memory report. */
  get byteLength(): number {
    return this.keys.byteLength + this.offsets.byteLength + this.ids.byteLength
  }
}
