import { performance } from 'node:perf_hooks'
import type { Services } from './app.js'
import { generateDemoCatalog } from './modules/catalog/demo/generate-demo-catalog.js'
import { writeDemoImages } from './modules/catalog/demo/demo-images.js'

/** The demo staff login printed at start in development. Never created in production. */
export const DEMO_STAFF = { email: 'owner@shopstack.dev', password: 'shopstack-demo', name: 'Demo Owner' } as const

const BATCH = 50

/**
 * Seeds the demo shop once: categories, collections, ~500 products with local images, and
 * (outside production) a demo owner. Does nothing when the catalog already has products.
 */
export async function seedDemoShop(services: Services, options: { withStaff: boolean; count?: number }) {
  const db = services.database.db
  const existing = await db.selectFrom('product').select('id').limit(1).executeTakeFirst()
  if (existing) return null
  const started = performance.now()
  const catalog = generateDemoCatalog({ count: options.count })

  for (const category of catalog.categories) await services.taxonomy.createCategory(category)
  for (const collection of catalog.collections) await services.taxonomy.createCollection(collection)
  for (let i = 0; i < catalog.products.length; i += BATCH) {
    const batch = catalog.products.slice(i, i + BATCH)
    await db.transaction().execute(async (tx) => {
      for (const product of batch) await services.catalog.upsertProductByHandle(product, tx)
    })
  }
  await services.catalog.invalidate()
  await writeDemoImages(services.config.mediaDir, catalog.products)

  if (options.withStaff) {
    const staffExists = await db.selectFrom('staff_user').select('id').limit(1).executeTakeFirst()
    if (!staffExists) await services.staff.createStaff({ ...DEMO_STAFF, role: 'owner' })
  }
  return { products: catalog.products.length, seconds: (performance.now() - started) / 1000 }
}
