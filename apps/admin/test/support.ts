import { deflateSync } from 'node:zlib'
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

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes: Buffer) {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** A real PNG of one colour, to upload as a product photo. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())])
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
