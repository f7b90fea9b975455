import { SAME_WORD, type MemoryIndex } from './memory-index.js'
import type { PhraseAlternative, PlannedWord, QueryPlan } from './query-plan.js'
import { Bm25f, FIELD_COUNT, idf, TITLE_BITS } from './scorer.js'

/** Bits per popcount of a 16-bit word mask (one bit per query word). */
const POPCOUNT16 = new Uint8Array(1 << 16)
for (let i = 1; i < POPCOUNT16.length; i++) POPCOUNT16[i] = POPCOUNT16[i >> 1]! + (i & 1)
export const wordsMatched = (mask: number) => POPCOUNT16[mask]!

/** Whether a clause has anything that can match. */
export const canMatch = (word: PlannedWord) => word.alternatives.length > 0 || word.phrases.length > 0

/** A posting list this many times longer than the documents still in the running is searched, not read. */
const SKIP_RATIO = 8

/** Title bonuses: every word in the title, the words as a phrase, the title starting with them, the title being exactly them. */
const ALL_IN_TITLE = 1.15
const PHRASE = 1.2
const TITLE_START = 1.15
const EXACT_TITLE = 1.3

/**
 * Scores documents term-at-a-time into dense per-ordinal arrays, reused from query to query:
 * `score` sums each word's best alternative, `mask` records which words a document matched, so
 * AND (mask full) and the partial-match fallback (most bits) are read off afterwards.
 */
export class Matcher {
  score = new Float32Array(0)
  mask = new Uint16Array(0)
  /** Bits of the words a document matched in its title: only documents with all of them can earn a title bonus. */
  private titleMask = new Uint16Array(0)
  private wordScore = new Float32Array(0)
  private touched = new Uint32Array(0)
  private touchedCount = 0
  /** With `allWords`: the documents matching every word so far, ascending; -1 before the first word. */
  private active = new Uint32Array(0)
  private activeCount = -1
  /** Scratch for phrase alternatives (see scorePhrase); all zero between calls. */
  private phraseHits = new Uint8Array(0)
  private phraseScore = new Float32Array(0)
  private phraseTitle = new Uint8Array(0)
  private phraseTouched = new Uint32Array(0)
  /** Term id → bits of the query words it satisfies, for the title bonus. */
  private termWords = new Uint16Array(0)
  private markedTerms: number[] = []
  private readonly bm25 = new Bm25f()

  /** Documents that matched at least one word, in the order first seen. */
  get candidates(): Uint32Array {
    return this.touched.subarray(0, this.touchedCount)
  }

  /**
   * Scores the documents matching `plan`. With `allWords`, words are taken rarest first and a
   * document that missed one is not scored for the next ones: much less work when common words
   * follow a rare one, but only documents matching every word come out complete, so the
   * partial-match fallback needs a second run without it. `skipUnmatched` leaves out the words
   * that have nothing to match (for that fallback's cheap first try). With `fieldMask`, only postings with a
   * frequency in those bits count, and only those fields score.
   */
  run(index: MemoryIndex, plan: QueryPlan, options: { allWords: boolean; skipUnmatched?: boolean; fieldMask?: number }): void {
    this.reset()
    this.reserve(index)
    const { docs, postings } = index
    const fieldMask = options.fieldMask ?? 0
    this.bm25.prepare(docs.lengthSums, docs.live)
    const size = (w: number) => {
      const word = plan.words[w]!
      const terms = word.alternatives.reduce((sum, alternative) => sum + postings.count(alternative.term), 0)
      return word.phrases.reduce((sum, phrase) => sum + Math.min(...phrase.terms.map((term) => postings.count(term))), terms)
    }
    const order = plan.words.map((_, w) => w).filter((w) => !options.skipUnmatched || canMatch(plan.words[w]!))
    if (options.allWords) order.sort((a, b) => size(a) - size(b))
    let required = 0
    for (const [step, w] of order.entries()) {
      const bit = 1 << w
      for (const alternative of plan.words[w]!.alternatives) {
        const { term } = alternative
        if (this.termWords[term] === 0) this.markedTerms.push(term)
        this.termWords[term]! |= bit
        const multiplier = alternative.weight * idf(postings.count(term), docs.live)
        if (required !== 0 && this.activeCount * SKIP_RATIO < postings.count(term))
          this.scoreActive(postings, term, multiplier, bit, fieldMask, docs.lengths)
        else this.scorePostings(postings, term, multiplier, bit, required, fieldMask, docs.lengths)
      }
      for (const phrase of plan.words[w]!.phrases) this.scorePhrase(index, phrase, bit, required, fieldMask)
      if (!options.allWords) continue
      required |= bit
      if (step < order.length - 1) this.keepActive(required)
    }
  }

  /** Linear pass over a posting list, skipping documents that already missed a word. */
  private scorePostings(
    postings: MemoryIndex['postings'],
    term: number,
    multiplier: number,
    bit: number,
    required: number,
    fieldMask: number,
    lengths: Uint16Array,
  ): void {
    const baseDocs = postings.baseDocs
    const baseTfs = postings.baseTfs
    const mask = this.mask
    for (let i = postings.baseStart(term), end = postings.baseEnd(term); i < end; i++) {
      const doc = baseDocs[i]!
      if ((mask[doc]! & required) === required) this.accumulate(doc, baseTfs[i]!, multiplier, bit, fieldMask, lengths)
    }
    const delta = postings.deltaOf(term)
    if (!delta) return
    for (let i = 0; i < delta.docs.length; i++) {
      const doc = delta.docs[i]!
      if ((mask[doc]! & required) === required) this.accumulate(doc, delta.tfs[i]!, multiplier, bit, fieldMask, lengths)
    }
  }

  /**
   * Looks the few documents still matching every word up in a long posting list by galloping
   * (exponential then binary search), instead of reading the whole list: a rare word followed by
   * "made" or "with" costs the rare word's size, not the catalog's.
   */
  private scoreActive(
    postings: MemoryIndex['postings'],
    term: number,
    multiplier: number,
    bit: number,
    fieldMask: number,
    lengths: Uint16Array,
  ): void {
    const baseDocs = postings.baseDocs
    const baseTfs = postings.baseTfs
    const end = postings.baseEnd(term)
    let at = postings.baseStart(term)
    const active = this.active
    for (let a = 0; a < this.activeCount && at < end; a++) {
      const doc = active[a]!
      if (baseDocs[at]! < doc) {
        let step = 1
        let low = at
        let high = at + 1
        while (high < end && baseDocs[high]! < doc) {
          low = high
          step *= 2
          high = at + step
        }
        if (high > end) high = end
        while (low < high) {
          const mid = (low + high) >>> 1
          if (baseDocs[mid]! < doc) low = mid + 1
          else high = mid
        }
        at = low
      }
      if (at < end && baseDocs[at] === doc) this.accumulate(doc, baseTfs[at]!, multiplier, bit, fieldMask, lengths)
    }
    const delta = postings.deltaOf(term)
    if (!delta) return
    const mask = this.mask
    for (let i = 0; i < delta.docs.length; i++) {
      const doc = delta.docs[i]!
      if (mask[doc] !== 0) this.accumulate(doc, delta.tfs[i]!, multiplier, bit, fieldMask, lengths)
    }
  }

  /** Narrows the active list, in ordinal order, to the documents that matched every word so far. */
  private keepActive(required: number): void {
    if (this.activeCount < 0) {
      const first = this.touched.subarray(0, this.touchedCount)
      this.active.set(first)
      this.activeCount = this.touchedCount
      // One term's postings arrive in ordinal order already; only a union of several needs sorting.
      let sorted = true
      for (let i = 1; i < first.length && sorted; i++) sorted = first[i - 1]! < first[i]!
      if (!sorted) this.active.subarray(0, this.activeCount).sort()
    }
    const { active, mask } = this
    let kept = 0
    for (let a = 0; a < this.activeCount; a++) {
      const doc = active[a]!
      if ((mask[doc]! & required) === required) active[kept++] = doc
    }
    this.activeCount = kept
  }

  private accumulate(doc: number, packed: number, multiplier: number, bit: number, fieldMask: number, lengths: Uint16Array): void {
    if (fieldMask !== 0) {
      packed &= fieldMask
      if (packed === 0) return
    }
    this.add(doc, multiplier * this.bm25.score(packed, lengths, doc * FIELD_COUNT), bit, (packed & TITLE_BITS) !== 0)
  }

  /** Credits a document with one word: its best alternative's score counts, once. */
  private add(doc: number, value: number, bit: number, inTitle: boolean): void {
    if (inTitle) this.titleMask[doc]! |= bit
    const mask = this.mask[doc]!
    if ((mask & bit) !== 0) {
      const previous = this.wordScore[doc]!
      if (value > previous) {
        this.score[doc]! += value - previous
        this.wordScore[doc] = value
      }
      return
    }
    if (mask === 0) this.touched[this.touchedCount++] = doc
    this.mask[doc] = mask | bit
    this.score[doc]! += value
    this.wordScore[doc] = value
  }

  /**
   * A phrase alternative: documents holding every term of it (anywhere, not necessarily side by
   * side) score the sum of its terms. `phraseHits[doc]` counts the terms found so far, in order, so
   * a document missing one drops out without a set per term.
   */
  private scorePhrase(index: MemoryIndex, phrase: PhraseAlternative, bit: number, required: number, fieldMask: number): void {
    const { postings, docs } = index
    const { phraseHits, phraseScore, phraseTitle, mask } = this
    let touched = 0
    phrase.terms.forEach((term, i) => {
      if (this.termWords[term] === 0) this.markedTerms.push(term)
      this.termWords[term]! |= bit
      const multiplier = phrase.weight * idf(postings.count(term), docs.live)
      postings.forEach(term, (doc, tf) => {
        if ((mask[doc]! & required) !== required || phraseHits[doc] !== i) return
        const packed = fieldMask === 0 ? tf : tf & fieldMask
        if (packed === 0) return
        const value = multiplier * this.bm25.score(packed, docs.lengths, doc * FIELD_COUNT)
        const inTitle = (packed & TITLE_BITS) !== 0 ? 1 : 0
        if (i === 0) {
          this.phraseTouched[touched++] = doc
          phraseScore[doc] = value
          phraseTitle[doc] = inTitle
        } else {
          phraseScore[doc]! += value
          phraseTitle[doc]! += inTitle
        }
        phraseHits[doc] = i + 1
      })
    })
    const length = phrase.terms.length
    for (let j = 0; j < touched; j++) {
      const doc = this.phraseTouched[j]!
      if (phraseHits[doc] === length) this.add(doc, phraseScore[doc]!, bit, phraseTitle[doc] === length)
      phraseHits[doc] = 0
    }
  }

  /** How much the title raises a document's score for a query of `wordCount` words (1 when it does not). */
  titleMultiplier(index: MemoryIndex, ord: number, wordCount: number): number {
    const pool = index.docs.titleTerms
    const data = pool.data
    const termWords = this.termWords
    const full = (1 << wordCount) - 1
    if (this.titleMask[ord] !== full) return 1
    const last = 1 << (wordCount - 1)
    let seen = 0
    // Bit k of `chain` is set when words 0..k end at this position in order; `startChain` the same from the first position only.
    let chain = 0
    let startChain = 0
    let phrase = false
    let titleStart = false
    let positions = 0
    let i = pool.start[ord]!
    const end = i + pool.length[ord]!
    while (i < end) {
      let current = termWords[data[i++]! & ~SAME_WORD]!
      while (i < end && (data[i]! & SAME_WORD) !== 0) current |= termWords[data[i++]! & ~SAME_WORD]!
      positions++
      seen |= current
      chain = current & ((chain << 1) | 1)
      startChain = positions === 1 ? current & 1 : current & (startChain << 1)
      if ((chain & last) !== 0) phrase = true
      if ((startChain & last) !== 0) titleStart = true
    }
    if ((seen & full) !== full) return 1
    let multiplier = ALL_IN_TITLE
    if (phrase && wordCount > 1) multiplier *= PHRASE
    if (titleStart) multiplier *= TITLE_START
    if (titleStart && positions === wordCount) multiplier *= EXACT_TITLE
    return multiplier
  }

  /** Clears what the last query touched, so the arrays are all zero again. */
  reset(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const doc = this.touched[i]!
      this.score[doc] = 0
      this.mask[doc] = 0
      this.titleMask[doc] = 0
    }
    this.touchedCount = 0
    this.activeCount = -1
    for (const term of this.markedTerms) this.termWords[term] = 0
    this.markedTerms = []
  }

  /** Sizes the per-ordinal arrays for the index; queries without words still read `score`. */
  reserve(index: MemoryIndex): void {
    const documents = index.docs.count
    const terms = index.terms.size
    if (this.score.length < documents) {
      const size = Math.max(documents, this.score.length * 2, 1024)
      this.score = new Float32Array(size)
      this.mask = new Uint16Array(size)
      this.titleMask = new Uint16Array(size)
      this.wordScore = new Float32Array(size)
      this.touched = new Uint32Array(size)
      this.active = new Uint32Array(size)
      this.phraseHits = new Uint8Array(size)
      this.phraseScore = new Float32Array(size)
      this.phraseTitle = new Uint8Array(size)
      this.phraseTouched = new Uint32Array(size)
    }
    if (this.termWords.length < terms) {
      const grown = new Uint16Array(Math.max(terms, this.termWords.length * 2, 1024))
      grown.set(this.termWords)
      this.termWords = grown
    }
  }
}
