import { invalid } from '../../problems.js'
import type { CatalogService } from '../catalog/service.js'
import { DEFAULT_CURRENCY } from '../catalog/service.js'
import type { SearchFilters } from './engine/port.js'
import { canonicalQuery, type AnswerCache, type CachedAnswer } from './answer-cache.js'
import type { SearchService } from './service.js'
import type { SearchQueryString, SearchResponse } from './schemas.js'

/** Price facet buckets in minor units: the same for every currency the demo shop sells in. */
export const PRICE_BUCKETS = [0, 2500, 5000, 10_000, 20_000, 50_000]

/**
 * The shopper's search: handles and "attribute:value" pairs become engine filters, the engine's hits
 * become listing cards (read from the catalog), and facet values carry names and whether they are
 * selected. Unknown category or collection handles find nothing.
 *
 * Answers are cached serialised under the index's version: every price, stock or text change the
 * index applies retires them, so a cached card is as fresh as the index that found it.
 */
export function createStoreSearch(deps: { search: SearchService; catalog: CatalogService; cache: AnswerCache }) {
  const { search, catalog, cache } = deps

  async function answer(query: SearchQueryString): Promise<SearchResponse> {
    const currency = query.currency ?? DEFAULT_CURRENCY
    if (query.minPrice !== undefined && query.maxPrice !== undefined && query.minPrice > query.maxPrice)
      throw invalid('/query/maxPrice', 'must not be below minPrice')
    const taxonomy = await search.taxonomy()
    const categories = (query.category ?? []).map((handle) => taxonomy.categories.find((c) => c.handle === handle))
    const collections = (query.collection ?? []).map((handle) => taxonomy.collections.find((c) => c.handle === handle))
    // Names come from the shopper: no prototype, so "constructor" or "__proto__" are plain names.
    const attributes: Record<string, string[]> = Object.create(null) as Record<string, string[]>
    for (const pair of query.filter ?? []) {
      const at = pair.indexOf(':')
      const name = pair.slice(0, at).trim().toLowerCase()
      const value = pair.slice(at + 1).trim()
      if (name && value) (attributes[name] ??= []).push(value)
    }
    const filters: SearchFilters = {
      ...(query.category && { categoryIds: categories.flatMap((c) => (c ? [c.id] : ['-none-'])) }),
      ...(query.collection && { collectionIds: collections.flatMap((c) => (c ? [c.id] : ['-none-'])) }),
      ...(query.brand && { brands: query.brand }),
      ...(query.minPrice !== undefined && { priceMin: query.minPrice }),
      ...(query.maxPrice !== undefined && { priceMax: query.maxPrice }),
      ...(query.inStock !== undefined && { inStock: query.inStock }),
      ...(Object.keys(attributes).length > 0 && { attributes }),
    }
    const text = (query.q ?? '').trim()
    const result = await search.search({
      text,
      currency,
      filters,
      sort: query.sort ?? (text ? 'relevance' : 'newest'),
      offset: (query.page - 1) * query.limit,
      limit: query.limit,
      facets: query.facets,
      priceBuckets: PRICE_BUCKETS,
    })
    const cards = new Map(
      (
        await catalog.cardsByIds(
          result.hits.map((h) => h.id),
          currency,
        )
      ).map((card) => [card.id, card]),
    )
    const items = result.hits.flatMap((hit) => {
      const card = cards.get(hit.id)
      return card ? [{ ...card, inStock: hit.inStock, highlightedTitle: hit.highlightedTitle }] : []
    })

    const names = new Map(taxonomy.categories.map((c) => [c.id, c]))
    const selectedBrands = new Set(query.brand ?? [])
    const selectedCategories = new Set(filters.categoryIds ?? [])
    const facets = result.facets && {
      brand: result.facets.brand.map((f) => ({ ...f, selected: selectedBrands.has(f.value) })),
      category: result.facets.category.flatMap((f) => {
        const category = names.get(f.value)
        return category
          ? [
              {
                id: category.id,
                handle: category.handle,
                name: category.name,
                count: f.count,
                selected: selectedCategories.has(category.id),
              },
            ]
          : []
      }),
      price: result.facets.price.map((f) => {
        const [min, max] = f.value.split('-')
        const low = Number(min)
        const high = max === '' || max === undefined ? null : Number(max)
        const selected = query.minPrice === low && (high === null ? query.maxPrice === undefined : query.maxPrice === high)
        return { min: low, max: high, count: f.count, selected }
      }),
      attributes: Object.entries(result.facets.attributes).map(([name, values]) => ({
        name,
        values: values.map((v) => ({ ...v, selected: (attributes[name] ?? []).includes(v.value) })),
      })),
    }
    return {
      query: text,
      interpretedAs: result.interpretedAs && result.interpretedAs !== text.toLowerCase() ? result.interpretedAs : null,
      currency,
      total: result.total,
      page: query.page,
      limit: query.limit,
      items,
      facets,
    }
  }

  return async function storeSearch(query: SearchQueryString): Promise<CachedAnswer> {
    const key = `search\n${await search.answerVersion()}\n${canonicalQuery(query)}`
    const result = await cache.through(key, async () => {
      const value = await answer(query)
      return { value, empty: value.total === 0 }
    })
    if (result.empty && query.q) search.noteZeroResult(query.q)
    return result
  }
}
