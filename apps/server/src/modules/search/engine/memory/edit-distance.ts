import { MAX_TERM_LENGTH } from './normalize.js'

const ROW = MAX_TERM_LENGTH + 2
let previous2 = new Int32Array(ROW)
let previous = new Int32Array(ROW)
let current = new Int32Array(ROW)

/**
 * Damerau-Levenshtein distance (optimal string alignment: an adjacent swap counts as one edit),
 * giving up as soon as it must exceed `max`. Returns `max + 1` for anything farther.
 */
export function boundedDamerau(a: string, b: string, max: number): number {
  const n = a.length
  const m = b.length
  if (Math.abs(n - m) > max) return max + 1
  if (n === 0 || m === 0) return Math.max(n, m) <= max ? Math.max(n, m) : max + 1
  if (m + 1 > previous.length) {
    previous2 = new Int32Array(m + 1)
    previous = new Int32Array(m + 1)
    current = new Int32Array(m + 1)
  }
  for (let j = 0; j <= m; j++) previous[j] = j
  for (let i = 1; i <= n; i++) {
    current[0] = i
    let rowMin = i
    const ai = a.charCodeAt(i - 1)
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1)
      const cost = ai === bj ? 0 : 1
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, previous2[j - 2]! + 1)
      current[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    const spare = previous2
    previous2 = previous
    previous = current
    current = spare
  }
  const distance = previous[m]!
  return distance <= max ? distance : max + 1
}

/**
 * The distance from `word` to the nearest beginning of `term` ("jakc" is 1 from "jack…" of
 * "jacket"), bounded like boundedDamerau: `max + 1` when every beginning is farther.
 */
export function boundedPrefixDamerau(word: string, term: string, max: number): number {
  const n = word.length
  const m = Math.min(term.length, n + max)
  if (n === 0) return 0
  if (m + 1 > previous.length) {
    previous2 = new Int32Array(m + 1)
    previous = new Int32Array(m + 1)
    current = new Int32Array(m + 1)
  }
  for (let j = 0; j <= m; j++) previous[j] = j
  for (let i = 1; i <= n; i++) {
    current[0] = i
    let rowMin = i
    const wi = word.charCodeAt(i - 1)
    for (let j = 1; j <= m; j++) {
      const tj = term.charCodeAt(j - 1)
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (wi === tj ? 0 : 1))
      if (i > 1 && j > 1 && wi === term.charCodeAt(j - 2) && word.charCodeAt(i - 2) === tj) d = Math.min(d, previous2[j - 2]! + 1)
      current[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    const spare = previous2
    previous2 = previous
    previous = current
    current = spare
  }
  let best = max + 1
  for (let j = 0; j <= m; j++) if (previous[j]! < best) best = previous[j]!
  return best
}
