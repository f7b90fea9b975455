/**
 * Loads a large generated catalog fast, for benchmarks only.
 *
 * This writes the catalog tables directly, in batches of ~1,000 products per transaction, one
 * `insert … select from jsonb_to_recordset($1)` per table per batch, instead of going through
 * catalog.upsertProductByHandle (which costs ~10 statements per variant). That bypasses the
 * catalog module's rules on purpose: it is a bench fixture. It keeps what those rules guarantee
 * for the data the generator makes: product_price_range is computed here exactly as
 * repo.refreshPriceRange does (min/max amount per currency over the variants), every variant
 * gets its inventory_level row at the default location (0 when no quantity is given, as
 * setOnHand does), titles are trimmed and tags de-duplicated. Descriptions are not run through
 * sanitize-html: the generator only emits plain, safe markup. Categories and collections go
 * through the taxonomy service, so their paths are right. Demo image files are not drawn.
 * Foreign-key triggers are skipped while loading (see flush); the keys hold by construction.
 */
import { performance } from 'node:perf_hooks'
import { sql } from 'kysely'
import type { Services } from '../apps/server/src/app.js'
import type { Db } from '../apps/server/src/platform/db/database.js'
import { newId } from '../apps/server/src/platform/ids.js'
import { DEFAULT_LOCATION_ID } from '../apps/server/src/modules/inventory/service.js'
import { demoProducts, generateDemoCatalog, type DemoProduct } from '../apps/server/src/modules/catalog/demo/generate-demo-catalog.js'

export interface BulkLoadResult {
  products: number
  variants: number
  /** Time spent generating products and building rows. */
  generationSeconds: number
  /** Time the inserts took; they overlap the generation of the next batch. */
  loadSeconds: number
  /** Wall time of generation and inserts together. */
  wallSeconds: number
  analyzeSeconds: number
}

type Row = Record<string, unknown>

/** One batch, table by table, in insertion order (parents before children). */
class Batch {
  product: Row[] = []
  product_option: Row[] = []
  variant: Row[] = []
  variant_price: Row[] = []
  product_price_range: Row[] = []
  inventory_level: Row[] = []
  product_image: Row[] = []
  product_category: Row[] = []
  product_collection: Row[] = []
}

/** Column lists with their types: what jsonb_to_recordset needs to turn JSON back into rows. */
const COLUMNS: Record<keyof Batch, string> = {
  product:
    'id text, handle text, title text, description_html text, status text, brand text, product_type text, tags text[], attributes jsonb, seo_title text, seo_description text, created_at timestamptz, updated_at timestamptz',
  product_option: 'id text, product_id text, name text, position integer, "values" text[]',
  variant:
    'id text, product_id text, sku text, title text, option_values text[], weight_grams integer, barcode text, position integer, created_at timestamptz, updated_at timestamptz',
  variant_price: 'variant_id text, currency text, amount bigint, compare_at_amount bigint',
  product_price_range: 'product_id text, currency text, min_amount bigint, max_amount bigint',
  inventory_level: 'variant_id text, location_id text, on_hand integer, reserved integer',
  product_image: 'id text, product_id text, url text, alt text, position integer, width integer, height integer',
  product_category: 'product_id text, category_id text',
  product_collection: 'product_id text, collection_id text, position integer',
}

const TABLES = Object.keys(COLUMNS) as (keyof Batch)[]
const columnNames = (table: keyof Batch) =>
  COLUMNS[table]
    .split(', ')
    .map((column) => column.split(' ')[0])
    .join(', ')

function addProduct(
  batch: Batch,
  input: DemoProduct,
  createdAt: string,
  ids: { categories: Map<string, string>; collections: Map<string, string> },
) {
  const productId = newId('prod')
  batch.product.push({
    id: productId,
    handle: input.handle,
    title: input.title.trim(),
    description_html: input.descriptionHtml ?? '',
    status: input.status ?? 'draft',
    brand: input.brand ?? null,
    product_type: input.productType ?? null,
    tags: [...new Set(input.tags ?? [])],
    attributes: input.attributes ?? {},
    seo_title: input.seoTitle ?? null,
    seo_description: input.seoDescription ?? null,
    created_at: createdAt,
    updated_at: createdAt,
  })
  ;(input.options ?? []).forEach((option, position) =>
    batch.product_option.push({ id: newId('opt'), product_id: productId, name: option.name, position, values: option.values }),
  )
  const range = new Map<string, { min: number; max: number }>()
  input.variants.forEach((variant, position) => {
    const variantId = newId('var')
    const values = variant.optionValues ?? []
    batch.variant.push({
      id: variantId,
      product_id: productId,
      sku: variant.sku ?? null,
      title: values.length ? values.join(' / ') : 'Default',
      option_values: values,
      weight_grams: variant.weightGrams ?? null,
      barcode: variant.barcode ?? null,
      position,
      created_at: createdAt,
      updated_at: createdAt,
    })
    for (const price of variant.prices) {
      batch.variant_price.push({
        variant_id: variantId,
        currency: price.currency,
        amount: price.amount,
        compare_at_amount: price.compareAtAmount ?? null,
      })
      const seen = range.get(price.currency)
      if (!seen) range.set(price.currency, { min: price.amount, max: price.amount })
      else {
        seen.min = Math.min(seen.min, price.amount)
        seen.max = Math.max(seen.max, price.amount)
      }
    }
    batch.inventory_level.push({
      variant_id: variantId,
      location_id: DEFAULT_LOCATION_ID,
      on_hand: variant.inventoryQuantity ?? 0,
      reserved: 0,
    })
  })
  for (const [currency, { min, max }] of range)
    batch.product_price_range.push({ product_id: productId, currency, min_amount: min, max_amount: max })
  ;(input.images ?? []).forEach((image, position) =>
    batch.product_image.push({
      id: newId('img'),
      product_id: productId,
      url: image.url,
      alt: image.alt ?? '',
      position,
      width: null,
      height: null,
    }),
  )
  for (const handle of new Set(input.categoryHandles ?? []))
    batch.product_category.push({ product_id: productId, category_id: lookup(ids.categories, 'category', handle) })
  for (const handle of new Set(input.collectionHandles ?? []))
    batch.product_collection.push({ product_id: productId, collection_id: lookup(ids.collections, 'collection', handle), position: 0 })
  return input.variants.length
}

function lookup(ids: Map<string, string>, kind: string, handle: string): string {
  const id = ids.get(handle)
  if (!id) throw new Error(`unknown ${kind} handle ${handle}`)
  return id
}

async function flush(db: Db, batch: Batch) {
  await db.transaction().execute(async (tx) => {
    // Skips the per-row foreign-key triggers for this transaction only (2.5x faster on both
    // engines; needs a superuser, which the bench's postgres user and PGlite are). Every row's
    // parent is in this batch or the taxonomy, so the keys hold by construction.
    await sql`set local session_replication_role = replica`.execute(tx)
    for (const table of TABLES) {
      const rows = batch[table]
      if (rows.length === 0) continue
      await sql`insert into ${sql.table(table)} (${sql.raw(columnNames(table))})
        select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(${sql.raw(COLUMNS[table])})`.execute(tx)
    }
  })
}

/** Categories and collections through the taxonomy service; returns handle → id maps. */
async function createTaxonomy(services: Services) {
  const { categories: categoryInputs, collections: collectionInputs } = generateDemoCatalog({ count: 0 })
  for (const category of categoryInputs) await services.taxonomy.createCategory(category)
  for (const collection of collectionInputs) await services.taxonomy.createCollection(collection)
  const db = services.database.db
  const categories = await db.selectFrom('category').select(['id', 'handle']).execute()
  const collections = await db.selectFrom('collection').select(['id', 'handle']).execute()
  return { categories: new Map(categories.map((r) => [r.handle, r.id])), collections: new Map(collections.map((r) => [r.handle, r.id])) }
}

export async function bulkLoadCatalog(
  services: Services,
  count: number,
  options: { batchSize?: number; progress?: (done: number) => void } = {},
): Promise<BulkLoadResult> {
  const db = services.database.db
  const batchSize = options.batchSize ?? 1_000
  const ids = await createTaxonomy(services)
  const wallStarted = performance.now()
  // Newest first in listings matches generation order: product 1 is the newest.
  const newest = Date.now()
  let generation = 0
  let load = 0
  let products = 0
  let variants = 0
  let batch = new Batch()
  let inBatch = 0
  // One batch is written while the next is generated (PostgreSQL works in its own process meanwhile).
  let inFlight: Promise<void> = Promise.resolve()
  let failure: unknown

  const generator = demoProducts(count)
  for (;;) {
    const started = performance.now()
    const next = generator.next()
    if (!next.done) {
      variants += addProduct(batch, next.value, new Date(newest - products * 1000).toISOString(), ids)
      products++
      inBatch++
    }
    generation += performance.now() - started
    if (inBatch === batchSize || (next.done && inBatch > 0)) {
      await inFlight
      if (failure) throw failure
      const full = batch
      const done = products
      const flushing = performance.now()
      inFlight = flush(db, full).then(
        () => {
          load += performance.now() - flushing
          options.progress?.(done)
        },
        (error: unknown) => void (failure = error),
      )
      batch = new Batch()
      inBatch = 0
    }
    if (next.done) break
  }
  await inFlight
  if (failure) throw failure
  const wallSeconds = (performance.now() - wallStarted) / 1000

  // PGlite has no autovacuum, and PostgreSQL's may not have run yet: give the planner statistics.
  const analyzing = performance.now()
  await sql`analyze`.execute(db)
  const analyzeSeconds = (performance.now() - analyzing) / 1000
  await services.catalog.invalidate()
  return { products, variants, generationSeconds: generation / 1000, loadSeconds: load / 1000, wallSeconds, analyzeSeconds }
}
