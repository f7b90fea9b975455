/**
 * The search port: what the search module asks of an engine. Two engines sit behind it — an
 * in-process index (the embedded default) and PostgreSQL full-text search — and both must give the
 * same answers to the same relevance suite. Everything here is plain data: no engine type leaks out.
 */

/** One product as search sees it, built by the search module from the catalog. Only active products are indexed. */
export interface SearchDocument {
  /** The product id. */
  id: string
  handle: string
  title: string
  brand: string | null
  productType: string | null
  /** The product's categories and all their ancestors (ids), so a category filter includes descendants. */
  categoryIds: string[]
  /** Names of those categories, in the same order (names[i] names categoryIds[i]), for matching words ("shoes" finds products in Shoes). */
  categoryNames: string[]
  collectionIds: string[]
  tags: string[]
  /** Plain text (HTML stripped), weakest field for relevance. */
  description: string
  /**
   * Facetable attributes, lower-case names: product attributes and variant options merged,
   * e.g. { size: ['S', 'M'], colour: ['Navy'], material: ['Cotton'] }.
   */
  attributes: Record<string, string[]>
  /** Price range per currency (ISO 4217), integer minor units. A product without a price in a currency is not found in it. */
  prices: Record<string, { min: number; max: number }>
  /** Units sellable now across variants (backorderable variants count as in stock). */
  inStock: boolean
  thumbnail: string | null
  /** Creation time, ms since epoch: the "newest" sort. */
  createdAt: number
  /** Units sold (placed orders), the "bestselling" sort. */
  sales: number
}

export type SearchSort = 'relevance' | 'price_asc' | 'price_desc' | 'newest' | 'bestselling'

export interface SearchFilters {
  /** Category ids; a product matches when it is in any of them or their descendants. */
  categoryIds?: string[]
  collectionIds?: string[]
  /** Exact brand names (as stored); several are OR-ed. */
  brands?: string[]
  /** Inclusive, in the query's currency (compares against the product's min price). */
  priceMin?: number
  priceMax?: number
  inStock?: boolean
  /** Attribute name → accepted values (OR within a name, AND across names). */
  attributes?: Record<string, string[]>
}

export interface SearchQuery {
  /** Raw text from the shopper; may be empty (then everything matching the filters, in the sort's order). */
  text: string
  /** Prices, price filters and price facets are in this currency; products without a price in it are left out. */
  currency: string
  filters: SearchFilters
  sort: SearchSort
  /** 0-based offset and page size (the service bounds both). */
  offset: number
  limit: number
  /** Compute facet counts (disjunctive: a facet's counts ignore its own filter). */
  facets: boolean
  /** Price bucket boundaries for the price facet, ascending, minor units: [0, 2500, 5000] gives 0–2499, 2500–4999, 5000+. */
  priceBuckets?: number[]
}

export interface SearchHit {
  id: string
  score: number
  /** The document's inStock, so a result card can say so without another lookup. */
  inStock: boolean
  /** The title with matched words wrapped in <mark>…</mark> (the title's text is HTML-escaped first). */
  highlightedTitle: string
}

export interface FacetValue {
  value: string
  count: number
}

export interface SearchFacets {
  brand: FacetValue[]
  /** value = category id */
  category: FacetValue[]
  /** value = "min-max" in minor units ("5000-" for the open last bucket) */
  price: FacetValue[]
  /** per attribute name (lower case), values by count desc then value */
  attributes: Record<string, FacetValue[]>
}

export interface SearchResult {
  total: number
  hits: SearchHit[]
  facets: SearchFacets | null
  /** The words the engine actually searched for after typo correction, synonyms and stop words (for "did you mean"). */
  interpretedAs: string
}

export interface Suggestion {
  kind: 'product' | 'category' | 'brand'
  /** product id, category id or brand name */
  id: string
  label: string
  highlightedLabel: string
}

export interface SearchDictionary {
  /** Groups of words meaning the same ("tee", "t-shirt", "tshirt"): a query word matches any word of its group. */
  synonyms: string[][]
  /** Words ignored in queries ("the", "for"), unless the query is nothing but stop words. */
  stopWords: string[]
}

/**
 * An engine. `replaceAll` builds the index from scratch (startup, `shopstack search reindex`);
 * `upsert`/`remove` keep it fresh as the catalog changes. Engines tolerate any query text: empty,
 * 1,000 characters, emoji, SQL or regex syntax all return a result or an empty one, never throw.
 */
export interface SearchEngine {
  readonly name: 'memory' | 'postgres'
  replaceAll(documents: AsyncIterable<SearchDocument[]>): Promise<{ documents: number }>
  upsert(documents: SearchDocument[]): Promise<void>
  remove(productIds: string[]): Promise<void>
  search(query: SearchQuery): Promise<SearchResult>
  suggest(prefix: string, currency: string, limit: number): Promise<Suggestion[]>
  setDictionary(dictionary: SearchDictionary): Promise<void>
  /** Number of indexed documents. */
  size(): Promise<number>
}

/** Typo tolerance, shared by both engines: no typo below 4 letters, 1 from 4, 2 from 8. */
export function allowedTypos(word: string): number {
  const letters = [...word].length
  return letters >= 8 ? 2 : letters >= 4 ? 1 : 0
}
