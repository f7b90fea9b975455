import type { CategoryInput } from '../schemas.js'
import { buildDemoProduct, type DemoProduct } from './build-product.js'
import { DEMO_CATEGORIES } from './categories.js'
import { DEMO_COLLECTIONS, type DemoCollection } from './collections.js'
import { HandleRegistry } from './handles.js'
import { Random } from './random.js'

export type { DemoProduct } from './build-product.js'
export type { DemoCollection } from './collections.js'

export const DEFAULT_DEMO_PRODUCT_COUNT = 520
export const DEFAULT_DEMO_SEED = 20_240_601

export interface DemoCatalog {
  /** Parents before children, so they can be created in order. */
  categories: CategoryInput[]
  collections: DemoCollection[]
  products: DemoProduct[]
}

export interface DemoCatalogOptions {
  count?: number
  seed?: number
}

function assertValidCount(count: number): void {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`Demo product count must be a non-negative integer, got ${count}`)
}

/**
 * Yields demo products one at a time, so a bench can stream 100,000 of them without holding
 * the catalog in memory. Product N depends only on the seed and the products before it, so
 * the first 520 products are the same whatever the count.
 */
export function* demoProducts(
  count: number = DEFAULT_DEMO_PRODUCT_COUNT,
  seed: number = DEFAULT_DEMO_SEED,
): Generator<DemoProduct, void, undefined> {
  assertValidCount(count)
  let barcodeSerial = 0
  const factory = {
    random: new Random(seed),
    handles: new HandleRegistry(),
    nextBarcodeSerial: () => ++barcodeSerial,
    slugs: new Map<string, string>(),
  }
  for (let sequence = 1; sequence <= count; sequence++) yield buildDemoProduct(sequence, factory)
}

/** A complete, deterministic demo catalog: the same seed always gives the same catalog. */
export function generateDemoCatalog(options: DemoCatalogOptions = {}): DemoCatalog {
  const count = options.count ?? DEFAULT_DEMO_PRODUCT_COUNT
  assertValidCount(count)
  return {
    categories: DEMO_CATEGORIES.map((category) => ({ ...category })),
    collections: DEMO_COLLECTIONS.map((collection) => ({ ...collection })),
    products: Array.from(demoProducts(count, options.seed ?? DEFAULT_DEMO_SEED)),
  }
}
