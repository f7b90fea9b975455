import { sql, type Insertable } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import type { CatalogTables } from './tables.js'

type ProductInsert = Insertable<CatalogTables['product']>
type VariantInsert = Insertable<CatalogTables['variant']>

export interface ProductDetailRow {
  id: string
  handle: string
  title: string
  description_html: string
  status: 'draft' | 'active' | 'archived'
  brand: string | null
  product_type: string | null
  tags: string[]
  attributes: Record<string, string>
  seo_title: string | null
  seo_description: string | null
  created_at: Date
  updated_at: Date
  options: { name: string; values: string[] }[]
  variants: {
    id: string
    sku: string | null
    title: string
    optionValues: string[]
    weightGrams: number | null
    barcode: string | null
    prices: { amount: number; currency: string; compareAtAmount: number | null }[]
  }[]
  images: { id: string; url: string; alt: string; width: number | null; height: number | null }[]
  categories: { id: string; handle: string; name: string }[]
  collections: { id: string; handle: string; title: string }[]
  price_ranges: { currency: string; min: number; max: number }[]
}

/**
 * One round trip for a whole product: its parts come back as JSON aggregates.
 * Same SQL on PGlite and PostgreSQL.
 */
const productDetail = (where: ReturnType<typeof sql>) => sql<ProductDetailRow>`
  select p.*,
    coalesce((select json_agg(json_build_object('name', o.name, 'values', o."values") order by o.position)
              from product_option o where o.product_id = p.id), '[]') as options,
    coalesce((select json_agg(json_build_object(
                'id', v.id, 'sku', v.sku, 'title', v.title, 'optionValues', v.option_values,
                'weightGrams', v.weight_grams, 'barcode', v.barcode,
                'prices', coalesce((select json_agg(json_build_object('amount', vp.amount, 'currency', vp.currency, 'compareAtAmount', vp.compare_at_amount) order by vp.currency)
                                    from variant_price vp where vp.variant_id = v.id), '[]'))
              order by v.position, v.id)
              from variant v where v.product_id = p.id), '[]') as variants,
    coalesce((select json_agg(json_build_object('id', i.id, 'url', i.url, 'alt', i.alt, 'width', i.width, 'height', i.height) order by i.position, i.id)
              from product_image i where i.product_id = p.id), '[]') as images,
    coalesce((select json_agg(json_build_object('id', c.id, 'handle', c.handle, 'name', c.name) order by c.path)
              from product_category pc join category c on c.id = pc.category_id where pc.product_id = p.id), '[]') as categories,
    coalesce((select json_agg(json_build_object('id', c.id, 'handle', c.handle, 'title', c.title) order by c.handle)
              from product_collection pc join collection c on c.id = pc.collection_id where pc.product_id = p.id), '[]') as collections,
    coalesce((select json_agg(json_build_object('currency', r.currency, 'min', r.min_amount, 'max', r.max_amount) order by r.currency)
              from product_price_range r where r.product_id = p.id), '[]') as price_ranges
  from product p
  where ${where}`

/** A variant as a cart prices it: its product's status, its price in one currency, categories with ancestors. */
export interface VariantForCart {
  variantId: string
  productId: string
  productTitle: string
  variantTitle: string
  sku: string | null
  status: 'draft' | 'active' | 'archived'
  /** Minor units of the requested currency; null when the variant has no price in it. */
  unitPrice: number | null
  weightGrams: number | null
  /** The product's categories and all their ancestors (from category.path). */
  categoryIds: string[]
  thumbnail: string | null
}

export function createCatalogRepo(db: Db) {
  return {
    db,
    findProductDetailById: async (id: string, tx: Db = db) => (await productDetail(sql`p.id = ${id}`).execute(tx)).rows[0],
    findProductDetailByHandle: async (handle: string, tx: Db = db) => (await productDetail(sql`p.handle = ${handle}`).execute(tx)).rows[0],
    /** One query for every variant a cart holds. Ancestors come from the path: '/cat_a/cat_b/' names them all. */
    variantsForCart: async (variantIds: string[], currency: string, tx: Db = db): Promise<VariantForCart[]> => {
      if (variantIds.length === 0) return []
      const { rows } = await sql<VariantForCart>`
        select v.id as "variantId", v.product_id as "productId", p.title as "productTitle", v.title as "variantTitle",
          v.sku, p.status, vp.amount as "unitPrice", v.weight_grams as "weightGrams",
          array(select distinct a.id
                from product_category pc
                join category c on c.id = pc.category_id
                cross join lateral unnest(string_to_array(trim(both '/' from c.path), '/')) as a(id)
                where pc.product_id = p.id and a.id <> ''
                order by a.id) as "categoryIds",
          (select i.url from product_image i where i.product_id = p.id order by i.position, i.id limit 1) as thumbnail
        from variant v
        join product p on p.id = v.product_id
        left join variant_price vp on vp.variant_id = v.id and vp.currency = ${currency}
        where v.id in (${sql.join(variantIds)})`.execute(tx)
      return rows.map((row) => ({ ...row, unitPrice: row.unitPrice === null ? null : Number(row.unitPrice) }))
    },
    /** The product's options, in order: all a variant edit needs to check option values against. */
    findOptions: (productId: string, tx: Db = db) =>
      tx.selectFrom('product_option').select(['name', 'values']).where('product_id', '=', productId).orderBy('position').execute(),
    findProductIdByHandle: (handle: string, tx: Db = db) =>
      tx.selectFrom('product').select(['id', 'handle']).where('handle', '=', handle).executeTakeFirst(),
    findProductForUpdate: (id: string, tx: Db = db) =>
      tx.selectFrom('product').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

    insertProduct: (row: ProductInsert, tx: Db = db) => tx.insertInto('product').values(row).execute(),
    updateProduct: (id: string, patch: Partial<ProductInsert>, tx: Db = db) =>
      tx
        .updateTable('product')
        .set({ ...patch, updated_at: new Date() })
        .where('id', '=', id)
        .execute(),

    replaceOptions: async (productId: string, options: { id: string; name: string; values: string[] }[], tx: Db = db) => {
      await tx.deleteFrom('product_option').where('product_id', '=', productId).execute()
      if (options.length > 0)
        await tx
          .insertInto('product_option')
          .values(options.map((o, position) => ({ ...o, product_id: productId, position })))
          .execute()
    },

    listVariantKeys: (productId: string, tx: Db = db) =>
      tx.selectFrom('variant').select(['id', 'sku', 'option_values']).where('product_id', '=', productId).execute(),
    insertVariants: async (rows: VariantInsert[], tx: Db = db) => {
      if (rows.length > 0) await tx.insertInto('variant').values(rows).execute()
    },
    updateVariant: (id: string, patch: Partial<VariantInsert>, tx: Db = db) =>
      tx
        .updateTable('variant')
        .set({ ...patch, updated_at: new Date() })
        .where('id', '=', id)
        .execute(),
    deleteVariants: (ids: string[], tx: Db = db) => (ids.length ? tx.deleteFrom('variant').where('id', 'in', ids).execute() : undefined),
    /** SKU → id of the product that holds it, for the SKUs given. */
    findVariantOwnersBySkus: async (skus: string[], tx: Db = db) => {
      if (skus.length === 0) return new Map<string, string>()
      const rows = await tx.selectFrom('variant').select(['sku', 'product_id']).where('sku', 'in', skus).execute()
      return new Map(rows.map((row) => [row.sku!, row.product_id]))
    },

    replacePricesOf: async (
      items: { variantId: string; prices: { currency: string; amount: number; compareAtAmount?: number | null }[] }[],
      tx: Db = db,
    ) => {
      if (items.length === 0) return
      await tx
        .deleteFrom('variant_price')
        .where(
          'variant_id',
          'in',
          items.map((i) => i.variantId),
        )
        .execute()
      const rows = items.flatMap((i) =>
        i.prices.map((p) => ({
          variant_id: i.variantId,
          currency: p.currency,
          amount: p.amount,
          compare_at_amount: p.compareAtAmount ?? null,
        })),
      )
      if (rows.length > 0) await tx.insertInto('variant_price').values(rows).execute()
    },

    /** Recomputes the derived min/max price per currency after any price or variant change. */
    refreshPriceRange: async (productId: string, tx: Db = db) => {
      await tx.deleteFrom('product_price_range').where('product_id', '=', productId).execute()
      await sql`
        insert into product_price_range (product_id, currency, min_amount, max_amount)
        select v.product_id, vp.currency, min(vp.amount), max(vp.amount)
        from variant v join variant_price vp on vp.variant_id = v.id
        where v.product_id = ${productId}
        group by v.product_id, vp.currency`.execute(tx)
    },

    replaceImages: async (
      productId: string,
      images: { id: string; url: string; alt: string; width: number | null; height: number | null }[],
      tx: Db = db,
    ) => {
      await tx.deleteFrom('product_image').where('product_id', '=', productId).execute()
      if (images.length > 0)
        await tx
          .insertInto('product_image')
          .values(images.map((image, position) => ({ ...image, product_id: productId, position })))
          .execute()
    },

    replaceCategories: async (productId: string, categoryIds: string[], tx: Db = db) => {
      await tx.deleteFrom('product_category').where('product_id', '=', productId).execute()
      if (categoryIds.length > 0)
        await tx
          .insertInto('product_category')
          .values(categoryIds.map((category_id) => ({ product_id: productId, category_id })))
          .execute()
    },

    replaceCollections: async (productId: string, collectionIds: string[], tx: Db = db) => {
      await tx.deleteFrom('product_collection').where('product_id', '=', productId).execute()
      if (collectionIds.length > 0)
        await tx
          .insertInto('product_collection')
          .values(collectionIds.map((collection_id) => ({ product_id: productId, collection_id })))
          .execute()
    },

    findCategoriesByHandles: (handles: string[], tx: Db = db) =>
      handles.length
        ? tx.selectFrom('category').select(['id', 'handle', 'path']).where('handle', 'in', handles).execute()
        : Promise.resolve([]),
    findCollectionsByHandles: (handles: string[], tx: Db = db) =>
      handles.length ? tx.selectFrom('collection').select(['id', 'handle']).where('handle', 'in', handles).execute() : Promise.resolve([]),
    findCategoryByHandle: (handle: string, tx: Db = db) =>
      tx.selectFrom('category').selectAll().where('handle', '=', handle).executeTakeFirst(),
    findCategoryById: (id: string, tx: Db = db, options: { forUpdate?: boolean } = {}) =>
      tx
        .selectFrom('category')
        .selectAll()
        .where('id', '=', id)
        .$if(!!options.forUpdate, (q) => q.forUpdate())
        .executeTakeFirst(),
    findCollectionByHandle: (handle: string, tx: Db = db) =>
      tx.selectFrom('collection').selectAll().where('handle', '=', handle).executeTakeFirst(),
    listCategories: (tx: Db = db) => tx.selectFrom('category').selectAll().orderBy('position').orderBy('name').limit(10_000).execute(),
    insertCategory: (row: Insertable<CatalogTables['category']>, tx: Db = db) =>
      tx.insertInto('category').values(row).returningAll().executeTakeFirstOrThrow(),
    updateCategory: (id: string, patch: Partial<Insertable<CatalogTables['category']>>, tx: Db = db) =>
      tx
        .updateTable('category')
        .set({ ...patch, updated_at: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst(),
    /** Moves a subtree: every descendant's path gets the new prefix. */
    rewriteCategoryPaths: (oldPrefix: string, newPrefix: string, tx: Db = db) =>
      sql`update category set path = ${newPrefix} || substr(path, ${oldPrefix.length + 1}) where path like ${oldPrefix + '%'}`.execute(tx),
    insertCollection: (row: Insertable<CatalogTables['collection']>, tx: Db = db) =>
      tx.insertInto('collection').values(row).returningAll().executeTakeFirstOrThrow(),
    listCollections: (limit: number, after: string | undefined, tx: Db = db) =>
      tx
        .selectFrom('collection')
        .selectAll()
        .$if(after !== undefined, (q) => q.where('handle', '>', after!))
        .orderBy('handle')
        .limit(limit + 1)
        .execute(),
  }
}

export type CatalogRepo = ReturnType<typeof createCatalogRepo>
