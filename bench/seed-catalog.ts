/**
 * Seeds a shop for the bench with the server's own modules, using the server's configuration
 * from the environment (DATABASE_URL, DATA_DIR, REDIS_URL, …), then prints one JSON line.
 *
 *   node --import tsx bench/seed-catalog.ts                    the demo shop (seedDemoShop, 520 products)
 *   node --import tsx bench/seed-catalog.ts --products 100000  a generated catalog, bulk-loaded
 */
import { performance } from 'node:perf_hooks'
import { parseArgs } from '../apps/server/src/cli-args.js'
import { loadConfig } from '../apps/server/src/config.js'
import { buildServices } from '../apps/server/src/app.js'
import { migrate } from '../apps/server/src/platform/db/migrations.js'
import { seedDemoShop } from '../apps/server/src/seed.js'
import { bulkLoadCatalog } from './bulk-catalog.js'

export interface SeedReport {
  method: 'seedDemoShop' | 'bulk' | 'existing'
  products: number
  variants: number
  openSeconds: number
  seedSeconds: number
  generationSeconds?: number
  loadSeconds?: number
  wallSeconds?: number
  analyzeSeconds?: number
}

const { flags } = parseArgs(process.argv.slice(2))
const count = flags.products === undefined ? undefined : Number(flags.products)
if (count !== undefined && (!Number.isSafeInteger(count) || count <= 0)) throw new Error('--products must be a positive whole number')

const started = performance.now()
const services = await buildServices(loadConfig())
try {
  await migrate(services.database.db)
  const opened = performance.now()
  const db = services.database.db
  const existing = await db.selectFrom('product').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  let report: SeedReport
  if (Number(existing.n) > 0) {
    console.error(`catalog not empty (${existing.n} products): nothing loaded`)
    report = { method: 'existing', products: Number(existing.n), variants: 0, openSeconds: (opened - started) / 1000, seedSeconds: 0 }
  } else if (count === undefined) {
    const seeded = await seedDemoShop(services, { withStaff: false })
    report = {
      method: 'seedDemoShop',
      products: seeded?.products ?? 0,
      variants: 0,
      openSeconds: (opened - started) / 1000,
      seedSeconds: seeded?.seconds ?? 0,
    }
  } else {
    let lastReport = performance.now()
    const loaded = await bulkLoadCatalog(services, count, {
      progress: (done) => {
        if (performance.now() - lastReport < 5_000 && done < count) return
        lastReport = performance.now()
        console.error(
          `  loaded ${done.toLocaleString('en')} / ${count.toLocaleString('en')} products (${((lastReport - opened) / 1000).toFixed(0)} s)`,
        )
      },
    })
    report = { method: 'bulk', ...loaded, openSeconds: (opened - started) / 1000, seedSeconds: (performance.now() - opened) / 1000 }
  }
  if (report.variants === 0 && report.products > 0)
    report.variants = Number((await db.selectFrom('variant').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
  console.log(JSON.stringify(report))
} finally {
  await services.close()
}
