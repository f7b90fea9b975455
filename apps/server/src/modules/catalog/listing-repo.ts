import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import { invalidCursor } from '../../platform/http/pagination.js'

export type ListingSort = 'newest' | 'price_asc' | 'price_desc' | 'title'

export interface ListingFilters {
  storeOnly: boolean
  status?: 'draft' | 'active' | 'archived'
  currency: string
  categoryPath?: string
  collectionId?: string
  brand?: string
  minPrice?: number
  maxPrice?: number
  q?: string
  sort: ListingSort
  limit: number
  after?: ListingCursor
}

/** Where the previous page ended: its sort, and the last row's sort value and id. */
export interface ListingCursor {
  value: string | number
  id: string
}

export interface ListingRow {
  id: string
  handle: string
  title: string
  brand: string | null
  status: 'draft' | 'active' | 'archived'
  created_at: Date
  /** created_at as PostgreSQL prints it, to the microsecond; a JS Date would drop the last three digits. */
  created_key: string
  min_amount: number | null
  max_amount: number | null
  thumbnail: { id: string; url: string; alt: string; width: number | null; height: number | null } | null
}

/** The sort key of a row, as the next page's cursor carries it. */
export function sortKeyOf(row: ListingRow, sort: ListingSort): (string | number | null)[] {
  const value = sort === 'newest' ? row.created_key : sort === 'title' ? row.title : Number(row.min_amount)
  return [sort, value, row.id]
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/

/**
 * Checks a decoded cursor against the sort it is used with. A cursor from another sort, or a
 * crafted one, is a 422 here rather than a cast error inside the query.
 */
export function parseListingCursor(values: (string | number | null)[] | undefined, sort: ListingSort): ListingCursor | undefined {
  if (!values) return undefined
  const [cursorSort, value, id] = values
  const valid =
    cursorSort === sort &&
    typeof id === 'string' &&
    id.length <= 100 &&
    (sort === 'newest'
      ? typeof value === 'string' && TIMESTAMP.test(value)
      : sort === 'title'
        ? typeof value === 'string' && value.length <= 300
        : Number.isSafeInteger(value) && (value as number) >= 0)
  if (!valid) throw invalidCursor()
  return { value: value as string | number, id: id as string }
}

/** Keyset condition "after the cursor row" for each sort, with id as the tie-breaker. */
function afterCursor(sort: ListingSort, { value, id }: ListingCursor): RawBuilder<unknown> {
  switch (sort) {
    case 'newest':
      return sql`(p.created_at, p.id) < (${value}::timestamptz, ${id})`
    case 'price_asc':
      return sql`(r.min_amount, p.id) > (${value}::bigint, ${id})`
    case 'price_desc':
      return sql`(r.min_amount, p.id) < (${value}::bigint, ${id})`
    case 'title':
      return sql`(p.title, p.id) > (${value}, ${id})`
  }
}

const ORDER_BY: Record<ListingSort, RawBuilder<unknown>> = {
  newest: sql`p.created_at desc, p.id desc`,
  price_asc: sql`r.min_amount asc, p.id asc`,
  price_desc: sql`r.min_amount desc, p.id desc`,
  title: sql`p.title asc, p.id asc`,
}

/**
 * Product listing with filters and keyset pagination. The shopper view lists only active
 * products that have a price in the requested currency (they could not buy the rest).
 */
export async function listProducts(db: Db, f: ListingFilters): Promise<ListingRow[]> {
  const conditions: RawBuilder<unknown>[] = []
  if (f.storeOnly) conditions.push(sql`p.status = 'active'`)
  else if (f.status) conditions.push(sql`p.status = ${f.status}`)
  if (f.brand) conditions.push(sql`p.brand = ${f.brand}`)
  if (f.categoryPath)
    conditions.push(
      sql`p.id in (select pc.product_id from product_category pc join category c on c.id = pc.category_id where c.path like ${f.categoryPath + '%'})`,
    )
  if (f.collectionId) conditions.push(sql`p.id in (select product_id from product_collection where collection_id = ${f.collectionId})`)
  if (f.minPrice !== undefined) conditions.push(sql`r.min_amount >= ${f.minPrice}`)
  if (f.maxPrice !== undefined) conditions.push(sql`r.min_amount <= ${f.maxPrice}`)
  if (f.q) {
    const pattern = `%${f.q.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`
    conditions.push(sql`(lower(p.title) like ${pattern} or p.handle like ${pattern})`)
  }
  if (f.after) conditions.push(afterCursor(f.sort, f.after))

  const needsPrice =
    f.storeOnly || f.minPrice !== undefined || f.maxPrice !== undefined || f.sort === 'price_asc' || f.sort === 'price_desc'
  const join = needsPrice
    ? sql`join product_price_range r on r.product_id = p.id and r.currency = ${f.currency}`
    : sql`left join product_price_range r on r.product_id = p.id and r.currency = ${f.currency}`
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``

  const result = await sql<ListingRow>`
    select p.id, p.handle, p.title, p.brand, p.status, p.created_at, p.created_at::text as created_key, r.min_amount, r.max_amount,
      (select json_build_object('id', i.id, 'url', i.url, 'alt', i.alt, 'width', i.width, 'height', i.height)
         from product_image i where i.product_id = p.id order by i.position, i.id limit 1) as thumbnail
    from product p ${join}
    ${where}
    order by ${ORDER_BY[f.sort]}
    limit ${f.limit + 1}`.execute(db)
  return result.rows
}

/** Listing rows of the given active products priced in `currency` (search results), in no particular order. */
export async function listProductsByIds(db: Db, ids: string[], currency: string): Promise<ListingRow[]> {
  if (ids.length === 0) return []
  const result = await sql<ListingRow>`
    select p.id, p.handle, p.title, p.brand, p.status, p.created_at, p.created_at::text as created_key, r.min_amount, r.max_amount,
      (select json_build_object('id', i.id, 'url', i.url, 'alt', i.alt, 'width', i.width, 'height', i.height)
         from product_image i where i.product_id = p.id order by i.position, i.id limit 1) as thumbnail
    from product p join product_price_range r on r.product_id = p.id and r.currency = ${currency}
    where p.id = any(${ids}) and p.status = 'active'`.execute(db)
  return result.rows
}
