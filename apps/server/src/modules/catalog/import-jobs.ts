import type { FastifyBaseLogger } from 'fastify'
import type { Updateable } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import type { Database } from '../../database.js'
import { newId } from '../../platform/ids.js'
import { decodeCursor, pageFrom } from '../../platform/http/pagination.js'
import { notFound } from '../../problems.js'
import { openBuffer, type ImportService } from './import-service.js'
import type { ImportJobError } from './tables.js'

/** A job that has not moved for this long died with its process: shown as failed. */
const STALLED_AFTER_MS = 10 * 60_000

export interface ImportJobView {
  id: string
  status: 'validating' | 'importing' | 'completed' | 'failed'
  fileName: string | null
  currency: string
  rows: number | null
  products: number | null
  done: number
  created: number
  updated: number
  errorCount: number
  errors: ImportJobError[]
  detail: string | null
  createdBy: string | null
  createdAt: string
  finishedAt: string | null
}

/**
 * Imports started from the admin run in the background of the process that took the upload, and
 * report their phase and progress in import_job, so any process can answer "how far along?". The
 * file is checked whole first (every row, every SKU against the database): a bad file writes nothing.
 */
export function createImportJobs(deps: { db: Db; imports: ImportService; log: FastifyBaseLogger }) {
  const { db, imports, log } = deps
  const running = new Set<Promise<void>>()

  async function update(id: string, values: Updateable<Database['import_job']>) {
    await db
      .updateTable('import_job')
      .set({ ...values, updated_at: new Date() })
      .where('id', '=', id)
      .execute()
  }

  async function run(id: string, file: Buffer, currency: string) {
    const open = openBuffer(file)
    try {
      const checked = await imports.checkFile(open, currency)
      if (checked.errorCount > 0) {
        await update(id, {
          status: 'failed',
          rows: checked.rows,
          products: checked.products,
          error_count: checked.errorCount,
          errors: JSON.stringify(checked.errors),
          detail: `The file has ${checked.errorCount} error${checked.errorCount === 1 ? '' : 's'}; nothing was imported`,
          finished_at: new Date(),
        })
        return
      }
      await update(id, { status: 'importing', rows: checked.rows, products: checked.products })
      const written = await imports.writeFile(open, {
        currency,
        total: checked.products,
        onProgress: (done) => update(id, { done }),
      })
      await update(id, {
        status: 'completed',
        done: written.created + written.updated,
        created: written.created,
        updated: written.updated,
        finished_at: new Date(),
      })
    } catch (error) {
      log.error({ err: error, importJob: id }, 'import job failed')
      await update(id, { status: 'failed', detail: 'The import stopped on an internal error', finished_at: new Date() }).catch(
        (e: unknown) => log.error({ err: e, importJob: id }, 'import job state not saved'),
      )
    }
  }

  function view(row: Awaited<ReturnType<typeof find>> & object): ImportJobView {
    const active = row.status === 'validating' || row.status === 'importing'
    const stalled = active && Date.now() - row.updated_at.getTime() > STALLED_AFTER_MS
    return {
      id: row.id,
      status: stalled ? 'failed' : row.status,
      fileName: row.file_name,
      currency: row.currency,
      rows: row.rows,
      products: row.products,
      done: row.done,
      created: row.created,
      updated: row.updated,
      errorCount: row.error_count,
      errors: row.errors,
      detail: stalled ? 'The import stopped: its process ended before it finished' : row.detail,
      createdBy: row.created_by,
      createdAt: row.created_at.toISOString(),
      finishedAt: row.finished_at?.toISOString() ?? null,
    }
  }

  const find = (id: string) => db.selectFrom('import_job').selectAll().where('id', '=', id).executeTakeFirst()

  return {
    async start(file: Buffer, options: { currency: string; fileName?: string; actor?: string }): Promise<ImportJobView> {
      const id = newId('imp')
      await db
        .insertInto('import_job')
        .values({
          id,
          status: 'validating',
          currency: options.currency,
          file_name: options.fileName ?? null,
          created_by: options.actor ?? null,
        })
        .execute()
      const job = run(id, file, options.currency).finally(() => running.delete(job))
      running.add(job)
      return view((await find(id))!)
    },

    async get(id: string): Promise<ImportJobView> {
      const row = await find(id)
      if (!row) throw notFound('import job', id)
      return view(row)
    },

    /** Newest first; errors are left out of the list (open a job for them). */
    async list(limit: number, cursor?: string) {
      const after = decodeCursor(cursor, 1)?.[0] as string | undefined
      let query = db
        .selectFrom('import_job')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(limit + 1)
      if (after) query = query.where('id', '<', after)
      return pageFrom(
        await query.execute(),
        limit,
        (row) => ({ ...view(row), errors: [] }),
        (row) => [row.id],
      )
    },

    /** Waits for imports still running in this process (shutdown). */
    async drain() {
      await Promise.allSettled([...running])
    },
  }
}

export type ImportJobs = ReturnType<typeof createImportJobs>
