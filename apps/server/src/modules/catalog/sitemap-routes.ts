import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { CatalogService } from './service.js'
import { IsoTime } from '../../platform/http/schemas.js'
import { decodeCursor, Page, pageFrom } from '../../platform/http/pagination.js'

/** One sitemap file holds at most 50,000 URLs; a page of this list fills a good part of one in one call. */
export const SITEMAP_PAGE_MAX = 10_000

const SitemapQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: SITEMAP_PAGE_MAX, default: 5000, description: `At most ${SITEMAP_PAGE_MAX}` }),
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
})
const SitemapEntry = Type.Object({ handle: Type.String(), updatedAt: IsoTime })

/**
 * Every active product's handle and last change, for the storefront's sitemap: keyset pages in id
 * order, large enough that 100,000 products take ten calls.
 */
export const sitemapRoutes: FastifyPluginAsyncTypebox<{ catalog: CatalogService }> = async (app, { catalog }) => {
  app.get(
    '/store/sitemap/products',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Handles and last changes of every active product, for sitemaps',
        querystring: SitemapQuery,
        response: { 200: Page(SitemapEntry) },
      },
      config: { auth: 'public' },
    },
    async (req) => {
      const after = decodeCursor(req.query.cursor, 1)?.[0]
      const rows = await catalog.activeHandles(typeof after === 'string' ? after : undefined, req.query.limit + 1)
      return pageFrom(
        rows,
        req.query.limit,
        (r) => ({ handle: r.handle, updatedAt: new Date(r.updated_at).toISOString() }),
        (r) => [r.id],
      )
    },
  )
}
