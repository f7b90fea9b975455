import { allowedTypos, type SearchDictionary } from '../port.js'
import type { MemoryIndex } from './memory-index.js'
import { boundedDamerau, boundedPrefixDamerau } from './edit-distance.js'
import { normalizeText, scanWords, termOf, type RawWord } from './normalize.js'

/** Query text beyond this is ignored: 16 words never need more. */
const MAX_QUERY_CHARS = 2_000
/** Words searched for; the rest of a long query is dropped (stop words are removed first). */
export const MAX_QUERY_WORDS = 16
const MAX_SCANNED_WORDS = 64
/** Prefix expansions of the last word, keeping the most frequent terms. */
const PREFIX_EXPANSIONS = 24
const PREFIX_SCAN = 2_000
/** Beginnings of words a mistyped last word may complete to, at most. */
const TYPO_CANDIDATES = 8

const SYNONYM_WEIGHT = 0.9
/** A correction towards the beginning of a word ("jakc" → "jacket") is a weaker guess than one to a whole word. */
const PREFIX_TYPO_WEIGHT = 0.8
/** Terms looked at when correcting the beginning of a last word: those sharing its first two letters. */
const PREFIX_TYPO_SCAN = 3_000
const TYPO_WEIGHT = [1, 0.55, 0.35] as const

/** How a query word reached a term. */
export type MatchKind = 'exact' | 'synonym' | 'prefix' | 'typo'

export interface Alternative {
  term: number
  /** Multiplies the term's BM25F score: 1 for the word itself, less for synonyms, prefixes and typos. */
  weight: number
  typos: number
  kind: MatchKind
}

/** A synonym that is several words ("running shoes" for "trainers"): a document must hold all of them. */
export interface PhraseAlternative {
  terms: number[]
  weight: number
}

/** One clause of the query: usually one word, or a run of words that a synonym group lists as a phrase. */
export interface PlannedWord {
  /** The word as typed (normalised); words joined by spaces for a phrase. */
  text: string
  /** The typed words of the clause: one, or the words of the phrase. */
  parts: string[]
  /** The word as interpreted: the typed word, or the correction of a typo. */
  shown: string
  alternatives: Alternative[]
  phrases: PhraseAlternative[]
}

export interface QueryPlan {
  words: PlannedWord[]
  interpretedAs: string
}

export interface PlanOptions {
  /** The last word is also matched as the beginning of longer words from this many letters, unless the text ends with a space. */
  minPrefixLength: number
}

/** Stop words and synonym groups in the form the planner looks them up. */
export interface CompiledDictionary {
  stopWords: Set<string>
  /** Term → the other one-word entries of its groups. */
  synonyms: Map<string, string[]>
  /** Entry (its terms joined by spaces) → the other entries of its groups, each as its terms. */
  entries: Map<string, string[][]>
  /** Words in the longest entry, at most MAX_PHRASE_WORDS: how far the planner looks for a phrase. */
  longestEntry: number
}

export const EMPTY_DICTIONARY: CompiledDictionary = { stopWords: new Set(), synonyms: new Map(), entries: new Map(), longestEntry: 1 }

/** Synonym entries longer than this are not looked for in queries. */
const MAX_PHRASE_WORDS = 4

/** The terms of a dictionary entry, cut as the index cuts text: "T-Shirt" is one term (tshirt), "running shoes" two. */
function entryTerms(entry: string): string[] {
  const terms: string[] = []
  scanWords(normalizeText(entry), (word) => terms.push(termOf(word.joined)))
  return terms
}

export function compileDictionary(dictionary: SearchDictionary): CompiledDictionary {
  const stopWords = new Set<string>()
  for (const word of dictionary.stopWords ?? []) scanWords(normalizeText(word), (w) => stopWords.add(w.joined))
  const entries = new Map<string, Map<string, string[]>>()
  let longestEntry = 1
  for (const group of dictionary.synonyms ?? []) {
    const members = group.map(entryTerms).filter((terms) => terms.length > 0 && terms.length <= MAX_PHRASE_WORDS)
    for (const entry of members) {
      const key = entry.join(' ')
      longestEntry = Math.max(longestEntry, entry.length)
      const others = entries.get(key) ?? new Map<string, string[]>()
      for (const other of members) if (other.join(' ') !== key) others.set(other.join(' '), other)
      entries.set(key, others)
    }
  }
  const synonyms = new Map<string, string[]>()
  for (const [key, others] of entries)
    if (!key.includes(' '))
      synonyms.set(
        key,
        [...others.values()].filter((other) => other.length === 1).map((other) => other[0]!),
      )
  return { stopWords, synonyms, entries: new Map([...entries].map(([key, others]) => [key, [...others.values()]])), longestEntry }
}

/** Splits the query into words: a hyphenated word stays whole when the index knows it joined ("t-shirt"), else splits. */
function queryWords(text: string, index: MemoryIndex, dictionary: CompiledDictionary): { words: string[]; cut: boolean } {
  const raw: RawWord[] = []
  scanWords(normalizeText(text.slice(0, MAX_QUERY_CHARS)), (word) => raw.push(word), MAX_SCANNED_WORDS)
  const words: string[] = []
  for (const word of raw) {
    const joined = termOf(word.joined)
    if (word.parts.length === 1 || index.terms.get(joined) !== undefined || dictionary.synonyms.has(joined)) words.push(word.joined)
    else words.push(...word.parts)
  }
  const meaningful = words.filter((word) => !dictionary.stopWords.has(word))
  const kept = [...new Set(meaningful.length > 0 ? meaningful : words)]
  return { words: kept.slice(0, MAX_QUERY_WORDS), cut: kept.length > MAX_QUERY_WORDS || raw.length === MAX_SCANNED_WORDS }
}

/**
 * Turns query text into words and, for each, the terms that satisfy it: the word itself, its
 * synonyms, prefix expansions (last word) and, when none of those exist, typo corrections
 * within `allowedTypos`.
 */
export function planQuery(text: string, index: MemoryIndex, dictionary: CompiledDictionary, options: PlanOptions): QueryPlan {
  const { words, cut } = queryWords(text, index, dictionary)
  // A space after the last word says it is finished ("cap " should not find capes), and so does a
  // word that was followed by others the query limit cut off.
  const endsInsideWord = !cut && !/\s$/u.test(text)
  const planned: PlannedWord[] = []
  for (let i = 0; i < words.length;) {
    const length = phraseAt(words, i, dictionary)
    if (length > 1) planned.push(planPhrase(words.slice(i, i + length), index, dictionary))
    else planned.push(planWord(words[i]!, index, dictionary, options, i === words.length - 1 && endsInsideWord))
    i += length
  }
  return { words: planned, interpretedAs: planned.map((word) => word.shown).join(' ') }
}

/** How many words from `start` form a synonym entry (longest first), 1 when none does. */
function phraseAt(words: string[], start: number, dictionary: CompiledDictionary): number {
  for (let length = Math.min(dictionary.longestEntry, words.length - start); length > 1; length--)
    if (
      dictionary.entries.has(
        words
          .slice(start, start + length)
          .map(termOf)
          .join(' '),
      )
    )
      return length
  return 1
}

/** A run of words that is a synonym entry: found as those words together, or as any other entry of its groups. */
function planPhrase(words: string[], index: MemoryIndex, dictionary: CompiledDictionary): PlannedWord {
  const key = words.map(termOf).join(' ')
  const word: PlannedWord = { text: words.join(' '), parts: words, shown: words.join(' '), alternatives: [], phrases: [] }
  addEntry(word, key.split(' '), 1, index)
  for (const other of dictionary.entries.get(key) ?? []) addEntry(word, other, SYNONYM_WEIGHT, index)
  return word
}

/** Adds a synonym entry to a clause: one term as an alternative, several as a phrase, nothing when a term is unknown. */
function addEntry(word: Pick<PlannedWord, 'alternatives' | 'phrases'>, entry: string[], weight: number, index: MemoryIndex): void {
  const ids = entry.map((term) => index.terms.get(term))
  if (ids.some((id) => id === undefined || index.postings.count(id) === 0)) return
  if (ids.length === 1) word.alternatives.push({ term: ids[0]!, weight, typos: 0, kind: weight === 1 ? 'exact' : 'synonym' })
  else word.phrases.push({ terms: ids as number[], weight })
}

function planWord(word: string, index: MemoryIndex, dictionary: CompiledDictionary, options: PlanOptions, last: boolean): PlannedWord {
  const { terms, postings } = index
  const found = new Map<number, Alternative>()
  const put = (term: number | undefined, weight: number, typos: number, kind: MatchKind) => {
    if (term === undefined || postings.count(term) === 0) return
    const known = found.get(term)
    if (!known || known.weight < weight) found.set(term, { term, weight, typos, kind })
  }
  const putSynonyms = (term: string, weight: number, typos: number) => {
    for (const synonym of dictionary.synonyms.get(term) ?? []) put(terms.get(synonym), weight * SYNONYM_WEIGHT, typos, 'synonym')
  }

  const folded = termOf(word)
  const phrases: PhraseAlternative[] = []
  put(terms.get(folded), 1, 0, 'exact')
  putSynonyms(folded, 1, 0)
  const prefix = last && [...word].length >= options.minPrefixLength
  if (prefix)
    for (const id of prefixExpansions(word, folded, index))
      put(id, 0.55 + 0.3 * Math.min(1, word.length / terms.terms[id]!.length), 0, 'prefix')
  for (const entry of dictionary.entries.get(folded) ?? [])
    if (entry.length > 1) addEntry({ alternatives: [], phrases }, entry, SYNONYM_WEIGHT, index)
  let shown = word
  if (found.size === 0 && phrases.length === 0) {
    const fixes = corrections(word, folded, index, prefix)
    for (const { id, distance, whole } of fixes) {
      const weight = TYPO_WEIGHT[distance as 1 | 2] * (whole ? 1 : PREFIX_TYPO_WEIGHT)
      put(id, weight, distance, 'typo')
      putSynonyms(terms.terms[id]!, weight, distance)
    }
    if (fixes.length > 0) shown = terms.display(fixes[0]!.id, word)
  }
  return { text: word, parts: [word], shown, alternatives: [...found.values()], phrases }
}

/** Terms that name products come first, then the more frequent: "ba" → bag, backpack, bath before a word of a description. */
const byStrength = (index: MemoryIndex) => (a: number, b: number) =>
  index.postings.namingCount(b) - index.postings.namingCount(a) || index.postings.count(b) - index.postings.count(a) || a - b

/** Words the last word may be the beginning of: fewer for shorter beginnings, which say less. */
export function prefixExpansions(word: string, folded: string, index: MemoryIndex): number[] {
  const { terms, postings } = index
  const wanted = Math.min(PREFIX_EXPANSIONS, 4 * [...word].length)
  return terms
    .withPrefix(word, PREFIX_SCAN)
    .filter((id) => postings.count(id) > 0 && terms.terms[id] !== folded)
    .sort(byStrength(index))
    .slice(0, wanted)
}

export interface Correction {
  id: number
  distance: number
  /** Distance from the word as typed (not plural-folded): the tie-break between equally near terms. */
  typed: number
  /** False when the term's beginning, not the whole term, is near the word ("jakc" → "jacket"). */
  whole: boolean
}

/**
 * What a word that matches nothing was probably meant to be, within its typo allowance: the
 * nearest whole term (by distance, then distance from the typed form, then the term that names
 * more products, then the more frequent), or, when a beginning of a term is nearer (last word
 * only), the terms starting that way. A typo in the first two letters of a beginning is not looked for.
 */
export function corrections(word: string, folded: string, index: MemoryIndex, prefix = false): Correction[] {
  const max = allowedTypos(word)
  if (max === 0) return []
  const { terms, postings, typos } = index
  const best = new Map<number, Correction>()
  const consider = (candidate: Correction) => {
    if (candidate.distance === 0 || candidate.distance > max || postings.count(candidate.id) === 0) return
    const known = best.get(candidate.id)
    if (!known || compareCorrections(candidate, known, index) < 0) best.set(candidate.id, candidate)
  }
  typos.candidates([word, folded], max, (id) => {
    let distance = max + 1
    let typed = max + 1
    for (const spelling of terms.spellings(id)) {
      const fromTyped = boundedDamerau(word, spelling, max)
      typed = Math.min(typed, fromTyped)
      distance = Math.min(distance, fromTyped, folded === word ? fromTyped : boundedDamerau(folded, spelling, max))
    }
    consider({ id, distance, typed, whole: true })
  })
  if (prefix)
    for (const id of terms.withPrefix(word.slice(0, 2), PREFIX_TYPO_SCAN)) {
      const distance = boundedPrefixDamerau(word, terms.terms[id]!, max)
      consider({ id, distance, typed: distance, whole: false })
    }
  const ranked = [...best.values()].sort((a, b) => compareCorrections(a, b, index))
  const first = ranked[0]
  if (!first) return []
  if (first.whole) return [first]
  return ranked.filter((c) => !c.whole && c.distance === first.distance && c.typed === first.typed).slice(0, TYPO_CANDIDATES)
}

function compareCorrections(a: Correction, b: Correction, index: MemoryIndex): number {
  return a.distance - b.distance || a.typed - b.typed || Number(b.whole) - Number(a.whole) || byStrength(index)(a.id, b.id)
}

/** Every term a query can match, for highlighting. */
export function matchedTerms(words: readonly PlannedWord[]): number[] {
  return words.flatMap((word) => [
    ...word.alternatives.map((alternative) => alternative.term),
    ...word.phrases.flatMap((phrase) => phrase.terms),
  ])
}
