/**
 * From a shopper's words to what is searched: stop words dropped, typos corrected towards the
 * vocabulary, the last word completed, synonyms expanded. Pure: the vocabulary facts come in as data
 * (see vocabulary.ts), so every rule here is tested without a database. The rules are the in-process
 * engine's (memory/query-plan.ts), so both engines read a query alike.
 */
import { allowedTypos } from '../port.js'
import { distances } from './edit-distance.js'
import { foldPlural } from '../plural.js'
import { tokenize } from './text.js'

/** Query text past this is ignored, and at most this many words are read from it. */
const MAX_QUERY_CHARS = 2_000
const MAX_SCANNED_WORDS = 64
/** Words searched for, after stop words went: a pasted paragraph costs no more than a long query. */
export const MAX_QUERY_WORDS = 16
/** Synonym phrases longer than this are not looked for in a query. */
const MAX_PHRASE_WORDS = 4
/** Completions of the last word that its stemmed prefix would miss, at most. */
export const MAX_COMPLETIONS = 20
/** Typo corrections kept per word: every word at the nearest distance, up to this many. */
const MAX_CORRECTIONS = 8
/** A last word corrected as the beginning of a longer word must get its first letters right. */
const PREFIX_TYPO_KEPT_LETTERS = 2

/** The words of a query as typed (folded), before the dictionary is applied. */
export interface ScannedQuery {
  words: string[]
  /** No space after the last word: it may be unfinished. */
  endsInsideWord: boolean
}

export function scanQuery(text: string): ScannedQuery {
  const clipped = text.slice(0, MAX_QUERY_CHARS)
  const words = tokenize(clipped)
    .slice(0, MAX_SCANNED_WORDS)
    .map((token) => token.word)
  return { words, endsInsideWord: !/\s$/u.test(clipped) }
}

export interface QueryWords {
  words: string[]
  /** The last word is also matched as the beginning of longer words. */
  lastIsPrefix: boolean
}

/**
 * Stop words out (unless nothing else is left), repeats out, at most MAX_QUERY_WORDS. The last word
 * is a prefix when the text ends inside it and it has at least `minPrefixLength` letters.
 */
export function queryWords(scanned: ScannedQuery, stopWords: ReadonlySet<string>, minPrefixLength: number): QueryWords {
  const meaningful = scanned.words.filter((word) => !stopWords.has(word))
  const words = [...new Set(meaningful.length > 0 ? meaningful : scanned.words)].slice(0, MAX_QUERY_WORDS)
  const last = words.at(-1)
  return { words, lastIsPrefix: last !== undefined && scanned.endsInsideWord && [...last].length >= minPrefixLength }
}

/** One synonym group, each phrase as its indexed words (plurals folded). */
export type SynonymGroup = string[][]

/** What the vocabulary says about the query's words. */
export interface WordFacts {
  /** Query words that some document holds, in either plural form. */
  known: Set<string>
  stopWords: Set<string>
  /** Groups with a phrase starting with one of the words (compared plural-folded). */
  synonyms: SynonymGroup[]
  /** The word whose completions were looked up (the last one), and whether any document word begins with it. */
  completed: string | null
  lastCompletes: boolean
  /** Document words beginning with the last word that its stemmed prefix would not find ("runni" → "running"). */
  completions: string[]
}

export interface Candidate {
  term: string
  docs: number
}

/** One way to satisfy a clause: a word, a phrase (words in a row), or the beginning of a word. */
export interface Alternative {
  words: string[]
  prefix?: boolean
}

/** A query word (or synonym phrase) and everything that counts as finding it. */
export interface Clause {
  alternatives: Alternative[]
  /** How the clause reads in interpretedAs. */
  shown: string
}

/** A query word after stop words went, before synonyms. */
export interface PlannedWord {
  word: string
  prefix: boolean
  /** Whole words that complete a prefix. */
  completions: string[]
  /** Typo corrections, nearest first: they replace the word. */
  corrections: string[]
  shown: string
}

/** Each word with what it needs, and the words that need a typo correction. */
export function planWords(query: QueryWords, facts: WordFacts): { planned: PlannedWord[]; toCorrect: PlannedWord[] } {
  const inSynonyms = new Set(facts.synonyms.flat(2))
  const planned: PlannedWord[] = []
  const toCorrect: PlannedWord[] = []
  query.words.forEach((word, index) => {
    const prefix = query.lastIsPrefix && index === query.words.length - 1
    const completes = prefix && facts.completed === word
    const item: PlannedWord = { word, prefix, completions: completes ? facts.completions : [], corrections: [], shown: word }
    planned.push(item)
    const found = facts.known.has(word) || inSynonyms.has(foldPlural(word)) || (completes && facts.lastCompletes)
    if (!found && allowedTypos(word) > 0) toCorrect.push(item)
  })
  return { planned, toCorrect }
}

interface Scored {
  term: string
  docs: number
  distance: number
  whole: boolean
}

/** A whole word before the beginning of one; then the more common word; then the alphabet. */
const byPreference = (a: Scored, b: Scored) =>
  Number(b.whole) - Number(a.whole) || b.docs - a.docs || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)

/**
 * The vocabulary words nearest to a word within its allowed typos (port.ts allowedTypos), all of
 * them at the nearest distance. A last word may be the beginning of a word, typo included
 * ("jakc" → "jacket"), when its first letters are right. Leaves the word alone when nothing is
 * near enough: it then finds nothing.
 */
export function correct(item: PlannedWord, candidates: Candidate[]): PlannedWord {
  const allowed = allowedTypos(item.word)
  const best = new Map<string, Scored>()
  const head = [...item.word].slice(0, PREFIX_TYPO_KEPT_LETTERS).join('')
  for (const { term, docs } of candidates) {
    if (term === item.word || best.has(term)) continue
    const d = distances(item.word, term)
    if (d.whole <= allowed) best.set(term, { term, docs, distance: d.whole, whole: true })
    else if (item.prefix && d.prefix <= allowed && term.startsWith(head)) best.set(term, { term, docs, distance: d.prefix, whole: false })
  }
  if (best.size === 0) return item
  const nearest = Math.min(...[...best.values()].map((s) => s.distance))
  const corrections = [...best.values()]
    .filter((s) => s.distance === nearest)
    .sort(byPreference)
    .slice(0, MAX_CORRECTIONS)
    .map((s) => s.term)
  return { ...item, completions: [], corrections, shown: corrections[0]! }
}

/** Phrase (space-joined words) → every phrase of every group it belongs to. */
function synonymIndex(groups: SynonymGroup[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>()
  for (const group of groups)
    for (const phrase of group) {
      const key = phrase.join(' ')
      index.set(key, [...(index.get(key) ?? []), ...group])
    }
  return index
}

function unique(alternatives: Alternative[]): Alternative[] {
  const seen = new Set<string>()
  return alternatives.filter((alternative) => {
    const key = `${alternative.words.map(foldPlural).join(' ')}${alternative.prefix ? '*' : ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The words from `start`, plurals folded, as a synonym phrase is keyed. */
const phraseAt = (words: PlannedWord[], start: number, length: number) =>
  words
    .slice(start, start + length)
    .map((w) => foldPlural(w.shown))
    .join(' ')

const shownAt = (words: PlannedWord[], start: number, length: number) =>
  words
    .slice(start, start + length)
    .map((w) => w.shown)
    .join(' ')

function alternativesOf(item: PlannedWord, synonyms: Map<string, string[][]>): Alternative[] {
  const synonymsOf = (word: string) => (synonyms.get(foldPlural(word)) ?? []).map((phrase) => ({ words: phrase }))
  if (item.corrections.length > 0) return item.corrections.flatMap((word) => [{ words: [word] }, ...synonymsOf(word)])
  return [
    { words: [item.word], prefix: item.prefix || undefined },
    ...item.completions.map((word) => ({ words: [word] })),
    ...synonymsOf(item.word),
  ]
}

/**
 * Clauses from the planned words: a run of words that is a synonym phrase ("t shirt") becomes one
 * clause matching any phrase of its group, longest run first; every other word is a clause of its own.
 */
export function toClauses(words: PlannedWord[], groups: SynonymGroup[]): Clause[] {
  const synonyms = synonymIndex(groups)
  const clauses: Clause[] = []
  for (let i = 0; i < words.length;) {
    let length = Math.min(MAX_PHRASE_WORDS, words.length - i)
    while (length > 1 && !synonyms.has(phraseAt(words, i, length))) length--
    const key = phraseAt(words, i, length)
    const alternatives =
      length > 1
        ? [{ words: key.split(' ') }, ...(synonyms.get(key) ?? []).map((phrase) => ({ words: phrase }))]
        : alternativesOf(words[i]!, synonyms)
    clauses.push({ alternatives: unique(alternatives), shown: shownAt(words, i, length) })
    i += length
  }
  return clauses
}
