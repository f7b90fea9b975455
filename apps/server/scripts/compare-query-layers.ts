// Compares two query layers, Kysely (in use) and Drizzle ORM, on both engines the server runs on:
// embedded PGlite (in memory) and a real PostgreSQL. One process run, same data, same inputs.
//
//   node --import tsx apps/server/scripts/compare-query-layers.ts [--iterations 5000] [--warmup 500]
//        [--products 100000] [--rounds 5] [--engines pglite,postgres] [--pg-url postgres://postgres@127.0.0.1:5432]
//
// For each engine it loads a catalog-like schema (product, variant, variant_price) with multi-row
// inserts, checks that both layers return identical results for a sample of queries, then times
//   (a) lookup of a product by handle,
//   (b) 20 active products by created_at desc (keyset cursor) joined to their lowest USD price,
//   (c) a transaction that updates one price and reads it back.
// The timed iterations are split into rounds whose layer order alternates, so neither layer always
// runs first (warm caches, GC debt and autovacuum drift are shared out evenly).
//
// Kysely drives PGlite through the server's own adapter (src/platform/db/pglite-pool.ts) and
// PostgresDialect, exactly as src/platform/db/database.ts does; Drizzle uses drizzle-orm/pglite and
// drizzle-orm/node-postgres. On PostgreSQL it works in a scratch database it creates and drops.
// Before the benchmark, two probes (each in a child process, `--probe <kind>`) check whether
// drizzle-orm/node-postgres can run on PGlite at all; see probeNodePgAdapter below.
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { PGlite } from '@electric-sql/pglite'
import { and, desc, eq, sql as dsql } from 'drizzle-orm'
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres'
import { bigint, char, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { Kysely, PostgresDialect, type ColumnType } from 'kysely'
import pg from 'pg'
import { createPglitePool } from '../src/platform/db/pglite-pool.js'

// ---------------------------------------------------------------------------------------------
// Options

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string', default: '5000' },
    warmup: { type: 'string', default: '500' },
    products: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '5' },
    engines: { type: 'string', default: 'pglite,postgres' },
    'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    seed: { type: 'string', default: '20261126' },
    help: { type: 'boolean', default: false },
    probe: { type: 'string' },
  },
})
if (args.help) {
  console.log(
    'usage: compare-query-layers.ts [--iterations N] [--warmup N] [--products N] [--rounds N] [--engines pglite,postgres] [--pg-url URL] [--seed N]',
  )
  process.exit(0)
}
const positiveInt = (name: string, raw: string): number => {
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got ${raw}`)
  return n
}
const ITERATIONS = positiveInt('iterations', args.iterations)
const WARMUP = positiveInt('warmup', args.warmup)
const PRODUCTS = positiveInt('products', args.products)
const ROUNDS = Math.min(positiveInt('rounds', args.rounds), ITERATIONS)
const SEED = positiveInt('seed', args.seed)
const PG_URL = args['pg-url']
const ENGINES = args.engines.split(',').map((e) => e.trim())
for (const e of ENGINES) if (e !== 'pglite' && e !== 'postgres') throw new Error(`unknown engine ${e}`)
type EngineName = 'pglite' | 'postgres'
const LAYERS = ['kysely', 'drizzle'] as const
type LayerName = (typeof LAYERS)[number]

// bigint columns hold money in minor units; both layers get a JS number, as in database.ts.
const parseInt8 = (value: string) => Number(value)
pg.types.setTypeParser(20, parseInt8)

// ---------------------------------------------------------------------------------------------
// Schema (one SQL script for both engines) and the two layers' views of it

// Tables first; secondary indexes, unique and foreign keys after the bulk load (faster, same end state).
const TABLES_SQL = `
create table product (
  id text primary key,
  handle text not null,
  title text not null,
  status text not null check (status in ('draft', 'active', 'archived')),
  created_at timestamptz not null
);
create table variant (
  id text primary key,
  product_id text not null,
  sku text
);
create table variant_price (
  variant_id text not null,
  currency char(3) not null,
  amount bigint not null check (amount >= 0),
  primary key (variant_id, currency)
);
`
const CONSTRAINTS_SQL = `
alter table product add constraint product_handle_key unique (handle);
create index product_status_created_idx on product (status, created_at desc, id desc);
alter table variant add constraint variant_sku_key unique (sku);
alter table variant add constraint variant_product_id_fkey foreign key (product_id) references product (id) on delete cascade;
create index variant_product_idx on variant (product_id);
alter table variant_price add constraint variant_price_variant_id_fkey foreign key (variant_id) references variant (id) on delete cascade;
analyze;
`

interface KyselyDb {
  product: { id: string; handle: string; title: string; status: string; created_at: ColumnType<Date, string, string> }
  variant: { id: string; product_id: string; sku: string | null }
  variant_price: { variant_id: string; currency: string; amount: number }
}

const product = pgTable('product', {
  id: text('id').primaryKey(),
  handle: text('handle').notNull().unique(),
  title: text('title').notNull(),
  status: text('status').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
})
const variant = pgTable('variant', {
  id: text('id').primaryKey(),
  productId: text('product_id')
    .notNull()
    .references(() => product.id),
  sku: text('sku').unique(),
})
const variantPrice = pgTable('variant_price', {
  variantId: text('variant_id')
    .notNull()
    .references(() => variant.id),
  currency: char('currency', { length: 3 }).notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
})

// ---------------------------------------------------------------------------------------------
// The three operations, written idiomatically in each layer, returning identical shapes

interface ProductRow {
  id: string
  handle: string
  title: string
  status: string
  created_at: Date
}
interface ListingRow {
  id: string
  handle: string
  title: string
  created_at: Date
  min_usd: number | null
}
interface Cursor {
  createdAt: Date
  id: string
}
interface Ops {
  byHandle(handle: string): Promise<ProductRow | undefined>
  listing(cursor: Cursor | undefined): Promise<ListingRow[]>
  setPrice(variantId: string, amount: number): Promise<number>
  close(): Promise<void>
}

function kyselyOps(db: Kysely<KyselyDb>): Ops {
  return {
    byHandle: (handle) =>
      db.selectFrom('product').select(['id', 'handle', 'title', 'status', 'created_at']).where('handle', '=', handle).executeTakeFirst(),
    listing: (cursor) =>
      db
        .selectFrom('product as p')
        .innerJoinLateral(
          (eb) =>
            eb
              .selectFrom('variant as v')
              .innerJoin('variant_price as vp', 'vp.variant_id', 'v.id')
              .select((eb) => eb.fn.min('vp.amount').as('min_usd'))
              .whereRef('v.product_id', '=', 'p.id')
              .where('vp.currency', '=', 'USD')
              .as('mp'),
          (join) => join.onTrue(),
        )
        .select(['p.id', 'p.handle', 'p.title', 'p.created_at', 'mp.min_usd'])
        .where('p.status', '=', 'active')
        .$if(cursor !== undefined, (qb) =>
          qb.where((eb) => eb(eb.refTuple('p.created_at', 'p.id'), '<', eb.tuple(cursor!.createdAt, cursor!.id))),
        )
        .orderBy('p.created_at', 'desc')
        .orderBy('p.id', 'desc')
        .limit(20)
        .execute(),
    setPrice: (variantId, amount) =>
      db.transaction().execute(async (tx) => {
        await tx.updateTable('variant_price').set({ amount }).where('variant_id', '=', variantId).where('currency', '=', 'USD').execute()
        const row = await tx
          .selectFrom('variant_price')
          .select('amount')
          .where('variant_id', '=', variantId)
          .where('currency', '=', 'USD')
          .executeTakeFirstOrThrow()
        return row.amount
      }),
    close: () => db.destroy(),
  }
}

type DrizzleDb = ReturnType<typeof drizzlePglite> | ReturnType<typeof drizzleNodePg>

function drizzleOps(db: DrizzleDb, close: () => Promise<void>): Ops {
  // The two drizzle flavours share the pg-core builder API; one body serves both.
  const d = db as ReturnType<typeof drizzleNodePg>
  return {
    byHandle: async (handle) => {
      const rows = await d
        .select({
          id: product.id,
          handle: product.handle,
          title: product.title,
          status: product.status,
          created_at: product.createdAt,
        })
        .from(product)
        .where(eq(product.handle, handle))
      return rows[0]
    },
    listing: (cursor) => {
      const mp = d
        .select({ min_usd: dsql<number | null>`min(${variantPrice.amount})`.as('min_usd') })
        .from(variant)
        .innerJoin(variantPrice, eq(variantPrice.variantId, variant.id))
        .where(and(eq(variant.productId, product.id), eq(variantPrice.currency, 'USD')))
        .as('mp')
      return d
        .select({
          id: product.id,
          handle: product.handle,
          title: product.title,
          created_at: product.createdAt,
          min_usd: mp.min_usd,
        })
        .from(product)
        .innerJoinLateral(mp, dsql`true`)
        .where(
          and(
            eq(product.status, 'active'),
            cursor === undefined ? undefined : dsql`(${product.createdAt}, ${product.id}) < (${cursor.createdAt}, ${cursor.id})`,
          ),
        )
        .orderBy(desc(product.createdAt), desc(product.id))
        .limit(20)
    },
    setPrice: (variantId, amount) =>
      d.transaction(async (tx) => {
        const key = and(eq(variantPrice.variantId, variantId), eq(variantPrice.currency, 'USD'))
        await tx.update(variantPrice).set({ amount }).where(key)
        const rows = await tx.select({ amount: variantPrice.amount }).from(variantPrice).where(key)
        if (rows[0] === undefined) throw new Error(`no USD price for ${variantId}`)
        return rows[0].amount
      }),
    close,
  }
}

// ---------------------------------------------------------------------------------------------
// Deterministic data

function mulberry32(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (i: number) => String(i).padStart(6, '0')
const BASE_MS = Date.UTC(2024, 0, 1)
const SPAN_MS = 2 * 365 * 24 * 3600 * 1000

interface Dataset {
  products: { id: string; handle: string; title: string; status: string; createdAt: Date }[]
  variants: { id: string; productId: string; sku: string }[]
  prices: { variantId: string; currency: string; amount: number }[]
}

function makeDataset(n: number, seed: number): Dataset {
  const rand = mulberry32(seed)
  const words = ['Linen', 'Wool', 'Cotton', 'Canvas', 'Leather', 'Denim', 'Silk', 'Merino']
  const kinds = ['Shirt', 'Tote', 'Scarf', 'Jacket', 'Cap', 'Sock', 'Apron', 'Belt']
  const data: Dataset = { products: [], variants: [], prices: [] }
  for (let i = 0; i < n; i++) {
    const r = rand()
    const status = r < 0.8 ? 'active' : r < 0.9 ? 'draft' : 'archived'
    const createdAt = new Date(BASE_MS + Math.floor(rand() * SPAN_MS))
    const id = `p_${pad(i)}`
    data.products.push({
      id,
      handle: `product-${pad(i)}`,
      title: `${words[i % words.length]} ${kinds[(i >> 3) % kinds.length]} ${i}`,
      status,
      createdAt,
    })
    for (let j = 0; j < 2; j++) {
      const vid = `v_${pad(i)}_${j}`
      data.variants.push({ id: vid, productId: id, sku: `SKU-${pad(i)}-${j}` })
      const usd = 500 + Math.floor(rand() * 99_500)
      data.prices.push({ variantId: vid, currency: 'USD', amount: usd })
      data.prices.push({ variantId: vid, currency: 'EUR', amount: Math.round(usd * 0.92) })
    }
  }
  return data
}

/** Runs a parameterised statement on the raw engine, bypassing both layers (loading and DDL only). */
type RawExec = (text: string, params?: unknown[]) => Promise<void>

async function load(raw: RawExec, data: Dataset): Promise<void> {
  await raw(TABLES_SQL)
  // Multi-row inserts: one statement per 20,000 rows, each column sent as one array parameter.
  const ROWS_PER_INSERT = 20_000
  async function insertRows(table: string, columns: [name: string, type: string][], rows: unknown[][]) {
    const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')
    const text = `insert into ${table} (${columns.map(([name]) => name).join(', ')}) select * from unnest(${arrays})`
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      const batch = rows.slice(start, start + ROWS_PER_INSERT)
      await raw(
        text,
        columns.map((_, i) => batch.map((row) => row[i])),
      )
    }
  }
  await insertRows(
    'product',
    [
      ['id', 'text'],
      ['handle', 'text'],
      ['title', 'text'],
      ['status', 'text'],
      ['created_at', 'timestamptz'],
    ],
    data.products.map((p) => [p.id, p.handle, p.title, p.status, p.createdAt.toISOString()]),
  )
  await insertRows(
    'variant',
    [
      ['id', 'text'],
      ['product_id', 'text'],
      ['sku', 'text'],
    ],
    data.variants.map((v) => [v.id, v.productId, v.sku]),
  )
  await insertRows(
    'variant_price',
    [
      ['variant_id', 'text'],
      ['currency', 'bpchar'],
      ['amount', 'int8'],
    ],
    data.prices.map((p) => [p.variantId, p.currency, p.amount]),
  )
  await raw(CONSTRAINTS_SQL)
}

// ---------------------------------------------------------------------------------------------
// Inputs shared by both layers (same sequence, so both do the same work)

interface Inputs {
  handles: string[]
  cursors: (Cursor | undefined)[]
  writes: { variantId: string; amount: number }[]
}

function makeInputs(data: Dataset, count: number, seed: number): Inputs {
  const rand = mulberry32(seed)
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!
  const active = data.products
    .filter((p) => p.status === 'active')
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
  const inputs: Inputs = { handles: [], cursors: [], writes: [] }
  for (let i = 0; i < count; i++) {
    inputs.handles.push(pick(data.products).handle)
    // A cursor somewhere in the listing; every 50th request is the first page.
    const at = active[Math.floor(rand() * active.length)]!
    inputs.cursors.push(i % 50 === 0 ? undefined : { createdAt: at.createdAt, id: at.id })
    inputs.writes.push({ variantId: pick(data.variants).id, amount: 500 + Math.floor(rand() * 99_500) })
  }
  return inputs
}

// ---------------------------------------------------------------------------------------------
// Engines

interface Engine {
  name: EngineName
  raw: RawExec
  layers: Record<LayerName, Ops>
  close(): Promise<void>
}

async function openPglite(): Promise<Engine> {
  const pglite = await PGlite.create({ parsers: { 20: parseInt8 } })
  const kysely = new Kysely<KyselyDb>({ dialect: new PostgresDialect({ pool: createPglitePool(pglite) }) })
  const drizzle = drizzlePglite(pglite)
  return {
    name: 'pglite',
    raw: async (text, params) => {
      if (params === undefined) await pglite.exec(text)
      else await pglite.query(text, params)
    },
    layers: {
      kysely: kyselyOps(kysely),
      drizzle: drizzleOps(drizzle, async () => {}),
    },
    // Kysely's pool end() closes the PGlite instance.
    close: async () => void (await kysely.destroy()),
  }
}

async function openPostgres(url: string): Promise<Engine & { dbName: string }> {
  const dbName = `shopstack_qlayer_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    await admin.query(`create database ${dbName}`)
  } finally {
    await admin.end()
  }
  const target = new URL(url)
  target.pathname = `/${dbName}`
  const kyselyPool = new pg.Pool({ connectionString: target.toString(), max: 4 })
  const drizzlePool = new pg.Pool({ connectionString: target.toString(), max: 4 })
  const kysely = new Kysely<KyselyDb>({ dialect: new PostgresDialect({ pool: kyselyPool }) })
  const drizzle = drizzleNodePg(drizzlePool)
  return {
    name: 'postgres',
    dbName,
    raw: async (text, params) => void (await kyselyPool.query(text, params)),
    layers: {
      kysely: kyselyOps(kysely),
      drizzle: drizzleOps(drizzle, () => drizzlePool.end()),
    },
    close: async () => {
      await kysely.destroy()
      await drizzlePool.end()
    },
  }
}

async function dropScratchDatabase(url: string, dbName: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    await admin.query(`drop database if exists ${dbName} with (force)`)
  } finally {
    await admin.end()
  }
}

// ---------------------------------------------------------------------------------------------
// Probes: can Drizzle's node-postgres driver run on PGlite?
//  1. over PGlite's own node-postgres adapter (`@electric-sql/pglite/node-postgres`: createPgConfig
//     handed to a pg.Pool), the usual way to point a node-postgres client at PGlite;
//  2. over the server's Kysely adapter (src/platform/db/pglite-pool.ts), which is not a pg.Pool.
// Each runs in a child process of this script, since a crash there must not take the benchmark
// down (and a failed call can leave PGlite's module-wide protocol writer dirty for the next query).
// The child prints one line per step as it goes (stdout to a pipe is synchronous on Linux).

const describeError = (error: unknown) => (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message

async function probeStep(label: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run()
    console.log(`${label}: ok`)
  } catch (error) {
    console.log(`${label}: rejects (${describeError(error)})`)
  }
}

async function probeNodePgAdapter(kind: string): Promise<void> {
  const pglite = await PGlite.create()
  await pglite.exec('create table t (id text primary key)')
  const t = pgTable('t', { id: text('id').primaryKey() })
  if (kind === 'pglite-node-postgres') {
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres')
    const db = drizzleNodePg(new pg.Pool(createPgConfig(pglite)))
    await probeStep('select without parameters', () => db.select().from(t))
    await probeStep('insert with a parameter', () => db.insert(t).values({ id: 'a' }))
    await probeStep('select with a parameter', () => db.select().from(t).where(eq(t.id, 'a')))
    await probeStep('transaction', () => db.transaction(async (tx) => tx.select().from(t).where(eq(t.id, 'a'))))
  } else {
    const pool = createPglitePool(pglite)
    // Structural casts: the adapter is not a pg.Pool, which is the point of the probe.
    const overPool = drizzleNodePg(pool as unknown as pg.Pool)
    await probeStep('pool: select', () => overPool.select().from(t))
    await probeStep('pool: transaction', () => overPool.transaction(async (tx) => tx.select().from(t)))
    const overClient = drizzleNodePg((await pool.connect()) as unknown as pg.Pool)
    await probeStep('borrowed client: select', () => overClient.select().from(t))
    await probeStep('borrowed client: insert', () => overClient.insert(t).values({ id: 'a' }))
    await probeStep('then plain pglite.query, no drizzle', () => pglite.query('select 1 as x'))
    await probeStep('plain pglite.query once more', () => pglite.query('select 1 as x'))
  }
  console.log('process survived')
}

async function probeInChildProcess(kind: string): Promise<string[]> {
  const { execFile } = await import('node:child_process')
  const { fileURLToPath } = await import('node:url')
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--probe', kind],
      { timeout: 60_000 },
      (error, stdout, stderr) => {
        const lines = stdout.split('\n').filter(Boolean)
        if (error) {
          const thrown = stderr.split('\n').find((l) => /^\w*Error\b/.test(l)) ?? stderr.split('\n')[0]
          const site = stderr.split('\n').find((l) => l.includes('.ts:') || l.includes('.js:'))
          lines.push(
            `PROCESS CRASHED (exit code ${error.code ?? error.signal}) on the next step: ${thrown}` +
              (site ? ` [at ${site.trim().replace(/^.*node_modules\//, '')}]` : ''),
          )
        }
        resolve(lines)
      },
    )
  })
}

// ---------------------------------------------------------------------------------------------
// Equality check

interface CheckResults {
  byHandle: (ProductRow | undefined)[]
  listing: ListingRow[][]
  setPrice: number[]
  writes: number[]
  afterWrites: ListingRow[][]
}

async function sampleResults(ops: Ops, data: Dataset, inputs: Inputs): Promise<CheckResults> {
  const handles = [...inputs.handles.slice(0, 200), 'no-such-handle']
  const byHandle: CheckResults['byHandle'] = []
  for (const h of handles) byHandle.push(await ops.byHandle(h))
  const listing: ListingRow[][] = []
  // Walk 25 pages from the top with the keyset cursor, then 25 pages at random cursors.
  let cursor: Cursor | undefined
  for (let page = 0; page < 25; page++) {
    const rows = await ops.listing(cursor)
    listing.push(rows)
    const last = rows.at(-1)
    if (last === undefined) break
    cursor = { createdAt: last.created_at, id: last.id }
  }
  for (const c of inputs.cursors.slice(1, 26)) listing.push(await ops.listing(c))
  // Price writes land on the variants of the first page, so the listing afterwards shows them;
  // they are then put back to the loaded values, so the data stays pristine for the other layer.
  const firstPage = new Set(listing[0]!.map((row) => row.id))
  const targets = data.variants.filter((v) => firstPage.has(v.productId))
  const original = new Map(data.prices.filter((p) => p.currency === 'USD').map((p) => [p.variantId, p.amount]))
  const writes = targets.map((v, i) => ({ variantId: v.id, amount: 100 + ((i * 7919) % 1000) }))
  const setPrice: number[] = []
  for (const w of writes) setPrice.push(await ops.setPrice(w.variantId, w.amount))
  const afterWrites = [await ops.listing(undefined)]
  for (const w of writes) await ops.setPrice(w.variantId, original.get(w.variantId)!)
  const restored = await ops.listing(undefined)
  assert.deepStrictEqual(restored, listing[0], 'first page differs after restoring prices')
  return { byHandle, listing, setPrice, writes: writes.map((w) => w.amount), afterWrites }
}

function firstDifference(a: unknown, b: unknown): string {
  try {
    assert.deepStrictEqual(a, b)
    return ''
  } catch (error) {
    return (error as Error).message.split('\n').slice(0, 12).join('\n')
  }
}

const normalize = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

// ---------------------------------------------------------------------------------------------
// Timing

type OpName = 'a lookup by handle' | 'b listing + min USD' | 'c tx update + read'
const OPS: OpName[] = ['a lookup by handle', 'b listing + min USD', 'c tx update + read']

function runner(ops: Ops, op: OpName, inputs: Inputs): (i: number) => Promise<unknown> {
  switch (op) {
    case 'a lookup by handle':
      return (i) => ops.byHandle(inputs.handles[i]!)
    case 'b listing + min USD':
      return (i) => ops.listing(inputs.cursors[i])
    case 'c tx update + read':
      return (i) => ops.setPrice(inputs.writes[i]!.variantId, inputs.writes[i]!.amount)
  }
}

interface Stats {
  engine: EngineName
  layer: LayerName
  op: OpName
  n: number
  p50: number
  p99: number
  mean: number
  opsPerSec: number
}

function quantile(sorted: Float64Array, q: number): number {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[idx]!
}

async function measure(engine: Engine, op: OpName, warmInputs: Inputs, inputs: Inputs): Promise<Stats[]> {
  const samples: Record<LayerName, Float64Array> = {
    kysely: new Float64Array(ITERATIONS),
    drizzle: new Float64Array(ITERATIONS),
  }
  const wall: Record<LayerName, number> = { kysely: 0, drizzle: 0 }
  for (const layer of LAYERS) {
    const run = runner(engine.layers[layer], op, warmInputs)
    for (let i = 0; i < WARMUP; i++) await run(i)
  }
  const perRound = Math.ceil(ITERATIONS / ROUNDS)
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? LAYERS : [...LAYERS].reverse()
    const from = round * perRound
    const to = Math.min(ITERATIONS, from + perRound)
    for (const layer of order) {
      const run = runner(engine.layers[layer], op, inputs)
      const out = samples[layer]
      const start = process.hrtime.bigint()
      for (let i = from; i < to; i++) {
        const t0 = process.hrtime.bigint()
        await run(i)
        out[i] = Number(process.hrtime.bigint() - t0) / 1000
      }
      wall[layer] += Number(process.hrtime.bigint() - start) / 1e9
    }
  }
  return LAYERS.map((layer) => {
    const s = samples[layer]
    let sum = 0
    for (const v of s) sum += v
    const sorted = s.slice().sort()
    return {
      engine: engine.name,
      layer,
      op,
      n: s.length,
      p50: quantile(sorted, 0.5),
      p99: quantile(sorted, 0.99),
      mean: sum / s.length,
      opsPerSec: s.length / wall[layer],
    }
  })
}

// ---------------------------------------------------------------------------------------------
// Main

function table(stats: Stats[]): string {
  const header = ['engine', 'op', 'layer', 'p50 µs', 'p99 µs', 'mean µs', 'ops/s', 'vs kysely (mean)']
  const rows = stats.map((s) => {
    const k = stats.find((x) => x.engine === s.engine && x.op === s.op && x.layer === 'kysely')!
    return [
      s.engine,
      s.op,
      s.layer,
      s.p50.toFixed(0),
      s.p99.toFixed(0),
      s.mean.toFixed(0),
      s.opsPerSec.toFixed(0),
      s.layer === 'kysely' ? '' : `${(((s.mean - k.mean) / k.mean) * 100).toFixed(1)}%`,
    ]
  })
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`
  return [line(header), `|${widths.map((w, i) => (i >= 3 ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|')}|`]
    .concat(rows.map(line))
    .join('\n')
}

async function main() {
  const started = Date.now()
  console.log(
    `query layers: kysely vs drizzle-orm | engines: ${ENGINES.join(', ')} | products: ${PRODUCTS} (x2 variants x2 prices)` +
      ` | warm-up ${WARMUP}, iterations ${ITERATIONS} in ${ROUNDS} alternating rounds | node ${process.version}`,
  )

  console.log("\nprobe 1: drizzle-orm/node-postgres over PGlite's node-postgres adapter (pg.Pool(createPgConfig(pglite)))")
  for (const line of await probeInChildProcess('pglite-node-postgres')) console.log(`  ${line}`)
  console.log("probe 2: drizzle-orm/node-postgres over the server's Kysely PGlite adapter (createPglitePool)")
  for (const line of await probeInChildProcess('server-adapter')) console.log(`  ${line}`)

  const t0 = Date.now()
  const data = makeDataset(PRODUCTS, SEED)
  const warmInputs = makeInputs(data, WARMUP, SEED + 1)
  const inputs = makeInputs(data, ITERATIONS, SEED + 2)
  console.log(`\ndataset generated in ${Date.now() - t0} ms`)

  const stats: Stats[] = []
  const checks: { label: string; ok: boolean; detail: string }[] = []
  const perEngine = new Map<EngineName, CheckResults>()
  let scratch: string | undefined

  try {
    for (const name of ENGINES as EngineName[]) {
      const engine = name === 'pglite' ? await openPglite() : await openPostgres(PG_URL)
      if ('dbName' in engine) scratch = engine.dbName as string
      try {
        const tl = Date.now()
        await engine.raw('select 1')
        await load(engine.raw, data)
        console.log(
          `${name}: loaded ${data.products.length + data.variants.length + data.prices.length} rows in ${((Date.now() - tl) / 1000).toFixed(1)} s` +
            (scratch && name === 'postgres' ? ` (scratch database ${scratch})` : ''),
        )

        const results = {} as Record<LayerName, CheckResults>
        for (const layer of LAYERS) results[layer] = await sampleResults(engine.layers[layer], data, inputs)
        const diff = firstDifference(results.kysely, results.drizzle)
        const rowsCompared =
          results.kysely.byHandle.length +
          results.kysely.listing.reduce((n, page) => n + page.length, 0) +
          results.kysely.setPrice.length +
          results.kysely.afterWrites[0]!.length
        checks.push({
          label: `${name}: kysely == drizzle (${rowsCompared} rows: ${results.kysely.byHandle.length} lookups, ${results.kysely.listing.length} listing pages, ${results.kysely.setPrice.length} tx read-backs, listing after writes)`,
          ok: diff === '',
          detail: diff,
        })
        const readBackOk = LAYERS.every((l) => results[l].setPrice.every((v, i) => v === results[l].writes[i]))
        const minShown = results.kysely.afterWrites[0]!.every((row) => row.min_usd !== null && row.min_usd < 1100)
        checks.push({
          label: `${name}: tx read-backs equal the written amounts, listing shows them as min USD (both layers)`,
          ok: readBackOk && minShown,
          detail: readBackOk && minShown ? '' : JSON.stringify(results.kysely.afterWrites[0]).slice(0, 500),
        })
        perEngine.set(name, results.kysely)

        for (const op of OPS) {
          const s = await measure(engine, op, warmInputs, inputs)
          stats.push(...s)
          for (const x of s)
            console.log(`  ${name} ${op} ${x.layer}: p50 ${x.p50.toFixed(0)} µs, p99 ${x.p99.toFixed(0)} µs, mean ${x.mean.toFixed(0)} µs`)
        }
      } finally {
        await engine.close()
      }
    }
  } finally {
    if (scratch) {
      await dropScratchDatabase(PG_URL, scratch)
      console.log(`postgres: dropped scratch database ${scratch}`)
    }
  }

  const pgl = perEngine.get('pglite')
  const pgs = perEngine.get('postgres')
  if (pgl && pgs) {
    const diff = firstDifference(normalize(pgl), normalize(pgs))
    checks.push({ label: 'pglite == postgres (same sample, JSON-normalised)', ok: diff === '', detail: diff })
  }

  console.log('\n' + table(stats))
  console.log('\nequality checks')
  for (const c of checks) {
    console.log(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.label}`)
    if (!c.ok) console.log(c.detail.replace(/^/gm, '        '))
  }
  console.log(`\ntotal ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (checks.some((c) => !c.ok)) process.exitCode = 1
}

if (args.probe !== undefined) await probeNodePgAdapter(args.probe)
else await main()
