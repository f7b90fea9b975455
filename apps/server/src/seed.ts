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
  await seedDemoRegions(services)

  if (options.withStaff) {
    const staffExists = await db.selectFrom('staff_user').select('id').limit(1).executeTakeFirst()
    if (!staffExists) await services.staff.createStaff({ ...DEMO_STAFF, role: 'owner' })
  }
  return { products: catalog.products.length, seconds: (performance.now() - started) / 1000 }
}

/** Two demo regions matching the demo prices (USD and EUR), each with a flat and a weight-based option. */
async function seedDemoRegions(services: Services) {
  const existing = await services.regions.listRegions()
  if (existing.items.length > 0) return
  const us = await services.regions.createRegion({
    handle: 'north-america',
    name: 'North America',
    currency: 'USD',
    countries: ['US', 'CA'],
    pricesIncludeTax: false,
    taxRates: { standard: 800, reduced: 400 },
    taxOverrides: [{ country: 'CA', taxClass: 'standard', rate: 1300 }],
  })
  const eu = await services.regions.createRegion({
    handle: 'europe',
    name: 'Europe',
    currency: 'EUR',
    countries: ['DE', 'FR', 'NL', 'BE', 'AT', 'IE', 'ES', 'IT'],
    pricesIncludeTax: true,
    taxRates: { standard: 1900, reduced: 700 },
    taxOverrides: [
      { country: 'FR', taxClass: 'standard', rate: 2000 },
      { country: 'NL', taxClass: 'standard', rate: 2100 },
    ],
  })
  for (const region of [us, eu]) {
    await services.regions.addShippingOption(region.id, {
      name: 'Standard',
      kind: 'flat',
      amount: 595,
      freeAbove: 7500,
      minDays: 3,
      maxDays: 5,
    })
    await services.regions.addShippingOption(region.id, {
      name: 'Express',
      kind: 'weight',
      tiers: [
        { upToGrams: 1000, amount: 1495 },
        { upToGrams: 5000, amount: 2495 },
        { upToGrams: null, amount: 3995 },
      ],
      minDays: 1,
      maxDays: 2,
    })
  }
}
