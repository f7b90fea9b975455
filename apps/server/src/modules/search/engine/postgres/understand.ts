/** A shopper's text read against the index's vocabulary and dictionary: the clauses to search for. */
import type { Db } from '../../../../platform/db/database.js'
import { correct, planWords, queryWords, scanQuery, toClauses, type Clause } from './interpret.js'
import { candidates, completionFacts, synonymGroups, wordFacts } from './vocabulary.js'

export interface Understood {
  /** Empty when the text has no words (then nothing narrows the search). */
  clauses: Clause[]
  interpretedAs: string
}

/** `minPrefixLength`: a last word shorter than this is only matched whole (search 2, suggestions 1). */
export async function understand(db: Db, text: string, minPrefixLength: number): Promise<Understood> {
  const scanned = scanQuery(text)
  if (scanned.words.length === 0) return { clauses: [], interpretedAs: '' }
  const typedLast = scanned.words.at(-1)!
  const guess = scanned.endsInsideWord && [...typedLast].length >= minPrefixLength ? typedLast : null
  let facts = await wordFacts(db, scanned.words, guess)
  const query = queryWords(scanned, facts.stopWords, minPrefixLength)
  const last = query.lastIsPrefix ? query.words.at(-1)! : null
  if (last !== null && last !== facts.completed) facts = { ...facts, ...(await completionFacts(db, last)) }

  const { planned, toCorrect } = planWords(query, facts)
  let words = planned
  let groups = facts.synonyms
  if (toCorrect.length > 0) {
    const found = await candidates(db, toCorrect)
    const corrected = new Map(toCorrect.map((item) => [item, correct(item, found.get(item.word) ?? [])]))
    words = planned.map((item) => corrected.get(item) ?? item)
    const corrections = [...corrected.values()].flatMap((item) => item.corrections)
    if (corrections.length > 0) groups = [...groups, ...(await synonymGroups(db, corrections))]
  }
  const clauses = toClauses(words, groups)
  return { clauses, interpretedAs: clauses.map((clause) => clause.shown).join(' ') }
}
