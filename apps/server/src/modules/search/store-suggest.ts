import { DEFAULT_CURRENCY } from '../catalog/service.js'
import { canonicalQuery, type AnswerCache, type CachedAnswer } from './answer-cache.js'
import type { SuggestQueryString, SuggestResponse } from './schemas.js'
import type { SearchService } from './service.js'

/**
 * As-you-type suggestions with the handles the storefront links by. Cached like searches, under the
 * index's version: each keystroke of a popular word is the same few prefixes for every shopper.
 */
export function createStoreSuggest(deps: { search: SearchService; cache: AnswerCache }) {
  const { search, cache } = deps

  async function answer(query: SuggestQueryString): Promise<SuggestResponse> {
    const text = query.q.trim()
    const suggestions = text ? await search.suggest(text, query.currency ?? DEFAULT_CURRENCY, query.limit) : []
    const taxonomy = suggestions.length > 0 ? await search.taxonomy() : { categories: [] }
    const handleOfCategory = new Map(taxonomy.categories.map((c) => [c.id, c.handle]))
    const products = suggestions.filter((s) => s.kind === 'product')
    const handles = new Map((await search.productHandles(products.map((p) => p.id))).map((p) => [p.id, p.handle]))
    return {
      query: text,
      products: products.flatMap((s) => {
        const handle = handles.get(s.id)
        return handle ? [{ id: s.id, label: s.label, highlightedLabel: s.highlightedLabel, handle }] : []
      }),
      categories: suggestions
        .filter((s) => s.kind === 'category')
        .flatMap((s) => {
          const handle = handleOfCategory.get(s.id)
          return handle ? [{ id: s.id, label: s.label, highlightedLabel: s.highlightedLabel, handle }] : []
        }),
      brands: suggestions.filter((s) => s.kind === 'brand').map((s) => ({ label: s.label, highlightedLabel: s.highlightedLabel })),
    }
  }

  return async function storeSuggest(query: SuggestQueryString): Promise<CachedAnswer> {
    const key = `suggest\n${await search.answerVersion()}\n${canonicalQuery(query)}`
    return cache.through(key, async () => {
      const value = await answer(query)
      return { value, empty: value.products.length + value.categories.length + value.brands.length === 0 }
    })
  }
}
