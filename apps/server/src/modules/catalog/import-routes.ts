import { Type } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { PassThrough } from 'node:stream'
import { Currency } from './schemas.js'
import { openBuffer, type ImportService } from './import-service.js'
import { Problem } from '../../problems.js'
import { Page, PageQuery } from '../../platform/http/pagination.js'
import { Id, IsoTime, Nullable } from '../../platform/http/schemas.js'
import type { ImportJobs } from './import-jobs.js'

const ImportResultView = Type.Object({
  rows: Type.Integer(),
  products: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  dryRun: Type.Boolean(),
})

const ImportJobError = Type.Object({ line: Type.Integer(), column: Type.String(), message: Type.String() })
const ImportJobView = Type.Object({
  id: Type.String(),
  status: Type.Union([Type.Literal('validating'), Type.Literal('importing'), Type.Literal('completed'), Type.Literal('failed')]),
  fileName: Nullable(Type.String()),
  currency: Type.String(),
  rows: Type.Union([Type.Integer(), Type.Null()], { description: 'Rows in the file, once read' }),
  products: Type.Union([Type.Integer(), Type.Null()], { description: 'Products in the file, once read' }),
  done: Type.Integer({ description: 'Products written so far' }),
  created: Type.Integer(),
  updated: Type.Integer(),
  errorCount: Type.Integer(),
  errors: Type.Array(ImportJobError, { description: 'The first 1000 problems, by line and column' }),
  detail: Nullable(Type.String()),
  createdBy: Nullable(Type.String()),
  createdAt: IsoTime,
  finishedAt: Nullable(IsoTime),
})
const FileName = Type.String({
  minLength: 1,
  maxLength: 255,
  pattern: '^[^/\\\\]+$',
  description: 'The uploaded file’s name, shown in the job list',
})

export const importRoutes: FastifyPluginAsyncTypebox<{ imports: ImportService; jobs: ImportJobs; limitBytes: number }> = async (
  app,
  { imports, jobs, limitBytes },
) => {
  const csvBody = (body: unknown): Buffer => {
    if (!Buffer.isBuffer(body) || body.length === 0)
      throw new Problem({ type: 'unsupported-media-type', detail: 'Send the CSV file as the body, with Content-Type: text/csv' })
    return body
  }

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
    async (req) =>
      imports.importProducts(openBuffer(csvBody(req.body)), { currency: req.query.currency ?? 'USD', dryRun: req.query.dryRun }),
  )

  app.post(
    '/admin/import-jobs',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Start importing a Shopify product CSV in the background (body: text/csv); watch it at /admin/import-jobs/{jobId}',
        description:
          'The job checks every row first; a file with any error imports nothing and the job lists each bad row by line and column.',
        consumes: ['text/csv'],
        querystring: Type.Object({ currency: Type.Optional(Currency), fileName: Type.Optional(FileName) }),
        response: { 202: ImportJobView },
      },
      config: { auth: { staff: 'imports:write' }, audit: { action: 'products.import', targetType: 'import' } },
    },
    async (req, reply) => {
      const job = await jobs.start(csvBody(req.body), {
        currency: req.query.currency ?? 'USD',
        fileName: req.query.fileName,
        actor: req.actor.kind === 'staff' ? req.actor.staffId : undefined,
      })
      return reply.status(202).send(job)
    },
  )

  app.get(
    '/admin/import-jobs',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Import jobs, newest first (each job’s errors are on the job itself)',
        querystring: Type.Object(PageQuery),
        response: { 200: Page(ImportJobView) },
      },
      config: { auth: { staff: 'imports:write' } },
    },
    (req) => jobs.list(req.query.limit, req.query.cursor),
  )

  app.get(
    '/admin/import-jobs/:jobId',
    {
      schema: {
        tags: ['catalog'],
        summary: 'One import job: its phase, progress, and the file’s problems if it was refused',
        params: Type.Object({ jobId: Id('imp') }),
        response: { 200: ImportJobView },
      },
      config: { auth: { staff: 'imports:write' } },
    },
    (req) => jobs.get(req.params.jobId),
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
