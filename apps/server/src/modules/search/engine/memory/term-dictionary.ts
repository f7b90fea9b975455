import { boundedDamerau } from './edit-distance.js'
import { MAX_TERM_LENGTH, termOf } from './normalize.js'

/**
 * The normalised term dictionary: every distinct term gets a small integer id that posting lists,
 * the typo dictionary and title sequences refer to. Ids are never reused, so anything holding one
 * stays valid across upserts and compactions.
 */
export class TermDictionary {
  private readonly idOf = new Map<string, number>()
  /** Raw token → term id, so the plural folding runs once per distinct token, not once per occurrence. */
  private readonly tokenCache = new Map<string, number>()
  readonly terms: string[] = []
  /** A form of the term other than itself, seen in text ("shoes" for "shoe"), for typo matching and display. */
  readonly plurals: (string | undefined)[] = []
  /** Whether the term itself was seen as a word (the key "sunglass" never is). */
  readonly seenBare: boolean[] = []
  /** Spellings gained since the last `drainSpellings`, for the typo dictionary to add. */
  private newSpellings: [number, string][] = []
  /** Term ids in term order, for prefix search; new terms wait in `unsorted` until the next prefix lookup. */
  private sorted: number[] = []
  private unsorted: number[] = []

  get size(): number {
    return this.terms.length
  }

  get(term: string): number | undefined {
    return this.idOf.get(term)
  }

  /** The id of the term for a raw (normalised, unfolded) token, creating it if new. */
  idForToken(token: string): number {
    const cached = this.tokenCache.get(token)
    if (cached !== undefined) return cached
    const term = termOf(token)
    let id = this.idOf.get(term)
    if (id === undefined) {
      id = this.terms.length
      this.idOf.set(term, id)
      this.terms.push(term)
      this.plurals.push(undefined)
      this.seenBare.push(false)
      this.unsorted.push(id)
      this.newSpellings.push([id, term])
    }
    if (token === term) this.seenBare[id] = true
    else if (this.plurals[id] === undefined) {
      this.plurals[id] = token
      this.newSpellings.push([id, token])
    }
    this.tokenCache.set(token, id)
    return id
  }

  /** The spellings a term is typo-matched against: itself and the other form seen ("sunglasses" for "sunglass"). */
  spellings(id: number): string[] {
    const plural = this.plurals[id]
    return plural === undefined ? [this.terms[id]!] : [this.terms[id]!, plural]
  }

  /** Spellings added since the last call, each with its term id. */
  drainSpellings(): [number, string][] {
    const drained = this.newSpellings
    this.newSpellings = []
    return drained
  }

  /** How a term reads to a shopper who typed `typed`: whichever of its spellings seen in text is nearer ("dress" for "dreqs", "dresses" for "dresess"). */
  display(id: number, typed: string): string {
    const plural = this.plurals[id]
    const term = this.terms[id]!
    if (plural === undefined) return term
    if (!this.seenBare[id]) return plural
    return boundedDamerau(typed, plural, MAX_TERM_LENGTH) < boundedDamerau(typed, term, MAX_TERM_LENGTH) ? plural : term
  }

  /**
   * Ids of the terms that start with `prefix`, in term order, looking at no more than `scanLimit`
   * of them (a one-letter prefix can match thousands).
   */
  withPrefix(prefix: string, scanLimit: number): number[] {
    this.settle()
    const { sorted, terms } = this
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (terms[sorted[mid]!]! < prefix) lo = mid + 1
      else hi = mid
    }
    const found: number[] = []
    for (let i = lo; i < sorted.length && found.length < scanLimit; i++) {
      const id = sorted[i]!
      if (!terms[id]!.startsWith(prefix)) break
      found.push(id)
    }
    return found
  }

  private settle(): void {
    if (this.unsorted.length === 0) return
    const { terms } = this
    const byTerm = (a: number, b: number) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0)
    if (this.unsorted.length > 64) {
      this.sorted = this.sorted.concat(this.unsorted).sort(byTerm)
    } else {
      for (const id of this.unsorted) {
        let lo = 0
        let hi = this.sorted.length
        while (lo < hi) {
          const mid = (lo + hi) >>> 1
          if (byTerm(this.sorted[mid]!, id) < 0) lo = mid + 1
          else hi = mid
        }
        this.sorted.splice(lo, 0, id)
      }
    }
    this.unsorted = []
  }
}
