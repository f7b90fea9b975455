/**
 * Clauses as tsquery text for to_tsquery('shopstack_search', $1). The text is a bound parameter;
 * its words come from text.ts (letters and digits only), so quoting them is enough to keep every
 * shopper's input a plain word, never an operator.
 */
import type { Alternative, Clause } from './interpret.js'
import { foldPlural } from '../plural.js'

const PLAIN_WORD = /^[\p{L}\p{Nd}]+$/u

/** A word as it is indexed (plural folded), quoted. */
function quote(word: string): string {
  if (!PLAIN_WORD.test(word)) throw new Error(`not a folded word: ${JSON.stringify(word)}`)
  return `'${foldPlural(word)}'`
}

function alternative(alt: Alternative): string {
  return alt.words.map(quote).join(' <-> ') + (alt.prefix ? ':*' : '')
}

export function clauseQuery(clause: Clause): string {
  return `(${clause.alternatives.map(alternative).join(' | ')})`
}

/** Every clause must match. */
export const allOf = (clauses: Clause[]) => clauses.map(clauseQuery).join(' & ')

/** Any clause may match: the fallback when no document has them all. */
export const anyOf = (clauses: Clause[]) => clauses.map(clauseQuery).join(' | ')

/** Every clause, its last word taken as typed rather than as a beginning: what an exact title match has. */
export const allExactly = (clauses: Clause[]) =>
  allOf(clauses.map((clause) => ({ ...clause, alternatives: clause.alternatives.map((alt) => ({ words: alt.words })) })))

/** Each searched word on its own, for telling which title words were found. */
export function anyWord(clauses: Clause[]): string {
  const words = new Set<string>()
  for (const clause of clauses)
    for (const alt of clause.alternatives)
      if (alt.prefix) words.add(alternative(alt))
      else for (const word of alt.words) words.add(quote(word))
  return [...words].join(' | ')
}
