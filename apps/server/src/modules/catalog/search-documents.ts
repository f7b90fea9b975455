import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'

/**
 * What the catalog tells search about its active products: everything but stock and sales, which
 * belong to inventory and orders. One batch is a handful of set-based queries, never one per product.
 */
export interface CatalogSearchFacts {
  id: string
  handle: string
  title: string
  brand: string | null
  productType: string | null
  categoryIds: string[]
  categoryNames: string[]
  collectionIds: string[]
  tags: string[]
  description: string
  attributes: Record<string, string[]>
  prices: Record<string, { min: number; max: number }>
  thumbnail: string | null
  createdAt: number
  variantIds: string[]
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' }

/** Plain text of sanitised product HTML: tags dropped, the common entities decoded, whitespace folded. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

type ProductRow = {
  id: string
  handle: string
  title: string
  brand: string | null
  product_type: string | null
  tags: string[]
  description_html: string
  attributes: Record<string, string>
  created_at: Date
}

/** Active products after `afterId` (id order), or exactly the given ids that are active. */
export async function loadCatalogSearchFacts(db: Db, selection: { afterId: string | null; limit: number } | { productIds: string[] }) {
  const base = db
    .selectFrom('product')
    .select(['id', 'handle', 'title', 'brand', 'product_type', 'tags', 'description_html', 'attributes', 'created_at'])
    .where('status', '=', 'active')
  const products = (
    'productIds' in selection
      ? selection.productIds.length === 0
        ? []
        : await base.where('id', 'in', selection.productIds).execute()
      : await base
          .$if(selection.afterId !== null, (q) => q.where('id', '>', selection.afterId!))
          .orderBy('id')
          .limit(selection.limit)
          .execute()
  ) as ProductRow[]
  if (products.length === 0) return []
  const ids = products.map((p) => p.id)

  const [categories, collections, options, prices, images, variants] = await Promise.all([
    // Ids and names in the same order (by path), so names[i] names ids[i].
    sql<{ product_id: string; ids: string[]; names: string[] }>`
      select product_id, array_agg(id order by path) as ids, array_agg(name order by path) as names
      from (
        select distinct pc.product_id, a.id, a.name, a.path
        from product_category pc
        join category c on c.id = pc.category_id
        join category a on c.path like a.path || '%'
        where pc.product_id = any(${ids})
      ) ancestry
      group by product_id`.execute(db),
    db.selectFrom('product_collection').select(['product_id', 'collection_id']).where('product_id', 'in', ids).execute(),
    db.selectFrom('product_option').select(['product_id', 'name', 'values']).where('product_id', 'in', ids).execute(),
    db
      .selectFrom('product_price_range')
      .select(['product_id', 'currency', 'min_amount', 'max_amount'])
      .where('product_id', 'in', ids)
      .execute(),
    sql<{ product_id: string; url: string }>`
      select distinct on (product_id) product_id, url from product_image
      where product_id = any(${ids}) order by product_id, position, id`.execute(db),
    db.selectFrom('variant').select(['id', 'product_id']).where('product_id', 'in', ids).execute(),
  ])

  const group = <T extends { product_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>()
    for (const row of rows) map.set(row.product_id, [...(map.get(row.product_id) ?? []), row])
    return map
  }
  const categoriesOf = new Map(categories.rows.map((r) => [r.product_id, r]))
  const collectionsOf = group(collections)
  const optionsOf = group(options)
  const pricesOf = group(prices)
  const imageOf = new Map(images.rows.map((r) => [r.product_id, r.url]))
  const variantsOf = group(variants)

  return products.map((p): CatalogSearchFacts => {
    // Names come from staff and imports: no prototype, so an option named "constructor" is just a name.
    const attributes: Record<string, string[]> = Object.create(null) as Record<string, string[]>
    const add = (name: string, value: string) => {
      const key = name.trim().toLowerCase()
      if (!key || !value.trim()) return
      const values = (attributes[key] ??= [])
      if (!values.includes(value.trim())) values.push(value.trim())
    }
    // A stored attribute may list several values ("Green, Red"); each is its own facet value.
    for (const [name, value] of Object.entries(p.attributes ?? {})) for (const part of value.split(', ')) add(name, part)
    for (const option of optionsOf.get(p.id) ?? []) for (const value of option.values) add(option.name, value)
    const category = categoriesOf.get(p.id)
    return {
      id: p.id,
      handle: p.handle,
      title: p.title,
      brand: p.brand,
      productType: p.product_type,
      categoryIds: category?.ids ?? [],
      categoryNames: category?.names ?? [],
      collectionIds: (collectionsOf.get(p.id) ?? []).map((c) => c.collection_id),
      tags: p.tags,
      description: plainText(p.description_html),
      attributes,
      prices: Object.fromEntries(
        (pricesOf.get(p.id) ?? []).map((r) => [r.currency.trim(), { min: Number(r.min_amount), max: Number(r.max_amount) }]),
      ),
      thumbnail: imageOf.get(p.id) ?? null,
      createdAt: p.created_at.getTime(),
      variantIds: (variantsOf.get(p.id) ?? []).map((v) => v.id),
    }
  })
}

/** Products in a category or any of its descendants (after a rename or a move, their documents change). */
export async function productsInCategoryTree(db: Db, categoryId: string): Promise<string[]> {
  const rows = await sql<{ product_id: string }>`
    select distinct pc.product_id from product_category pc
    join category c on c.id = pc.category_id
    join category root on root.id = ${categoryId}
    where c.path like root.path || '%'`.execute(db)
  return rows.rows.map((r) => r.product_id)
}
