import type { Outbox } from '../../platform/events/outbox.js'
import type { InventoryUpdatedV1 } from '../inventory/service.js'
import { CATALOG_TOPICS, type ProductChangedV1 } from './events.js'
import type { CatalogService } from './service.js'

export interface StorefrontRevalidationDeps {
  outbox: Outbox
  catalog: CatalogService
  /** The storefront's revalidation endpoint and the secret both sides share. */
  url: string
  secret: string
  fetch?: typeof fetch
}

/**
 * Tells the storefront what to drop from its cache when the catalog changes, so a price or stock
 * change shows at once rather than when the cache time runs out: a product change retires that
 * product's page and every listing (prices, titles), a stock change only that product's page, a
 * category change every listing. Delivered by the outbox relay: a storefront that is down is asked again.
 */
export function registerStorefrontRevalidation(deps: StorefrontRevalidationDeps) {
  const send = async (body: { handles: string[]; catalog: boolean }) => {
    const response = await (deps.fetch ?? fetch)(deps.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${deps.secret}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) throw new Error(`storefront revalidation answered ${response.status}`)
  }
  deps.outbox.subscribe('storefront.revalidate-products', CATALOG_TOPICS.productChanged, async (event) => {
    const products = await deps.catalog.anyHandlesOf((event.payload as ProductChangedV1).productIds)
    if (products.length > 0) await send({ handles: products.map((p) => p.handle), catalog: true })
  })
  deps.outbox.subscribe('storefront.revalidate-stock', 'inventory.updated', async (event) => {
    const productIds = await deps.catalog.productIdsOfVariants([(event.payload as InventoryUpdatedV1).variantId])
    const products = await deps.catalog.anyHandlesOf(productIds)
    if (products.length > 0) await send({ handles: products.map((p) => p.handle), catalog: false })
  })
  deps.outbox.subscribe('storefront.revalidate-catalog', CATALOG_TOPICS.categoryChanged, () => send({ handles: [], catalog: true }))
}
