/**
 * The checkout scenario's database side, run in a child process with the server's own modules and
 * configuration (DATABASE_URL or DATA_DIR): PGlite allows one process on its data directory, so
 * this runs before the server starts and after it stops. Prints one JSON line.
 *
 *   node --import tsx bench/checkout-fixture.ts prepare FILE   pick the variants, stock them, write FILE
 *   node --import tsx bench/checkout-fixture.ts check FILE     read the stock and the orders placed since
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { sql } from 'kysely'
import { parseArgs } from '../apps/server/src/cli-args.js'
import { loadConfig } from '../apps/server/src/config.js'
import { buildServices, type Services } from '../apps/server/src/app.js'
import { migrate } from '../apps/server/src/platform/db/migrations.js'
import { DEFAULT_LOCATION_ID } from '../apps/server/src/modules/inventory/service.js'

/** Variants the shoppers buy from; few enough that carts share them, as a shop's best sellers do. */
const POOL_SIZE = 200
/** Units each pool variant gets: far more than a bench run sells, so only the scarce one runs out. */
const POOL_STOCK = 100_000
/** Units of the scarce variant: it runs out within the first seconds, so the refusals are exercised. */
const SCARCE_UNITS = 20

export interface Level {
  variantId: string
  onHand: number
  reserved: number
}

export interface Fixture {
  /** The database's clock when the stock was set: orders placed from then on are the bench's. */
  since: string
  regionId: string
  currency: string
  countryCode: string
  /** Variants with plenty of stock. */
  pool: string[]
  /** The one with only `scarceUnits` available. */
  scarce: string
  poolStock: number
  scarceUnits: number
  /** Product handle per variant, to confirm through the store API what the shoppers will see. */
  handles: Record<string, string>
  /** Stock right after it was set. */
  before: Level[]
}

export interface StockReading {
  after: Level[]
  /** Units per variant in the orders placed since the fixture, by whether the order is still live (not canceled). */
  sold: { variantId: string; live: number; canceled: number }[]
  ordersByStatus: Record<string, number>
  /** Stock rows anywhere in the shop with reserved > on_hand or a negative count. */
  oversoldRowsAnywhere: number
}

/** The region the shoppers buy in: the first one that sells to the US, else the first; one is made for a bulk catalog. */
async function sellingRegion(services: Services) {
  const { items } = await services.regions.listRegions()
  const region =
    items.find((r) => r.currency === 'USD' && r.countries.includes('US')) ??
    items[0] ??
    (await services.regions.createRegion({
      handle: 'bench-us',
      name: 'United States (bench)',
      currency: 'USD',
      countries: ['US'],
      taxRates: { standard: 800, reduced: 400 },
    }))
  const options = await services.regions.listShippingOptions(region.id)
  if (options.items.length === 0)
    await services.regions.addShippingOption(region.id, { name: 'Standard', kind: 'flat', amount: 595, minDays: 3, maxDays: 5 })
  return region
}

async function levels(services: Services, variantIds: string[]): Promise<Level[]> {
  const rows = await services.database.db
    .selectFrom('inventory_level')
    .select(['variant_id', 'on_hand', 'reserved'])
    .where('variant_id', 'in', variantIds)
    .where('location_id', '=', DEFAULT_LOCATION_ID)
    .execute()
  return rows.map((row) => ({ variantId: row.variant_id, onHand: row.on_hand, reserved: row.reserved }))
}

async function prepare(services: Services, file: string): Promise<Fixture> {
  const db = services.database.db
  const region = await sellingRegion(services)
  // In stock, sold in the region's currency, of an active product: what a shopper can put in a cart.
  const picked = await sql<{ id: string; handle: string; reserved: number }>`
    select v.id, p.handle, il.reserved
    from variant v
    join product p on p.id = v.product_id and p.status = 'active'
    join variant_price vp on vp.variant_id = v.id and vp.currency = ${region.currency}
    join inventory_level il on il.variant_id = v.id and il.location_id = ${DEFAULT_LOCATION_ID}
    where il.on_hand - il.reserved > 0
    order by md5(v.id)
    limit ${POOL_SIZE + 1}`.execute(db)
  if (picked.rows.length < 4)
    throw new Error(`only ${picked.rows.length} in-stock variants priced in ${region.currency}: too few for 3-item carts`)
  const [scarce, ...pool] = picked.rows
  await db
    .transaction()
    .execute((tx) =>
      services.inventory.setOnHandMany(
        [
          ...pool.map((row) => ({ variantId: row.id, quantity: row.reserved + POOL_STOCK })),
          { variantId: scarce!.id, quantity: scarce!.reserved + SCARCE_UNITS },
        ],
        tx,
      ),
    )
  // Product views carry availability: the store must not answer from before the change.
  await services.catalog.invalidate()
  const { rows } = await sql<{ now: Date }>`select now() as now`.execute(db)
  const fixture: Fixture = {
    since: new Date(rows[0]!.now).toISOString(),
    regionId: region.id,
    currency: region.currency,
    countryCode: region.countries.includes('US') ? 'US' : region.countries[0]!,
    pool: pool.map((row) => row.id),
    scarce: scarce!.id,
    poolStock: POOL_STOCK,
    scarceUnits: SCARCE_UNITS,
    handles: Object.fromEntries(picked.rows.map((row) => [row.id, row.handle])),
    before: await levels(
      services,
      picked.rows.map((row) => row.id),
    ),
  }
  writeFileSync(file, JSON.stringify(fixture))
  return fixture
}

async function check(services: Services, file: string): Promise<StockReading> {
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as Fixture
  const db = services.database.db
  const variants = [...fixture.pool, fixture.scarce]
  const since = new Date(fixture.since)
  const sold = await sql<{ variant_id: string; live: string; canceled: string }>`
    select l.variant_id,
      coalesce(sum(l.quantity) filter (where o.status <> 'canceled'), 0) as live,
      coalesce(sum(l.quantity) filter (where o.status = 'canceled'), 0) as canceled
    from order_line l join orders o on o.id = l.order_id
    where o.placed_at >= ${since} and l.variant_id in (${sql.join(variants)})
    group by l.variant_id`.execute(db)
  const statuses = await sql<{ status: string; n: string }>`
    select status, count(*) as n from orders where placed_at >= ${since} group by status`.execute(db)
  const oversold = await sql<{ n: string }>`
    select count(*) as n from inventory_level where reserved > on_hand or reserved < 0 or on_hand < 0`.execute(db)
  return {
    after: await levels(services, variants),
    sold: sold.rows.map((row) => ({ variantId: row.variant_id, live: Number(row.live), canceled: Number(row.canceled) })),
    ordersByStatus: Object.fromEntries(statuses.rows.map((row) => [row.status, Number(row.n)])),
    oversoldRowsAnywhere: Number(oversold.rows[0]!.n),
  }
}

const { positional } = parseArgs(process.argv.slice(2))
const [command, file] = positional
if ((command !== 'prepare' && command !== 'check') || !file) throw new Error('usage: checkout-fixture.ts prepare|check FILE')
const services = await buildServices(loadConfig())
try {
  await migrate(services.database.db)
  console.log(JSON.stringify(command === 'prepare' ? await prepare(services, file) : await check(services, file)))
} finally {
  await services.close()
}
