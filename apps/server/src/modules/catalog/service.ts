import type { Db } from '../../platform/db/database.js'
import type { Cache } from '../../platform/cache/port.js'
import type { Generations } from '../../platform/cache/generations.js'
import type { Outbox } from '../../platform/events/outbox.js'
import { loadCatalogSearchFacts, productsInCategoryTree } from './search-documents.js'
import { CATALOG_TOPICS, type ProductChangedV1 } from './events.js'
import { decodeCursor, pageFrom } from '../../platform/http/pagination.js'
import { cachedJson, packCachedJson, unpackCachedJson, type CachedJson } from '../../platform/http/cached-json.js'
import { conflict, invalid, notFound } from '../../problems.js'
import type { InventoryService } from '../inventory/service.js'
import { listProducts, parseListingCursor, sortKeyOf, type ListingSort, listProductsByIds } from './listing-repo.js'
import { createProductWriter } from './product-writer.js'
import type { CatalogRepo } from './repo.js'
import type { AdminProductQuery, ProductInput, ProductPatch, StoreProductQuery } from './schemas.js'
import { toProductCard, toProductView } from './views.js'

export const DEFAULT_CURRENCY = 'USD'
const STORE_CACHE_TTL_MS = 5 * 60_000
const LOCAL_CACHE_TTL_MS = 60_000
const GENERATION = 'catalog'

export interface CatalogServiceDeps {
  repo: CatalogRepo
  inventory: InventoryService
  /** The shared cache (Redis when configured). */
  cache: Cache
  /** An in-process copy in front of a shared cache: safe because keys carry the generation. */
  localCache?: Cache
  generations: Generations
  outbox: Outbox
}

export function createCatalogService(deps: CatalogServiceDeps) {
  const { repo, inventory, cache, localCache, generations, outbox } = deps
  const writer = createProductWriter({ repo, inventory })
  const announce = (tx: Db, productIds: string[]) => outbox.emit<ProductChangedV1>(tx, CATALOG_TOPICS.productChanged, { productIds })

  async function loadView(productId: string, tx: Db = repo.db) {
    const row = await repo.findProductDetailById(productId, tx)
    if (!row) throw notFound('product', productId)
    return toProductView(
      row,
      await inventory.availability(
        row.variants.map((v) => v.id),
        tx,
      ),
    )
  }

  /**
   * After a commit: retire every cached store read at once by moving to a new generation.
   * Keys carry the generation they were filled under, so a slow reader that loaded old rows
   * before the commit can only write under the old generation, which nobody reads any more.
   */
  async function invalidate() {
    await generations.bump(GENERATION)
  }
  const generation = () => generations.current(GENERATION)

  /** Local copy first, then the shared cache (filling the local copy), then the loader. */
  async function readThrough(key: string, load: () => Promise<CachedJson>): Promise<CachedJson> {
    const local = await localCache?.get(key)
    if (local) return unpackCachedJson(local)
    const shared = await cache.get(key)
    if (shared) {
      await localCache?.set(key, shared, LOCAL_CACHE_TTL_MS)
      return unpackCachedJson(shared)
    }
    const packed = packCachedJson(await load())
    await cache.set(key, packed, STORE_CACHE_TTL_MS)
    await localCache?.set(key, packed, LOCAL_CACHE_TTL_MS)
    return unpackCachedJson(packed)
  }

  async function resolveListingFilters(query: StoreProductQuery) {
    const categoryPath = query.category ? (await repo.findCategoryByHandle(query.category))?.path : undefined
    const collectionId = query.collection ? (await repo.findCollectionByHandle(query.collection))?.id : undefined
    if (query.minPrice !== undefined && query.maxPrice !== undefined && query.minPrice > query.maxPrice)
      throw invalid('/query/maxPrice', 'must not be below minPrice')
    const unknownFilter = (query.category && !categoryPath) || (query.collection && !collectionId)
    const sort: ListingSort = query.sort ?? 'newest'
    return { categoryPath, collectionId, sort, unknownFilter, after: parseListingCursor(decodeCursor(query.cursor, 3), sort) }
  }

  return {
    invalidate,

    async createProduct(input: ProductInput) {
      if (await repo.findProductIdByHandle(input.handle))
        throw conflict(`Handle ${input.handle} is taken`, [{ pointer: '/body/handle', detail: 'is taken' }])
      const id = await repo.db.transaction().execute(async (tx) => {
        const created = await writer.create(input, tx)
        await announce(tx, [created])
        return created
      })
      await invalidate()
      return loadView(id)
    },

    async updateProduct(id: string, patch: ProductPatch) {
      await repo.db.transaction().execute(async (tx) => {
        const current = await repo.findProductForUpdate(id, tx)
        if (!current) throw notFound('product', id)
        if (patch.handle && patch.handle !== current.handle && (await repo.findProductIdByHandle(patch.handle, tx)))
          throw conflict(`Handle ${patch.handle} is taken`, [{ pointer: '/body/handle', detail: 'is taken' }])
        await writer.update(id, patch, { options: await repo.findOptions(id, tx) }, tx, { setStock: false })
        await announce(tx, [id])
      })
      await invalidate()
      return loadView(id)
    },

    async archiveProduct(id: string) {
      return this.updateProduct(id, { status: 'archived' })
    },

    /**
     * Creates or replaces a product by handle inside the caller's transaction (imports batch many).
     * The caller calls invalidate() after its commit.
     */
    async upsertProductByHandle(input: ProductInput, tx: Db): Promise<'created' | 'updated'> {
      const existing = await repo.findProductIdByHandle(input.handle, tx)
      if (!existing) {
        await announce(tx, [await writer.create(input, tx)])
        return 'created'
      }
      // Fields the file leaves out (a column it lacks) keep their current values.
      await writer.update(existing.id, input, { options: await repo.findOptions(existing.id, tx) }, tx, { setStock: true })
      await announce(tx, [existing.id])
      return 'updated'
    },

    getProduct: (id: string) => loadView(id),

    /** For search: active products in id order after `afterId`, or the active ones among `productIds`. */
    searchFacts: (selection: { afterId: string | null; limit: number } | { productIds: string[] }, tx: Db = repo.db) =>
      loadCatalogSearchFacts(tx, selection),
    productsInCategoryTree: (categoryId: string) => productsInCategoryTree(repo.db, categoryId),
    /** Listing cards of search hits, in the order given; products no longer sold in `currency` are left out. */
    async cardsByIds(ids: string[], currency: string) {
      const rows = new Map((await listProductsByIds(repo.db, ids, currency)).map((row) => [row.id, row]))
      return ids.flatMap((id) => {
        const row = rows.get(id)
        return row ? [toProductCard(row, currency)] : []
      })
    },

    /** Active products in id order after `afterId`, with their last change: what sitemaps list. */
    activeHandles(afterId: string | undefined, limit: number) {
      let query = repo.db
        .selectFrom('product')
        .select(['id', 'handle', 'updated_at'])
        .where('status', '=', 'active')
        .orderBy('id')
        .limit(limit)
      if (afterId !== undefined) query = query.where('id', '>', afterId)
      return query.execute()
    },

    /** Handles of these products whatever their status (an archived product's page must learn it is gone). */
    anyHandlesOf: async (ids: string[]) =>
      ids.length === 0 ? [] : repo.db.selectFrom('product').select(['id', 'handle']).where('id', 'in', ids).execute(),

    /** Handles of active products, for links from search suggestions. */
    handlesOf: async (ids: string[]) =>
      ids.length === 0
        ? []
        : repo.db.selectFrom('product').select(['id', 'handle']).where('id', 'in', ids).where('status', '=', 'active').execute(),

    /** Every category and collection, for resolving handles in search filters and naming facet values. */
    async taxonomyForSearch() {
      const [categories, collections] = await Promise.all([
        repo.listCategories(),
        repo.db.selectFrom('collection').select(['id', 'handle', 'title']).orderBy('handle').limit(10_000).execute(),
      ])
      return {
        categories: categories.map((c) => ({ id: c.id, handle: c.handle, name: c.name, parentId: c.parent_id })),
        collections,
      }
    },
    /** Product of each variant, for events that name variants (stock). */
    productIdsOfVariants: async (variantIds: string[]) =>
      variantIds.length === 0
        ? []
        : [
            ...new Set(
              (await repo.db.selectFrom('variant').select('product_id').where('id', 'in', variantIds).execute()).map((r) => r.product_id),
            ),
          ],

    /** Read-only facts a cart needs to price its lines, straight from the database (never cached). */
    variantsForCart: (variantIds: string[], currency: string, tx: Db = repo.db) => repo.variantsForCart(variantIds, currency, tx),

    async listAdminProducts(query: AdminProductQuery) {
      const filters = await resolveListingFilters(query)
      if (filters.unknownFilter) return { items: [], nextCursor: null }
      const currency = query.currency ?? DEFAULT_CURRENCY
      const rows = await listProducts(repo.db, {
        ...filters,
        storeOnly: false,
        status: query.status,
        currency,
        brand: query.brand,
        minPrice: query.minPrice,
        maxPrice: query.maxPrice,
        q: query.q,
        limit: query.limit,
      })
      return pageFrom(
        rows,
        query.limit,
        (row) => toProductCard(row, currency),
        (row) => sortKeyOf(row, filters.sort),
      )
    },

    /** An active product by handle, as a ready-to-send JSON body with its ETag, from the cache when warm. */
    async getStoreProduct(handle: string): Promise<CachedJson> {
      return readThrough(`catalog:product:${await generation()}:${handle}`, async () => {
        const row = await repo.findProductDetailByHandle(handle)
        if (!row || row.status !== 'active') throw notFound('product', handle)
        return cachedJson(toProductView(row, await inventory.availability(row.variants.map((v) => v.id))))
      })
    },

    async listStoreProducts(query: StoreProductQuery, canonicalQuery: string): Promise<CachedJson> {
      return readThrough(`catalog:list:${await generation()}:${canonicalQuery}`, async () => {
        const filters = await resolveListingFilters(query)
        const currency = query.currency ?? DEFAULT_CURRENCY
        if (filters.unknownFilter) return cachedJson({ items: [], nextCursor: null })
        const rows = await listProducts(repo.db, {
          ...filters,
          storeOnly: true,
          currency,
          brand: query.brand,
          minPrice: query.minPrice,
          maxPrice: query.maxPrice,
          limit: query.limit,
        })
        return cachedJson(
          pageFrom(
            rows,
            query.limit,
            (row) => toProductCard(row, currency),
            (row) => sortKeyOf(row, filters.sort),
          ),
        )
      })
    },
  }
}

export type CatalogService = ReturnType<typeof createCatalogService>
