import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../platform/db/database.js'

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
  after?: (string | number | null)[]
}

export interface ListingRow {
  id: string
  handle: string
  title: string
  brand: string | null
  status: 'draft' | 'active' | 'archived'
  created_at: Date
  min_amount: number | null
  max_amount: number | null
  thumbnail: { id: string; url: string; alt: string; width: number | null; height: number | null } | null
}

/** The sort key of a row, as its cursor stores it. Created-at travels as an ISO string. */
export function sortKeyOf(row: ListingRow, sort: ListingSort): (string | number | null)[] {
  switch (sort) {
    case 'newest':
      return [row.created_at.toISOString(), row.id]
    case 'price_asc':
    case 'price_desc':
      return [row.min_amount, row.id]
    case 'title':
      return [row.title, row.id]
  }
}

/** Keyset condition "after the cursor row" for each sort, with id as the tie-breaker. */
function afterCursor(sort: ListingSort, after: (string | number | null)[]): RawBuilder<unknown> {
  const [value, id] = after
  switch (sort) {
    case 'newest':
      return sql`(p.created_at, p.id) < (${new Date(String(value))}::timestamptz, ${id})`
    case 'price_asc':
      return sql`(r.min_amount, p.id) > (${Number(value)}::bigint, ${id})`
    case 'price_desc':
      return sql`(r.min_amount, p.id) < (${Number(value)}::bigint, ${id})`
    case 'title':
      return sql`(p.title, p.id) > (${String(value)}, ${id})`
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
    select p.id, p.handle, p.title, p.brand, p.status, p.created_at, r.min_amount, r.max_amount,
      (select json_build_object('id', i.id, 'url', i.url, 'alt', i.alt, 'width', i.width, 'height', i.height)
         from product_image i where i.product_id = p.id order by i.position, i.id limit 1) as thumbnail
    from product p ${join}
    ${where}
    order by ${ORDER_BY[f.sort]}
    limit ${f.limit + 1}`.execute(db)
  return result.rows
}
