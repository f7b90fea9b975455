import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { cachedJson, sendCachedJson } from '../../platform/http/cached-json.js'
import { Page, PageQuery } from '../../platform/http/pagination.js'
import type { CatalogService } from './service.js'
import type { TaxonomyService } from './taxonomy.js'
import { CategoryNode, CollectionView, HandleParams, ProductCard, ProductView, StoreProductQuery } from './schemas.js'

// Shared caches may keep a copy briefly; browsers revalidate with the ETag (a 304 costs no body).
const STORE_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=60'

/** A stable cache key for a validated query: the same filters in any order hit the same entry. */
const canonical = (query: object) =>
  JSON.stringify(
    Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  )

export const catalogStoreRoutes: FastifyPluginAsyncTypebox<{ catalog: CatalogService; taxonomy: TaxonomyService }> = async (
  app,
  { catalog, taxonomy },
) => {
  const tags = ['catalog']

  app.get(
    '/store/products',
    {
      schema: {
        tags,
        summary: 'Active products, filtered and sorted, a page at a time',
        description: 'category includes its descendants; minPrice/maxPrice filter the lowest variant price in `currency` (minor units).',
        querystring: StoreProductQuery,
        response: { 200: Page(ProductCard) },
      },
      config: { auth: 'public' },
    },
    async (req, reply) => sendCachedJson(req, reply, await catalog.listStoreProducts(req.query, canonical(req.query)), STORE_CACHE_CONTROL),
  )

  app.get(
    '/store/products/:handle',
    {
      schema: {
        tags,
        summary: 'One active product with variants, prices and availability',
        params: HandleParams,
        response: { 200: ProductView },
      },
      config: { auth: 'public' },
    },
    async (req, reply) => sendCachedJson(req, reply, await catalog.getStoreProduct(req.params.handle), STORE_CACHE_CONTROL),
  )

  app.get(
    '/store/categories',
    {
      schema: { tags, summary: 'The category tree', response: { 200: Type.Object({ items: Type.Array(CategoryNode) }) } },
      config: { auth: 'public' },
    },
    async (req, reply) => sendCachedJson(req, reply, cachedJson({ items: await taxonomy.categoryTree() }), STORE_CACHE_CONTROL),
  )

  app.get(
    '/store/collections',
    {
      schema: { tags, summary: 'Collections', querystring: Type.Object(PageQuery), response: { 200: Page(CollectionView) } },
      config: { auth: 'public' },
    },
    async (req, reply) =>
      sendCachedJson(req, reply, cachedJson(await taxonomy.listCollections(req.query.limit, req.query.cursor)), STORE_CACHE_CONTROL),
  )
}
