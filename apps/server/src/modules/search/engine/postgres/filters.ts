/**
 * Filters as SQL over search_document `d`. A facet's counts ignore its own filter, so filters that
 * have a facet are kept apart, named by their facet.
 */
import { sql } from 'kysely'
import type { SearchFilters } from '../port.js'
import { clean, SEPARATOR } from './document-row.js'
import type { Sql } from './matching.js'

export interface FacetedFilter {
  /** 'brand', 'category', 'price' or 'attribute:<name>' */
  facet: string
  condition: Sql
}

export interface FilterSql {
  /** Filters without a facet of their own (collections, stock): they narrow every facet too. */
  fixed: Sql[]
  faceted: FacetedFilter[]
  /** The stock filter alone: the only filter the whole-index facet counts can answer. */
  inStock?: boolean
}

export const attributeFacet = (name: string) => `attribute:${name}`

const texts = (values: readonly unknown[] | undefined) => [
  ...new Set((Array.isArray(values) ? values : []).filter((v) => typeof v === 'string').map(clean)),
]
const amount = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : undefined)

/** How the price in the query's currency and the stock flag are read where the filters apply. */
export interface FilterColumns {
  minPrice: Sql
  inStock: Sql
}

/**
 * An empty list filters nothing, like a filter that was not given. Attribute names are compared in
 * lower case, as documents store them.
 */
export function filterSql(filters: SearchFilters, columns: FilterColumns): FilterSql {
  const { minPrice } = columns
  const fixed: Sql[] = []
  const faceted: FacetedFilter[] = []
  const collections = texts(filters.collectionIds)
  if (collections.length > 0) fixed.push(sql`d.collection_ids && ${collections}::text[]`)
  const inStock = typeof filters.inStock === 'boolean' ? filters.inStock : undefined
  if (inStock !== undefined) fixed.push(sql`${columns.inStock} = ${inStock}`)
  const brands = texts(filters.brands)
  if (brands.length > 0) faceted.push({ facet: 'brand', condition: sql`d.brand = any(${brands}::text[])` })
  // Documents carry their categories' ancestors, so sharing a category means "in it or below it".
  const categories = texts(filters.categoryIds)
  if (categories.length > 0) faceted.push({ facet: 'category', condition: sql`d.category_ids && ${categories}::text[]` })
  const min = amount(filters.priceMin)
  const max = amount(filters.priceMax)
  const bounds = [...(min !== undefined ? [sql`${minPrice} >= ${min}`] : []), ...(max !== undefined ? [sql`${minPrice} <= ${max}`] : [])]
  if (bounds.length > 0) faceted.push({ facet: 'price', condition: sql.join(bounds, sql` and `) })
  const byName = new Map<string, string[]>()
  for (const [rawName, values] of Object.entries(filters.attributes ?? {})) {
    const name = clean(rawName).trim().toLowerCase()
    byName.set(name, [...(byName.get(name) ?? []), ...texts(values)])
  }
  for (const [name, values] of byName) {
    const accepted = values.map((value) => `${name}${SEPARATOR}${value}`)
    if (accepted.length > 0) faceted.push({ facet: attributeFacet(name), condition: sql`d.attribute_values && ${accepted}::text[]` })
  }
  return { fixed, faceted, inStock }
}

/** Every filter's condition. */
export const everyFilter = (filters: FilterSql): Sql[] => [...filters.fixed, ...filters.faceted.map((f) => f.condition)]
