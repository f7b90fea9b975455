import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { createShopstackClient } from '@shopstack/sdk'
import type { Shop } from '../../storefront/test/harness.js'

// What the admin's browser suites share. The shop, browser and axe helpers are the storefront's.
export { hasChromium, startShop, type Shop } from '../../storefront/test/harness.js'
export { launch, VIEWPORTS, watchErrors } from '../../storefront/test/browser.js'
export { seriousViolations } from '../../storefront/test/accessibility.js'
export { adminSession } from '../../storefront/test/api.js'

export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url))
export const OWNER = { email: 'owner@shopstack.dev', password: 'shopstack-demo' }

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const size = page.viewportSize()
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-${size && size.width < 600 ? 'phone' : 'desktop'}.png`), fullPage: true })
}

export async function signIn(page: Page, shop: Shop, who: { email: string; password: string }) {
  await page.goto(`${shop.api}/admin`)
  await page.waitForURL(/\/admin\/login$/)
  await page.getByLabel('Email').fill(who.email)
  await page.getByLabel(/^Password/).fill(who.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}

/** Opens a screen from the menu, as staff do. */
export async function open(page: Page, screen: string) {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: screen }).click()
}

/** A guest's order through the store API, as the storefront places one: two units of a stocked variant, paid by card. */
export async function placeOrder(api: string) {
  const shopper = createShopstackClient({ baseUrl: api, cookieJar: true })
  const { data: regions } = await shopper.GET('/store/regions')
  const region = regions!.items.find((r) => r.currency === 'USD')!
  const { data: listing } = await shopper.GET('/store/products', { params: { query: { limit: 50, currency: 'USD' } } })
  let variantId: string | undefined
  for (const item of listing!.items) {
    const { data: product } = await shopper.GET('/store/products/{handle}', { params: { path: { handle: item.handle } } })
    variantId = product!.variants.find((v) => v.available >= 5 && v.prices.some((p) => p.currency === 'USD'))?.id
    if (variantId) break
  }
  const { data: cart } = await shopper.POST('/store/carts', { body: { regionId: region.id } })
  await shopper.POST('/store/carts/{cartId}/items', {
    params: { path: { cartId: cart!.id } },
    body: { variantId: variantId!, quantity: 2 },
  })
  const { data: options } = await shopper.GET('/store/regions/{regionId}/shipping-options', { params: { path: { regionId: region.id } } })
  const email = `buyer-${Date.now()}@example.com`
  const address = {
    firstName: 'Grace',
    lastName: 'Hopper',
    line1: '1 Harbor Way',
    city: 'Arlington',
    postalCode: '22201',
    countryCode: 'US',
  }
  const patched = await shopper.PATCH('/store/carts/{cartId}', {
    params: { path: { cartId: cart!.id } },
    body: { email, shippingAddress: address, shippingOptionId: options!.items[0]!.id },
  })
  if (!patched.response.ok) throw new Error(`cart: ${patched.response.status}`)
  const { data: token } = await shopper.POST('/store/payments/tokens', {
    body: { number: '4242424242424242', cvc: '123', expMonth: 12, expYear: new Date().getFullYear() + 2 },
  })
  const placed = await shopper.POST('/store/checkout', {
    params: { header: { 'idempotency-key': `admin-test-${Date.now()}` } },
    body: { cartId: cart!.id, paymentToken: token!.token },
  })
  if (!placed.data) throw new Error(`checkout: ${placed.response.status}`)
  return placed.data.order
}
