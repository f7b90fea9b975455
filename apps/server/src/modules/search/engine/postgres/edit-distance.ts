/**
 * Edit distance for typo correction: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each count one ("jakcet" is one typo from "jacket", as a shopper would count it).
 * This is the optimal-string-alignment form of Damerau–Levenshtein, over code points.
 */

export interface Distances {
  /** From the word to the whole term. */
  whole: number
  /** From the word to the closest beginning of the term ("jakc" → "jack" of "jacket" is 1). */
  prefix: number
  /** How many code points of the term that closest beginning has. */
  prefixLength: number
}

/** Distances from `word` to `term` and to its closest beginning, in one pass. */
export function distances(word: string, term: string): Distances {
  const a = [...word]
  const b = [...term]
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1)
      row.push(best)
    }
    rows.push(row)
  }
  const last = rows[a.length]!
  let prefixLength = 0
  for (let j = 1; j <= b.length; j++) {
    // Among equally close beginnings, the one nearest the word's own length reads as what was meant.
    const better = last[j]! < last[prefixLength]!
    const asGoodButCloser = last[j] === last[prefixLength] && Math.abs(j - a.length) <= Math.abs(prefixLength - a.length)
    if (better || asGoodButCloser) prefixLength = j
  }
  return { whole: last[b.length]!, prefix: last[prefixLength]!, prefixLength }
}

const ALPHABET = [...'abcdefghijklmnopqrstuvwxyz0123456789']

/**
 * Every string one edit away from `word`, over a-z, digits and the word's own letters. Looking these
 * up exactly finds the short-word typos trigram distance ranks poorly ("hsoe" shares one trigram with "shoe").
 */
export function oneEditAway(word: string): string[] {
  const letters = [...word]
  const alphabet = [...new Set([...ALPHABET, ...letters])]
  const out = new Set<string>()
  const join = (parts: string[]) => parts.join('')
  for (let i = 0; i <= letters.length; i++) {
    for (const letter of alphabet) out.add(join([...letters.slice(0, i), letter, ...letters.slice(i)]))
    if (i === letters.length) break
    out.add(join([...letters.slice(0, i), ...letters.slice(i + 1)]))
    for (const letter of alphabet) out.add(join([...letters.slice(0, i), letter, ...letters.slice(i + 1)]))
    if (i + 1 < letters.length) out.add(join([...letters.slice(0, i), letters[i + 1]!, letters[i]!, ...letters.slice(i + 2)]))
  }
  out.delete(word)
  out.delete('')
  return [...out]
}
