import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { PassThrough } from 'node:stream'
import { Currency } from './schemas.js'
import { openBuffer, type ImportService } from './import-service.js'
import { Problem } from '../../problems.js'

const ImportResultView = Type.Object({
  rows: Type.Integer(),
  products: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  dryRun: Type.Boolean(),
})

export const importRoutes: FastifyPluginAsyncTypebox<{ imports: ImportService; limitBytes: number }> = async (
  app,
  { imports, limitBytes },
) => {
  // Inside this plugin only CSV bodies parse: a JSON body gets 415 instead of reaching the importer.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: limitBytes }, (_req, body, done) => done(null, body))

  app.post(
    '/admin/imports',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Import products from a Shopify product CSV (body: text/csv)',
        description:
          'Every row is validated first; a file with any error imports nothing and the 422 lists each bad row by line and column. Re-importing updates by handle.',
        consumes: ['text/csv'],
        querystring: Type.Object({ currency: Type.Optional(Currency), dryRun: Type.Optional(Type.Boolean()) }),
        response: { 200: ImportResultView },
      },
      config: { auth: { staff: 'imports:write' }, audit: { action: 'products.import', targetType: 'import' } },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body) || req.body.length === 0)
        throw new Problem({ type: 'unsupported-media-type', detail: 'Send the CSV file as the body, with Content-Type: text/csv' })
      return imports.importProducts(openBuffer(req.body), { currency: req.query.currency ?? 'USD', dryRun: req.query.dryRun })
    },
  )

  app.get(
    '/admin/exports/products.csv',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Export every product as a Shopify product CSV, prices in one currency',
        querystring: Type.Object({ currency: Type.Optional(Currency) }),
        produces: ['text/csv'],
        response: { 200: Type.Unsafe<NodeJS.ReadableStream>({ type: 'string', description: 'Shopify product CSV (streamed)' }) },
      },
      config: { auth: { staff: 'catalog:read' } },
    },
    async (req, reply) => {
      const out = new PassThrough()
      imports.exportProducts(out, req.query.currency ?? 'USD').catch((error: unknown) => out.destroy(error as Error))
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="products.csv"').send(out)
    },
  )
}
