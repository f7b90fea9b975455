import { Readable } from 'node:stream'
import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import { productCsvProblem, readProductCsv, validateProductCsv, type CsvProblem } from './csv/read-products.js'
import { writeProductCsv, type ExportProduct } from './csv/write-products.js'
import type { CatalogRepo } from './repo.js'
import type { CatalogService } from './service.js'
import type { ProductInput } from './schemas.js'
import type { InventoryService } from '../inventory/service.js'

const BATCH_PRODUCTS = 100
const SKU_CHECK_BATCH = 1000

export interface ImportResult {
  rows: number
  products: number
  created: number
  updated: number
  dryRun: boolean
}

export type OpenCsv = () => NodeJS.ReadableStream

/**
 * Imports a Shopify product CSV in three passes over the file, each with bounded memory:
 * 1. validate every row (format, required fields, duplicates) and stop with every error found;
 * 2. check the file against the database (a SKU owned by a product the file does not name);
 * 3. write products in batches, each batch one transaction, upserting by handle.
 * Passes 1 and 2 make a bad file import nothing. Re-running the same file changes nothing new.
 */
export function createImportService(deps: { db: Db; repo: CatalogRepo; catalog: CatalogService; inventory: InventoryService }) {
  async function skuConflicts(open: OpenCsv, currency: string): Promise<CsvProblem[]> {
    const problems: CsvProblem[] = []
    let pending: { sku: string; handle: string; line: number }[] = []
    const flush = async () => {
      if (pending.length === 0) return
      const rows = await sql<{ sku: string; handle: string }>`
        select v.sku, p.handle from variant v join product p on p.id = v.product_id
        where v.sku in (${sql.join(pending.map((p) => p.sku))})`.execute(deps.db)
      const owner = new Map(rows.rows.map((r) => [r.sku, r.handle]))
      for (const item of pending) {
        const handle = owner.get(item.sku)
        if (handle && handle !== item.handle)
          problems.push({ line: item.line, column: 'Variant SKU', message: `SKU ${item.sku} belongs to product ${handle}` })
      }
      pending = []
    }
    for await (const { line, product } of readProductCsv(open, { currency })) {
      for (const variant of product.variants) if (variant.sku) pending.push({ sku: variant.sku, handle: product.handle, line })
      if (pending.length >= SKU_CHECK_BATCH) await flush()
    }
    await flush()
    return problems
  }

  /** Passes 1 and 2: every problem in the file (the first 1000 kept), before anything is written. */
  async function checkFile(open: OpenCsv, currency: string) {
    const report = await validateProductCsv(open, { currency })
    if (report.errorCount > 0) return { rows: report.rows, products: report.products, errors: report.errors, errorCount: report.errorCount }
    const conflicts = await skuConflicts(open, currency)
    return { rows: report.rows, products: report.products, errors: conflicts.slice(0, 1000), errorCount: conflicts.length }
  }

  /** Pass 3: products in batches of BATCH_PRODUCTS, each batch one transaction. */
  async function writeFile(
    open: OpenCsv,
    options: { currency: string; total: number; onProgress?: (done: number, total: number) => void | Promise<void> },
  ) {
    const counts = { created: 0, updated: 0 }
    let batch: { line: number; product: ProductInput }[] = []
    const writeBatch = async () => {
      if (batch.length === 0) return
      const items = batch
      batch = []
      await deps.db.transaction().execute(async (tx) => {
        for (const { product } of items)
          counts[(await deps.catalog.upsertProductByHandle(product, tx)) === 'created' ? 'created' : 'updated']++
      })
      await options.onProgress?.(counts.created + counts.updated, options.total)
    }
    try {
      for await (const item of readProductCsv(open, { currency: options.currency })) {
        batch.push(item)
        if (batch.length >= BATCH_PRODUCTS) await writeBatch()
      }
      await writeBatch()
    } finally {
      // Batches that committed before a failure must still show in the store.
      await deps.catalog.invalidate()
    }
    return counts
  }

  return {
    checkFile,
    writeFile,

    async importProducts(
      open: OpenCsv,
      options: { currency: string; dryRun?: boolean; onProgress?: (done: number, total: number) => void },
    ): Promise<ImportResult> {
      const checked = await checkFile(open, options.currency)
      if (checked.errorCount > 0) throw productCsvProblem(checked.errors, checked.errorCount)
      const result: ImportResult = { rows: checked.rows, products: checked.products, created: 0, updated: 0, dryRun: !!options.dryRun }
      if (options.dryRun) return result
      const written = await writeFile(open, { currency: options.currency, total: checked.products, onProgress: options.onProgress })
      return { ...result, ...written }
    },

    /** Streams every product (any status) as Shopify CSV, a page at a time. */
    async exportProducts(out: NodeJS.WritableStream, currency: string): Promise<number> {
      const repo = deps.repo
      async function* products(): AsyncGenerator<ExportProduct> {
        let after = ''
        for (;;) {
          const ids = await deps.db.selectFrom('product').select('id').where('id', '>', after).orderBy('id').limit(200).execute()
          if (ids.length === 0) return
          for (const { id } of ids) {
            const row = await repo.findProductDetailById(id)
            if (!row) continue
            const onHand = await deps.inventory.onHand(row.variants.map((v) => v.id))
            yield {
              id: row.id,
              handle: row.handle,
              title: row.title,
              descriptionHtml: row.description_html,
              status: row.status,
              brand: row.brand,
              productType: row.product_type,
              tags: row.tags,
              seoTitle: row.seo_title,
              seoDescription: row.seo_description,
              options: row.options,
              variants: row.variants
                .filter((v) => v.prices.some((p) => p.currency === currency))
                .map((v) => ({
                  sku: v.sku,
                  optionValues: v.optionValues,
                  weightGrams: v.weightGrams,
                  barcode: v.barcode,
                  prices: v.prices,
                  inventoryQuantity: onHand.get(v.id) ?? 0,
                })),
              images: row.images.map((i) => ({ url: i.url, alt: i.alt })),
            }
          }
          after = ids[ids.length - 1]!.id
        }
      }
      return writeProductCsv(
        (async function* () {
          for await (const product of products()) if (product.variants.length > 0) yield product
        })(),
        out,
        { currency },
      )
    },
  }
}

export type ImportService = ReturnType<typeof createImportService>

export const openBuffer =
  (buffer: Buffer): OpenCsv =>
  () =>
    Readable.from([buffer])
