import { allowedTypos, type Suggestion } from '../port.js'
import { hasBit } from './bitset.js'
import { boundedDamerau } from './edit-distance.js'
import { highlight } from './highlight.js'
import type { Matcher } from './matcher.js'
import type { MemoryIndex } from './memory-index.js'
import { normalizeText, scanWords, termOf } from './normalize.js'
import { matchedTerms, planQuery, type CompiledDictionary, type PlannedWord } from './query-plan.js'
import type { ResultBuffer } from './search.js'
import { TITLE_BITS } from './scorer.js'
import { selectTop } from './sort.js'

const MAX_SUGGESTIONS = 50
/** Product candidates looked at per wanted suggestion: titles repeat, and repeats are dropped. */
const OVERSAMPLE = 4

/**
 * Suggestions as the shopper types: categories and brands whose names match every word (the last
 * as a prefix), each kind capped at a quarter of `limit`, then products whose titles match, best
 * first, one per distinct title.
 */
export function runSuggest(
  index: MemoryIndex,
  matcher: Matcher,
  buffer: ResultBuffer,
  dictionary: CompiledDictionary,
  input: { prefix: string; currency: string; limit: number },
): Suggestion[] {
  const limit = Number.isFinite(input.limit) ? Math.min(Math.max(Math.trunc(input.limit), 0), MAX_SUGGESTIONS) : 0
  if (limit === 0) return []
  const plan = planQuery(String(input.prefix ?? ''), index, dictionary, { minPrefixLength: 1 })
  if (plan.words.length === 0) return []

  const quota = Math.ceil(limit / 4)
  const typed = plan.words.flatMap((word) => word.parts)
  const categoryNames = [...index.categoryNames]
    .map(([id, name]) => ({ id, name, count: countOf(index.categories, id) }))
    .filter((entry) => entry.count > 0)
  const categories = matchNames(categoryNames, typed, dictionary, quota).map(({ id, name, marked }): Suggestion => ({
    kind: 'category',
    id,
    label: name,
    highlightedLabel: highlight(name, marked),
  }))
  const brandNames = index.brands.labels
    .map((name, id) => ({ id: name, name, count: index.brands.counts[id]! }))
    .filter((entry) => entry.count > 0)
  const brands = matchNames(brandNames, typed, dictionary, quota).map(({ name, marked }): Suggestion => ({
    kind: 'brand',
    id: name,
    label: name,
    highlightedLabel: highlight(name, marked),
  }))
  const products = suggestProducts(index, matcher, buffer, plan.words, input.currency, limit - categories.length - brands.length)
  return [...categories, ...brands, ...products]
}

function countOf(values: MemoryIndex['categories'], label: string): number {
  const id = values.get(label)
  return id === undefined ? 0 : values.counts[id]!
}

function suggestProducts(
  index: MemoryIndex,
  matcher: Matcher,
  buffer: ResultBuffer,
  words: PlannedWord[],
  currency: string,
  wanted: number,
): Suggestion[] {
  const prices = index.docs.prices.get(currency)
  if (wanted <= 0 || !prices) return []
  try {
    matcher.run(index, { words, interpretedAs: '' }, { allWords: true, fieldMask: TITLE_BITS })
    const full = (1 << words.length) - 1
    const candidates = matcher.candidates
    const results = buffer.ensure(candidates.length)
    let total = 0
    for (let i = 0; i < candidates.length; i++) {
      const ord = candidates[i]!
      if (matcher.mask[ord] !== full || !hasBit(index.docs.alive, ord) || Number.isNaN(prices[ord])) continue
      matcher.score[ord]! *= matcher.titleMultiplier(index, ord, words.length)
      results[total++] = ord
    }
    const score = matcher.score
    const { sales, ids, titles } = index.docs
    const ranked = selectTop(
      results,
      total,
      wanted * OVERSAMPLE,
      (a, b) => score[b]! - score[a]! || sales[b]! - sales[a]! || (ids[a]! < ids[b]! ? -1 : 1),
    )
    const matched = new Set<string>()
    for (const term of matchedTerms(words)) matched.add(index.terms.terms[term]!)
    const seen = new Set<string>()
    const suggestions: Suggestion[] = []
    for (const ord of ranked) {
      const label = titles[ord]!
      if (seen.has(label)) continue
      seen.add(label)
      suggestions.push({ kind: 'product', id: ids[ord]!, label, highlightedLabel: highlight(label, matched) })
      if (suggestions.length === wanted) break
    }
    return suggestions
  } finally {
    matcher.reset()
  }
}

/** Terms of a name, cached: the same few hundred names are matched on every keystroke. */
const nameTermsCache = new Map<string, string[]>()

function nameTerms(name: string): string[] {
  let terms = nameTermsCache.get(name)
  if (!terms) {
    terms = []
    const into = terms
    scanWords(normalizeText(name), (word) => {
      into.push(termOf(word.joined))
      if (word.parts.length > 1) for (const part of word.parts) into.push(termOf(part))
    })
    if (nameTermsCache.size > 10_000) nameTermsCache.clear()
    nameTermsCache.set(name, terms)
  }
  return terms
}

/** Names where every word matches a word of the name (exactly, as a synonym, as a prefix for the last word, or within its typo allowance). */
function matchNames<T extends { name: string; count: number }>(
  entries: T[],
  words: string[],
  dictionary: CompiledDictionary,
  limit: number,
): (T & { marked: Set<string> })[] {
  const matched: (T & { marked: Set<string>; typos: number })[] = []
  for (const entry of entries) {
    const terms = nameTerms(entry.name)
    const marked = new Set<string>()
    let typos = 0
    const all = words.every((word, i) => {
      const folded = termOf(word)
      const synonyms = dictionary.synonyms.get(folded) ?? []
      const last = i === words.length - 1
      let best = Infinity
      for (const term of terms) {
        let distance = Infinity
        if (term === folded || synonyms.includes(term) || (last && term.startsWith(word))) distance = 0
        else if (allowedTypos(word) > 0) distance = boundedDamerau(folded, term, allowedTypos(word))
        if (distance > allowedTypos(word) && distance !== 0) continue
        marked.add(term)
        best = Math.min(best, distance)
      }
      typos += best === Infinity ? 0 : best
      return best !== Infinity
    })
    if (all) matched.push({ ...entry, marked, typos })
  }
  // A name needing more typos than the nearest one is another word ("speakers" is two from "sneekers", "sneakers" one).
  const nearest = Math.min(...matched.map((entry) => entry.typos))
  return matched
    .filter((entry) => entry.typos === nearest)
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
    .slice(0, limit)
}
