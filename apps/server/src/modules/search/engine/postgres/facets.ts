/**
 * Disjunctive facet counts: each facet counts the documents that pass every filter but its own, so
 * it shows what choosing another of its values would find. One statement counts the facets without
 * a filter of their own; each filtered facet gets a statement without its filter. A statement with
 * nothing to narrow it (no words, no filter but stock) reads the whole-index counts kept by the
 * writers instead of counting every document.
 */
import { sql } from 'kysely'
import type { Db } from '../../../../platform/db/database.js'
import type { FacetValue, SearchFacets, SearchFilters } from '../port.js'
import { SEPARATOR } from './document-row.js'
import { attributeFacet, filterSql, type FacetedFilter, type FilterSql } from './filters.js'
import { whereAll, documentLed, textCondition, type Sql, type TextMatch } from './matching.js'

export interface FacetsQuery {
  text: TextMatch | null
  currency: string
  filters: SearchFilters
  priceBuckets?: number[]
}

/** Price bucket boundaries kept per query; more would be a mistake in the caller, not a facet. */
const MAX_PRICE_BUCKETS = 100

/** Ascending whole boundaries, no repeats: what width_bucket needs. */
export function bucketBounds(buckets: readonly number[] | undefined): number[] {
  const finite = (Array.isArray(buckets) ? buckets : []).filter((b) => typeof b === 'number' && Number.isFinite(b)).map(Math.round)
  return [...new Set(finite)].sort((a, b) => a - b).slice(0, MAX_PRICE_BUCKETS)
}

/** "min-max" (inclusive, minor units) for width_bucket's bucket i; the last one is open: "5000-". */
export function bucketLabel(bounds: number[], bucket: number): string {
  return bucket < bounds.length ? `${bounds[bucket - 1]}-${bounds[bucket]! - 1}` : `${bounds[bucket - 1]}-`
}

/** Which facets one statement counts; attributes: every name but some, one name, or none. */
interface Wanted {
  brand: boolean
  category: boolean
  price: boolean
  attributes: { only: string } | { except: string[] } | null
}

interface Plan {
  wanted: Wanted
  /** The filters that narrow this statement's documents. */
  faceted: FacetedFilter[]
}

function plans(filters: FilterSql, withPrices: boolean): Plan[] {
  const filtered = new Set(filters.faceted.map((f) => f.facet))
  const attributeNames = filters.faceted
    .filter((f) => f.facet.startsWith(attributeFacet('')))
    .map((f) => f.facet.slice(attributeFacet('').length))
  const none: Wanted = { brand: false, category: false, price: false, attributes: null }
  const unfiltered: Plan = {
    wanted: {
      brand: !filtered.has('brand'),
      category: !filtered.has('category'),
      price: withPrices && !filtered.has('price'),
      attributes: { except: attributeNames },
    },
    faceted: filters.faceted,
  }
  const own = filters.faceted.map((filter): Plan => {
    const others = filters.faceted.filter((f) => f !== filter)
    if (filter.facet === 'brand' || filter.facet === 'category') return { wanted: { ...none, [filter.facet]: true }, faceted: others }
    if (filter.facet === 'price') return { wanted: { ...none, price: withPrices }, faceted: others }
    return { wanted: { ...none, attributes: { only: filter.facet.slice(attributeFacet('').length) } }, faceted: others }
  })
  return [unfiltered, ...own].filter(({ wanted }) => wanted.brand || wanted.category || wanted.price || wanted.attributes)
}

type Counted = { facet: string; value: string; count: number }

const attributeName = (value: string) => value.slice(0, value.indexOf(SEPARATOR))
function keep(wanted: Wanted, row: Counted): boolean {
  if (row.facet === 'brand' || row.facet === 'category' || row.facet === 'price') return wanted[row.facet]
  if (row.facet !== 'attribute') return false
  const { attributes } = wanted
  if (!attributes) return false
  return 'only' in attributes ? attributeName(row.value) === attributes.only : !attributes.except.includes(attributeName(row.value))
}

async function countPlan(db: Db, q: FacetsQuery, filters: FilterSql, bounds: number[], plan: Plan): Promise<Counted[]> {
  const { wanted } = plan
  const wholeIndex = !q.text && plan.faceted.length === 0 && filters.fixed.length === (filters.inStock === undefined ? 0 : 1)
  const rows = wholeIndex
    ? await countWholeIndex(db, q.currency, filters.inStock, bounds, wanted)
    : await countDocuments(db, q, filters, bounds, plan)
  return rows.filter((row) => keep(wanted, row))
}

/** Whether attribute value `v` (name SEPARATOR value) has a name the statement counts. */
function attributeNamed(attributes: NonNullable<Wanted['attributes']>): Sql {
  const name = sql`split_part(v, chr(31), 1)`
  if ('only' in attributes) return sql`${name} = ${attributes.only}`
  return attributes.except.length === 0 ? sql`true` : sql`${name} <> all(${attributes.except}::text[])`
}

async function countDocuments(db: Db, q: FacetsQuery, filters: FilterSql, bounds: number[], plan: Plan): Promise<Counted[]> {
  const source = documentLed(q.currency)
  const { wanted } = plan
  const parts: Sql[] = []
  if (wanted.brand)
    parts.push(sql`select 'brand' as facet, brand as value, count(*)::int as count from m where brand is not null group by brand`)
  const attributes = wanted.attributes
  if (wanted.category && attributes && 'except' in attributes) {
    // One pass over both arrays costs less than two; an attribute value is told apart by its separator.
    parts.push(sql`
      select case when strpos(v, chr(31)) = 0 then 'category' else 'attribute' end as facet, v as value, count(*)::int as count
      from m, unnest(category_ids || attribute_values) as v
      where strpos(v, chr(31)) = 0 or ${attributeNamed(attributes)} group by v`)
  } else {
    if (wanted.category)
      parts.push(sql`select 'category' as facet, v as value, count(*)::int as count from m, unnest(category_ids) as v group by v`)
    if (attributes)
      parts.push(sql`
        select 'attribute' as facet, v as value, count(*)::int as count from m, unnest(attribute_values) as v
        where ${attributeNamed(attributes)} group by v`)
  }
  if (wanted.price && bounds.length > 0)
    parts.push(
      sql`select 'price' as facet, width_bucket(min_amount, ${bounds}::bigint[])::text as value, count(*)::int as count from m group by 2`,
    )
  const result = await sql<Counted>`
    with m as materialized (
      select d.brand, d.category_ids, d.attribute_values, ${source.minPrice} as min_amount from ${source.from}
      where ${whereAll([source.priced, textCondition(q.text), ...filters.fixed, ...plan.faceted.map((f) => f.condition)])}
    )
    ${sql.join(parts, sql` union all `)}`.execute(db)
  return result.rows
}

async function countWholeIndex(
  db: Db,
  currency: string,
  inStock: boolean | undefined,
  bounds: number[],
  wanted: Wanted,
): Promise<Counted[]> {
  const stock = inStock === undefined ? sql`true` : sql`in_stock = ${inStock}`
  const [values, prices] = await Promise.all([
    sql<{ facet_value: string; count: number }>`
      select facet_value, sum(docs)::int as count from search_facet_count
      where currency = ${currency} and ${stock} group by facet_value`.execute(db),
    wanted.price && bounds.length > 0
      ? sql<Counted>`
          select 'price' as facet, width_bucket(min_amount, ${bounds}::bigint[])::text as value, count(*)::int as count
          from search_price where currency = ${currency} and ${stock} group by 2`.execute(db)
      : { rows: [] },
  ])
  const counted = values.rows.map((row) => {
    const at = row.facet_value.indexOf(SEPARATOR)
    if (at < 0) return { facet: row.facet_value, value: '', count: row.count }
    return { facet: row.facet_value.slice(0, at), value: row.facet_value.slice(at + 1), count: row.count }
  })
  return [...counted, ...prices.rows]
}

const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)

export async function countFacets(db: Db, q: FacetsQuery): Promise<SearchFacets> {
  const bounds = bucketBounds(q.priceBuckets)
  const filters = filterSql(q.filters, documentLed(q.currency))
  const counted = (await Promise.all(plans(filters, bounds.length > 0).map((plan) => countPlan(db, q, filters, bounds, plan)))).flat()

  const facets: SearchFacets = { brand: [], category: [], price: [], attributes: {} }
  const prices: [number, FacetValue][] = []
  const attributes = new Map<string, FacetValue[]>()
  for (const row of counted) {
    if (row.facet === 'brand') facets.brand.push({ value: row.value, count: row.count })
    else if (row.facet === 'category') facets.category.push({ value: row.value, count: row.count })
    else if (row.facet === 'price') {
      const bucket = Number(row.value)
      if (bucket > 0) prices.push([bucket, { value: bucketLabel(bounds, bucket), count: row.count }])
    } else {
      const name = attributeName(row.value)
      const values = attributes.get(name) ?? []
      values.push({ value: row.value.slice(name.length + 1), count: row.count })
      attributes.set(name, values)
    }
  }
  facets.brand.sort(byCount)
  facets.category.sort(byCount)
  facets.price = prices.sort((a, b) => a[0] - b[0]).map(([, value]) => value)
  // fromEntries, not assignment: an attribute called "__proto__" stays an ordinary key.
  facets.attributes = Object.fromEntries(
    [...attributes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, values]) => [name, values.sort(byCount)]),
  )
  return facets
}
