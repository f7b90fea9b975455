import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Page, PageQuery } from '../../platform/http/pagination.js'
import type { CatalogService } from './service.js'
import type { TaxonomyService } from './taxonomy.js'
import {
  AdminProductQuery,
  CategoryInput,
  CategoryNode,
  CategoryParams,
  CategoryPatch,
  CollectionInput,
  CollectionParams,
  CollectionView,
  ProductCard,
  ProductIdParams,
  ProductInput,
  ProductPatch,
  ProductView,
} from './schemas.js'

export const catalogAdminRoutes: FastifyPluginAsyncTypebox<{ catalog: CatalogService; taxonomy: TaxonomyService }> = async (
  app,
  { catalog, taxonomy },
) => {
  const tags = ['catalog']

  app.get(
    '/admin/products',
    {
      schema: {
        tags,
        summary: 'All products with filters (status, text, category, brand, price)',
        querystring: AdminProductQuery,
        response: { 200: Page(ProductCard) },
      },
      config: { auth: { staff: 'catalog:read' } },
    },
    (req) => catalog.listAdminProducts(req.query),
  )

  app.post(
    '/admin/products',
    {
      schema: {
        tags,
        summary: 'Create a product with options, variants, prices and images',
        body: ProductInput,
        response: { 201: ProductView },
      },
      config: { auth: { staff: 'catalog:write' }, audit: { action: 'product.create', targetType: 'product' } },
    },
    async (req, reply) => reply.status(201).send(await catalog.createProduct(req.body)),
  )

  app.get(
    '/admin/products/:productId',
    {
      schema: { tags, summary: 'One product, any status', params: ProductIdParams, response: { 200: ProductView } },
      config: { auth: { staff: 'catalog:read' } },
    },
    (req) => catalog.getProduct(req.params.productId),
  )

  app.patch(
    '/admin/products/:productId',
    {
      schema: {
        tags,
        summary: 'Change a product; arrays sent replace the current ones',
        params: ProductIdParams,
        body: ProductPatch,
        response: { 200: ProductView },
      },
      config: { auth: { staff: 'catalog:write' }, audit: { action: 'product.update', targetType: 'product', targetParam: 'productId' } },
    },
    (req) => catalog.updateProduct(req.params.productId, req.body),
  )

  app.post(
    '/admin/products/:productId/archive',
    {
      schema: {
        tags,
        summary: 'Archive a product (hidden from the store, kept for orders)',
        params: ProductIdParams,
        response: { 200: ProductView },
      },
      config: { auth: { staff: 'catalog:write' }, audit: { action: 'product.archive', targetType: 'product', targetParam: 'productId' } },
    },
    (req) => catalog.archiveProduct(req.params.productId),
  )

  app.get(
    '/admin/categories',
    {
      schema: { tags, summary: 'The category tree', response: { 200: Type.Object({ items: Type.Array(CategoryNode) }) } },
      config: { auth: { staff: 'catalog:read' } },
    },
    async () => ({ items: await taxonomy.categoryTree() }),
  )

  app.post(
    '/admin/categories',
    {
      schema: { tags, summary: 'Create a category, optionally under a parent', body: CategoryInput, response: { 201: CategoryNode } },
      config: { auth: { staff: 'catalog:write' }, audit: { action: 'category.create', targetType: 'category' } },
    },
    async (req, reply) => reply.status(201).send(await taxonomy.createCategory(req.body)),
  )

  app.patch(
    '/admin/categories/:categoryId',
    {
      schema: {
        tags,
        summary: 'Rename, re-order or move a category (its subtree moves with it)',
        params: CategoryParams,
        body: CategoryPatch,
        response: { 200: CategoryNode },
      },
      config: { auth: { staff: 'catalog:write' }, audit: { action: 'category.update', targetType: 'category', targetParam: 'categoryId' } },
    },
    (req) => taxonomy.updateCategory(req.params.categoryId, req.body),
  )

  app.get(
    '/admin/collections',
    {
      schema: { tags, summary: 'Collections', querystring: Type.Object(PageQuery), response: { 200: Page(CollectionView) } },
      config: { auth: { staff: 'catalog:read' } },
    },
    (req) => taxonomy.listCollections(req.query.limit, req.query.cursor),
  )

  app.post(
    '/admin/collections',
    {
      schema: { tags, summary: 'Create a collection', body: CollectionInput, response: { 201: CollectionView } },
      config: { auth: { staff: 'catalog:write' }, audit: { action: 'collection.create', targetType: 'collection' } },
    },
    async (req, reply) => reply.status(201).send(await taxonomy.createCollection(req.body)),
  )

  app.delete(
    '/admin/categories/:categoryId',
    {
      schema: {
        tags,
        summary: 'Delete a category without subcategories (its products stay, without it)',
        params: CategoryParams,
        response: { 204: Type.Null() },
      },
      config: { auth: { staff: 'catalog:write' }, audit: { action: 'category.delete', targetType: 'category', targetParam: 'categoryId' } },
    },
    async (req, reply) => {
      await taxonomy.deleteCategory(req.params.categoryId)
      return reply.status(204).send(null)
    },
  )

  app.patch(
    '/admin/collections/:collectionId',
    {
      schema: {
        tags,
        summary: 'Rename a collection or change its handle',
        params: CollectionParams,
        body: Type.Partial(CollectionInput, { minProperties: 1 }),
        response: { 200: CollectionView },
      },
      config: {
        auth: { staff: 'catalog:write' },
        audit: { action: 'collection.update', targetType: 'collection', targetParam: 'collectionId' },
      },
    },
    (req) => taxonomy.updateCollection(req.params.collectionId, req.body),
  )

  app.delete(
    '/admin/collections/:collectionId',
    {
      schema: {
        tags,
        summary: 'Delete a collection (its products stay, without it)',
        params: CollectionParams,
        response: { 204: Type.Null() },
      },
      config: {
        auth: { staff: 'catalog:write' },
        audit: { action: 'collection.delete', targetType: 'collection', targetParam: 'collectionId' },
      },
    },
    async (req, reply) => {
      await taxonomy.deleteCollection(req.params.collectionId)
      return reply.status(204).send(null)
    },
  )
}
