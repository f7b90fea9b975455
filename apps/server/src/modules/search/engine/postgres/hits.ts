import { sql } from 'kysely'
import type { Db } from '../../../../platform/db/database.js'
import type { SearchFilters, SearchHit, SearchSort } from '../port.js'
import { everyFilter, filterSql } from './filters.js'
import { highlight } from './highlight.js'
import {
  whereAll,
  documentLed,
  markedPositions,
  priceLed,
  score,
  textCondition,
  type Source,
  type Sql,
  type TextMatch,
} from './matching.js'

/**
 * Orders over the page's columns, as the in-process engine orders (memory/sort.ts): each ends on the
 * product id, so equal keys keep one order across pages.
 */
const ORDERS: Record<SearchSort, Sql> = {
  relevance: sql.raw('score desc, created_at desc, product_id'),
  price_asc: sql.raw('min_amount, score desc, created_at desc, product_id'),
  price_desc: sql.raw('min_amount desc, score desc, created_at desc, product_id'),
  newest: sql.raw('created_at desc, score desc, product_id'),
  bestselling: sql.raw('sales desc, score desc, created_at desc, product_id'),
}

export interface HitsQuery {
  text: TextMatch | null
  currency: string
  filters: SearchFilters
  sort: SearchSort
  offset: number
  limit: number
}

/**
 * One page of hits, highlighted, and how many documents match in all. The count is its own
 * statement: counting ranks nothing, and a page led by an index can stop after its last row.
 */
export async function findHits(db: Db, q: HitsQuery): Promise<{ total: number; hits: SearchHit[] }> {
  if (q.limit === 0) return { total: await countMatches(db, q), hits: [] }
  if (q.text || (q.sort !== 'price_asc' && q.sort !== 'price_desc')) {
    const [total, hits] = await Promise.all([countMatches(db, q), page(db, q, documentLed(q.currency))])
    return { total, hits }
  }
  // Browsing by price: walking the price index finds a page fast when many documents match, but
  // for a narrow filter it reads about (offset + limit) × indexed / total entries before the page is
  // full, and the planner's estimates cannot tell which case it is in. The count can: when sorting
  // every match costs less than that walk (total² < (offset + limit) × indexed, with a margin for the
  // walk's random reads), the matches are sorted whole.
  const [total, indexed] = await Promise.all([countMatches(db, q), countIndexed(db, q.currency)])
  if (total === 0) return { total, hits: [] }
  const sortWhole = total * total < 4 * (q.offset + q.limit) * indexed
  return { total, hits: await page(db, q, sortWhole ? documentLed(q.currency) : priceLed(q.currency)) }
}

async function countIndexed(db: Db, currency: string): Promise<number> {
  const result = await sql<{ n: number | null }>`
    select sum(docs)::int as n from search_facet_count where currency = ${currency} and facet_value = 'total'`.execute(db)
  return result.rows[0]?.n ?? 0
}

async function page(db: Db, q: HitsQuery, source: Source): Promise<SearchHit[]> {
  const filters = filterSql(q.filters, source)
  const order = ORDERS[q.sort] ?? ORDERS.relevance
  // The page is chosen over narrow rows; titles and title vectors are read for its rows only.
  const result = await sql<{ product_id: string; title: string; in_stock: boolean; score: number; marked: number[] }>`
    select page.*, d.title, d.in_stock, ${markedPositions(sql`d.title_vector`, q.text)} as marked
    from (
      select d.product_id, ${score(q.text)} as score, d.created_at, d.sales, ${source.minPrice} as min_amount
      from ${source.from}
      where ${whereAll([source.priced, textCondition(q.text), ...everyFilter(filters)])}
      order by ${order}
      limit ${q.limit} offset ${q.offset}
    ) page
    join search_document d on d.product_id = page.product_id
    order by ${order}`.execute(db)
  return result.rows.map((row) => ({
    id: row.product_id,
    score: Math.round(Number(row.score) * 1e4) / 1e4,
    inStock: row.in_stock,
    highlightedTitle: highlight(row.title, row.marked),
  }))
}

async function countMatches(db: Db, q: HitsQuery): Promise<number> {
  const source = documentLed(q.currency)
  const documents = filterSql(q.filters, source)
  const onlyPriceAndStock =
    documents.fixed.length === (documents.inStock === undefined ? 0 : 1) && documents.faceted.every((f) => f.facet === 'price')
  if (!q.text && onlyPriceAndStock) {
    const stock = documents.inStock === undefined ? sql`true` : sql`in_stock = ${documents.inStock}`
    // The whole index, or the whole index in stock: counted by the writers.
    if (documents.faceted.length === 0) {
      const result = await sql<{ n: number | null }>`
        select sum(docs)::int as n from search_facet_count where currency = ${q.currency} and facet_value = 'total' and ${stock}`.execute(
        db,
      )
      return result.rows[0]?.n ?? 0
    }
    // A price range: an index-only scan of the currency's prices.
    const prices = filterSql(q.filters, { minPrice: sql`min_amount`, inStock: sql`in_stock` })
    const result = await sql<{ n: number }>`
      select count(*)::int as n from search_price where ${whereAll([sql`currency = ${q.currency}`, ...everyFilter(prices)])}`.execute(db)
    return result.rows[0]!.n
  }
  const result = await sql<{ n: number }>`
    select count(*)::int as n from ${source.from}
    where ${whereAll([source.priced, textCondition(q.text), ...everyFilter(documents)])}`.execute(db)
  return result.rows[0]!.n
}
