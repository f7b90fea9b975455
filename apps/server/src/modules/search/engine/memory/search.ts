import type { SearchHit, SearchQuery, SearchResult, SearchSort } from '../port.js'
import { hasBit } from './bitset.js'
import { FacetCounter, priceBoundaries } from './facets.js'
import { PreparedFilters } from './filters.js'
import { highlight } from './highlight.js'
import { canMatch, wordsMatched, type Matcher } from './matcher.js'
import type { MemoryIndex } from './memory-index.js'
import { matchedTerms, planQuery, type CompiledDictionary, type QueryPlan } from './query-plan.js'
import { comparatorFor, selectTop } from './sort.js'

/** The deepest page a query can reach; the service bounds pages well below this. */
const MAX_WINDOW = 10_000
const MAX_LIMIT = 1_000
const SORTS = new Set<SearchSort>(['relevance', 'price_asc', 'price_desc', 'newest', 'bestselling'])

/** Scratch space for result ordinals, reused across queries. */
export class ResultBuffer {
  items = new Uint32Array(0)

  ensure(size: number): Uint32Array {
    if (this.items.length < size) this.items = new Uint32Array(Math.max(size, this.items.length * 2, 1024))
    return this.items
  }
}

const integerIn = (value: number, min: number, max: number) =>
  Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), min), max) : min

/** Runs one query against the index: match, filter, count facets, sort, page and highlight. */
export function runSearch(
  index: MemoryIndex,
  matcher: Matcher,
  buffer: ResultBuffer,
  dictionary: CompiledDictionary,
  query: SearchQuery,
): SearchResult {
  const plan = planQuery(String(query.text ?? ''), index, dictionary, { minPrefixLength: 2 })
  const filters = new PreparedFilters(index, query)
  const prices = filters.prices
  const counter = query.facets && prices ? new FacetCounter(index, filters.groups, prices, priceBoundaries(query.priceBuckets)) : null
  const emptyFacets = query.facets ? { brand: [], category: [], price: [], attributes: {} } : null
  if (!prices) return { total: 0, hits: [], facets: emptyFacets, interpretedAs: plan.interpretedAs }

  const words = plan.words.length
  const sort: SearchSort = SORTS.has(query.sort) ? query.sort : 'relevance'
  let total = 0
  try {
    let results: Uint32Array
    if (words === 0) {
      matcher.reserve(index)
      results = buffer.ensure(index.docs.count)
      for (let ord = 0; ord < index.docs.count; ord++) total = admit(ord, filters, counter, results, total)
    } else {
      matcher.run(index, plan, { allWords: true })
      let level = requiredWords(matcher.candidates, matcher.mask, filters, words)
      // Words that match nothing cannot count: first look for documents matching all the others,
      // which is cheap; only when that fails too does every posting of every word get scored.
      const matchable = plan.words.filter(canMatch).length
      if (level < words && matchable < words && matchable > 0) {
        matcher.run(index, plan, { allWords: true, skipUnmatched: true })
        level = requiredWords(matcher.candidates, matcher.mask, filters, matchable) === matchable ? matchable : 0
      }
      if (level < matchable) {
        matcher.run(index, plan, { allWords: false })
        level = requiredWords(matcher.candidates, matcher.mask, filters, words)
      }
      // Nothing passes the filters: no results, and the facets count the documents matching every word.
      if (level === 0) level = words
      const candidates = matcher.candidates
      results = buffer.ensure(candidates.length)
      for (let i = 0; i < candidates.length; i++) {
        const ord = candidates[i]!
        if (wordsMatched(matcher.mask[ord]!) >= level) total = admit(ord, filters, counter, results, total)
      }
      if (sort === 'relevance') applyTitleBonus(index, matcher, results, total, words)
    }

    const offset = integerIn(query.offset, 0, MAX_WINDOW)
    const limit = integerIn(query.limit, 0, MAX_LIMIT)
    const compare = comparatorFor(sort, {
      score: matcher.score,
      prices,
      createdAt: index.docs.createdAt,
      sales: index.docs.sales,
      ids: index.docs.ids,
    })
    const page = selectTop(results, total, offset + limit, compare).slice(offset)
    const hits = pageHits(index, matcher, plan, page, sort !== 'relevance' && words > 0)
    return { total, hits, facets: counter?.result() ?? emptyFacets, interpretedAs: plan.interpretedAs }
  } finally {
    matcher.reset()
  }
}

/** Files one document: into the results when it passes every filter, into the facet counts when it fails at most one facet's filter. */
function admit(ord: number, filters: PreparedFilters, counter: FacetCounter | null, results: Uint32Array, total: number): number {
  const failed = filters.failures(ord)
  if (failed === 0) {
    results[total++] = ord
    counter?.tally(ord, -1)
  } else if (failed > 0 && counter && (failed & (failed - 1)) === 0) {
    counter.tally(ord, 31 - Math.clz32(failed))
  }
  return total
}

/**
 * How many words a result must match: all of them when any document passing the filters does;
 * otherwise the most that any such document matches (the partial-match fallback); 0 when none passes.
 */
function requiredWords(candidates: Uint32Array, mask: Uint16Array, filters: PreparedFilters, words: number): number {
  let best = 0
  for (let i = 0; i < candidates.length && best < words; i++) {
    const ord = candidates[i]!
    const matched = wordsMatched(mask[ord]!)
    if (matched > best && filters.failures(ord) === 0) best = matched
  }
  return best
}

function applyTitleBonus(index: MemoryIndex, matcher: Matcher, results: Uint32Array, total: number, words: number): void {
  const { score } = matcher
  for (let i = 0; i < total; i++) {
    const ord = results[i]!
    score[ord]! *= matcher.titleMultiplier(index, ord, words)
  }
}

function pageHits(index: MemoryIndex, matcher: Matcher, plan: QueryPlan, page: number[], bonusPending: boolean): SearchHit[] {
  const matched = new Set<string>()
  for (const term of matchedTerms(plan.words)) matched.add(index.terms.terms[term]!)
  return page.map((ord) => {
    const score = matcher.score[ord]! * (bonusPending ? matcher.titleMultiplier(index, ord, plan.words.length) : 1)
    return {
      id: index.docs.ids[ord]!,
      score: Math.round(score * 1e4) / 1e4,
      inStock: hasBit(index.docs.inStock, ord),
      highlightedTitle: highlight(index.docs.titles[ord]!, matched),
    }
  })
}
