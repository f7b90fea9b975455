import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { createShopstackClient } from '@shopstack/sdk'
import { buildStorefront } from '../../storefront/test/harness.js'
import {
  adminSession,
  hasChromium,
  launch,
  open,
  OWNER,
  screenshot,
  seriousViolations,
  signIn,
  solidPng,
  startShop,
  VIEWPORTS,
  watchErrors,
  type Shop,
} from './support.js'

let shop: Shop
let admin: Awaited<ReturnType<typeof adminSession>>

beforeAll(async () => {
  buildStorefront()
  shop = await startShop()
  admin = await adminSession(shop.api)
}, 300_000)
afterAll(() => shop?.stop())

/** A registered shopper's order through the store API: two units of a stocked variant, paid by card. */
async function customerOrder(api: string, email: string, password: string) {
  const shopper = createShopstackClient({ baseUrl: api, cookieJar: true })
  const registered = await shopper.POST('/store/auth/register', { body: { email, password } })
  if (!registered.response.ok) throw new Error(`register: ${registered.response.status}`)
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
  const address = { firstName: 'Ada', lastName: 'Byron', line1: '12 St James Sq', city: 'Boston', postalCode: '02116', countryCode: 'US' }
  await shopper.PATCH('/store/carts/{cartId}', {
    params: { path: { cartId: cart!.id } },
    body: { email, shippingAddress: address, shippingOptionId: options!.items[0]!.id },
  })
  const { data: token } = await shopper.POST('/store/payments/tokens', {
    body: { number: '4242424242424242', cvc: '123', expMonth: 12, expYear: new Date().getFullYear() + 2 },
  })
  const placed = await shopper.POST('/store/checkout', {
    params: { header: { 'idempotency-key': `merchant-test-${Date.now()}` } },
    body: { cartId: cart!.id, paymentToken: token!.token },
  })
  if (!placed.data) throw new Error(`checkout: ${placed.response.status}`)
  return placed.data.order
}

describe.skipIf(!hasChromium)('the merchant runs the shop from the admin', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(() => browser?.close())

  it('creates a product with 2 options × 2 values, prices in USD and EUR and an uploaded photo, stocks it, and the store sells it', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    const errors = watchErrors(page)
    await signIn(page, shop, OWNER)
    await open(page, 'Products')
    await page.getByRole('link', { name: 'New product' }).click()
    await page.waitForURL(/\/admin\/products\/new$/)

    // Nothing filled: the API's rules, checked before sending.
    let posts = 0
    page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/admin/products') && posts++)
    await page.getByRole('button', { name: 'Create product' }).click()
    await expect.poll(() => page.getByText('A product needs a title').isVisible()).toBe(true)
    expect(await page.getByText('Give a price in at least one currency').isVisible()).toBe(true)
    expect(posts).toBe(0)

    const tag = Date.now().toString(36)
    const title = `Trail Jacket ${tag}`
    await page.getByLabel(/^Title/).fill(title)
    expect(await page.getByLabel(/^Handle/).inputValue()).toBe(`trail-jacket-${tag}`)
    await page.getByLabel('Status').first().click()
    await page.getByRole('option', { name: 'Active (on sale)' }).click()
    await page.getByLabel('Description (HTML)').fill('<p>Light, waterproof, packs into its own pocket.</p>')

    await page.getByRole('button', { name: 'Add option' }).click()
    await page.getByLabel('Option 1 name').fill('Size')
    await page.getByRole('combobox', { name: 'Option 1 values' }).fill('M')
    await page.getByRole('combobox', { name: 'Option 1 values' }).press('Enter')
    await page.getByRole('combobox', { name: 'Option 1 values' }).fill('L')
    await page.getByRole('combobox', { name: 'Option 1 values' }).press('Enter')
    await page.getByRole('button', { name: 'Add option' }).click()
    await page.getByLabel('Option 2 name').fill('Colour')
    await page.getByRole('combobox', { name: 'Option 2 values' }).fill('Red')
    await page.getByRole('combobox', { name: 'Option 2 values' }).press('Enter')
    await page.getByRole('combobox', { name: 'Option 2 values' }).fill('Blue')
    await page.getByRole('combobox', { name: 'Option 2 values' }).press('Enter')
    const variants = ['M / Red', 'M / Blue', 'L / Red', 'L / Blue']
    await expect.poll(() => page.getByTestId('variant-editor').locator('tbody tr').count()).toBe(4)

    for (const [i, name] of variants.entries()) {
      await page.getByLabel(`SKU of ${name}`).fill(`TJ-${tag}-${name.replace(' / ', '-')}`)
      await page.getByLabel(`Price of ${name} in USD`, { exact: true }).fill(i < 2 ? '89.00' : '94.5')
      await page.getByLabel(`Price of ${name} in EUR`, { exact: true }).fill(i < 2 ? '82,00' : '87.50')
      await page.getByLabel(`Stock of ${name}`).fill('3')
    }
    // A price with more decimals than the currency has is caught at its field.
    await page.getByLabel('Price of L / Blue in USD', { exact: true }).fill('94.505')
    await page.getByRole('button', { name: 'Create product' }).click()
    await expect.poll(() => page.getByText('Not an amount in USD').isVisible()).toBe(true)
    expect(posts).toBe(0)
    await page.getByLabel('Price of L / Blue in USD', { exact: true }).fill('94.50')
    await page.getByLabel('Compare-at price of M / Red in USD').fill('99.00')

    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'jacket.png', mimeType: 'image/png', buffer: solidPng(64, 48, [200, 40, 40]) })
    await page.getByLabel('Alt text for image 1').fill('Trail jacket in red, front')

    await page.getByLabel('Categories').first().click()
    await page.getByRole('option').first().click()
    await page.keyboard.press('Escape')
    await page.getByLabel('Collections').first().click()
    await page.getByRole('option').first().click()
    await page.keyboard.press('Escape')
    await expect
      .poll(() => page.evaluate(() => [...document.images].filter((i) => i.complete && i.naturalWidth > 0).length))
      .toBeGreaterThan(0)
    await screenshot(page, 'product-new')
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Create product' }).click()
    await page.waitForURL(/\/admin\/products\/prod_/)
    const productId = new URL(page.url()).pathname.split('/').pop()!
    expect(posts).toBe(1)
    const { data: product } = await admin.client.GET('/admin/products/{productId}', { params: { path: { productId } } })
    expect(product!.options).toEqual([
      { name: 'Size', values: ['M', 'L'] },
      { name: 'Colour', values: ['Red', 'Blue'] },
    ])
    expect(product!.variants.map((v) => [v.title, v.prices.map((p) => [p.currency, p.amount]).sort()])).toEqual([
      [
        'M / Red',
        [
          ['EUR', 8200],
          ['USD', 8900],
        ],
      ],
      [
        'M / Blue',
        [
          ['EUR', 8200],
          ['USD', 8900],
        ],
      ],
      [
        'L / Red',
        [
          ['EUR', 8750],
          ['USD', 9450],
        ],
      ],
      [
        'L / Blue',
        [
          ['EUR', 8750],
          ['USD', 9450],
        ],
      ],
    ])
    expect(product!.variants.map((v) => v.available)).toEqual([3, 3, 3, 3])
    expect(product!.variants[0]!.prices.find((p) => p.currency === 'USD')!.compareAtAmount).toBe(9900)
    expect(product!.variants[1]!.prices.find((p) => p.currency === 'USD')!.compareAtAmount).toBeNull()
    expect(product!.images).toMatchObject([
      { alt: 'Trail jacket in red, front', url: expect.stringMatching(/^\/media\/.+\.png$/), width: 64, height: 48 },
    ])
    expect(product!.categories).toHaveLength(1)
    expect(product!.collections).toHaveLength(1)
    await screenshot(page, 'product-edit')

    // Stock at a location: 7 more L / Blue received at the main warehouse, with the reason kept.
    const lBlue = product!.variants[3]!
    await page.getByRole('link', { name: '3' }).last().click()
    await page.waitForURL(/\/admin\/inventory\?/)
    await page.getByRole('dialog').getByLabel('Change').fill('+7')
    await page.getByRole('dialog').getByLabel('Note').fill('Spring delivery')
    await page.getByRole('dialog').getByRole('button', { name: 'Adjust stock' }).click()
    await expect.poll(() => page.getByTestId('stock-levels').locator('tbody tr').first().textContent()).toContain('10')
    await expect
      .poll(() => page.getByTestId('stock-history').locator('tbody tr').first().textContent())
      .toMatch(/\+7.*received.*Spring delivery/)
    await screenshot(page, 'inventory')
    expect(await seriousViolations(page)).toEqual([])
    const { data: stock } = await admin.client.GET('/admin/inventory/{variantId}', {
      params: { path: { variantId: lBlue.id }, query: { limit: 5 } },
    })
    expect(stock!.levels[0]).toMatchObject({ locationId: 'loc_default', onHand: 10, available: 10 })
    expect(stock!.movements.items[0]).toMatchObject({ onHandDelta: 7, reason: 'received', note: 'Spring delivery' })

    // On the storefront: the product, its photo and alt text, its price in dollars, then in euros.
    const store = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await expect
      .poll(async () => (await store.goto(`${shop.storefront}/products/${product!.handle}`))?.status(), { timeout: 20_000 })
      .toBe(200)
    expect(await store.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    expect(await store.getByRole('img', { name: 'Trail jacket in red, front' }).count()).toBeGreaterThan(0)
    expect(await store.locator('main').textContent()).toContain('$89.00')
    const { data: regions } = await admin.client.GET('/store/regions')
    const europe = regions!.items.find((r) => r.currency === 'EUR')!
    await store.context().addCookies([{ name: 'ss_region', value: europe.id, url: shop.storefront }])
    await store.goto(`${shop.storefront}/products/${product!.handle}`)
    expect(await store.locator('main').textContent()).toMatch(/€82\.00|82,00\s?€/)
    await screenshot(store, 'storefront-new-product')
    await store.close()
    // The first session check, before signing in, is a 401 by design.
    expect(errors.filter((e) => !/401/.test(e))).toEqual([])
    await page.close()
  })

  it('runs a customer’s order: capture, part shipped with tracking, part refunded; each on the timeline and on their order page', async () => {
    const email = `ada-${Date.now()}@example.com`
    const password = 'analytical-engine-1843'
    const order = await customerOrder(shop.api, email, password)
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await signIn(page, shop, OWNER)
    await page.goto(`${shop.api}/admin/orders/${order.id}`)
    await page.getByRole('button', { name: 'Capture', exact: true }).click()
    await expect.poll(() => page.getByTestId('captured').textContent()).toBe(await page.getByTestId('order-total').textContent())
    await page.getByLabel(/^Units of .* to fulfil$/).fill('1')
    await page.getByLabel('Carrier', { exact: true }).fill('DHL')
    await page.getByLabel('Tracking number').fill('JD014600006281234567')
    await page.getByRole('button', { name: 'Fulfil', exact: true }).click()
    await expect.poll(() => page.getByTestId('parcel').first().textContent()).toContain('JD014600006281234567')
    await page.getByLabel(/^Refund amount/).fill('4.25')
    await page.getByLabel('Reason', { exact: true }).fill('Scuffed box')
    await page.getByRole('button', { name: 'Refund', exact: true }).click()
    await expect.poll(() => page.getByTestId('refunded').textContent()).toBe('$4.25')
    // The shipped unit comes back: a return opened, received onto the shelf, and refunded.
    const lineVariant = order.items[0]!.variantId!
    const { data: stockBefore } = await admin.client.GET('/admin/inventory/{variantId}', {
      params: { path: { variantId: lineVariant }, query: { limit: 1 } },
    })
    await page.getByLabel(/^Units of .* to return$/).fill('1')
    await page.getByLabel('Return reason').fill('Too small')
    await page.getByRole('button', { name: 'Open return' }).click()
    await page.getByRole('button', { name: 'Mark received' }).click()
    await expect.poll(() => page.getByTestId('return').textContent()).toContain('received')
    await screenshot(page, 'order-return')
    expect(await seriousViolations(page)).toEqual([])
    await page.getByLabel(/^Refund \(/).fill('1.00')
    await page.getByRole('button', { name: 'Refund return' }).click()
    await expect.poll(() => page.getByTestId('return').textContent()).toContain('Refunded $1.00')
    await expect.poll(() => page.getByTestId('refunded').textContent()).toBe('$5.25')
    const { data: stockAfter } = await admin.client.GET('/admin/inventory/{variantId}', {
      params: { path: { variantId: lineVariant }, query: { limit: 1 } },
    })
    expect(stockAfter!.levels[0]!.onHand).toBe(stockBefore!.levels[0]!.onHand + 1)
    const { data: after } = await admin.client.GET('/admin/orders/{orderId}', { params: { path: { orderId: order.id } } })
    const timeline = await page.getByTestId('timeline').textContent()
    for (const step of after!.history) expect(timeline).toContain(step.to!.replace(/_/g, ' '))
    expect(after!.history.map((h) => h.to)).toEqual(
      expect.arrayContaining(['partially_shipped', 'partially_refunded', 'received', 'refunded']),
    )

    // The customer signs in to the store and sees the same steps on their order.
    const store = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await store.goto(`${shop.storefront}/account`)
    await store.getByLabel('Email', { exact: true }).fill(email)
    await store.getByLabel('Password', { exact: true }).fill(password)
    await store.getByRole('button', { name: 'Sign in' }).click()
    await store.getByRole('heading', { name: /^Hello/ }).waitFor()
    await store.goto(`${shop.storefront}/account/orders/${order.id}`)
    expect(await store.getByTestId('payment-status').textContent()).toBe('partially refunded')
    expect(await store.getByTestId('fulfillment-status').textContent()).toBe('partially shipped')
    expect(await store.locator('main').textContent()).toContain('with DHL, tracking JD014600006281234567')
    expect(await store.getByTestId('order-refunded').textContent()).toBe('−$5.25')
    await screenshot(store, 'storefront-customer-order')
    await store.close()
    await page.close()
  })

  it('refuses a CSV with a bad row: the row’s error is shown and nothing is imported; a good file imports with progress', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await signIn(page, shop, OWNER)
    await open(page, 'Import & export')
    const tag = Date.now().toString(36)
    const header = 'Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Qty,Variant Price,Status'
    const bad = [
      header,
      `csv-good-${tag},Good,Title,Default Title,CSV-${tag}-1,2,10.00,active`,
      `csv-bad-${tag},Bad,Title,Default Title,CSV-${tag}-2,2,ten,active`,
    ]
    await page.locator('input[type=file]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad.join('\n')) })
    await expect.poll(() => page.getByTestId('import-status').textContent()).toBe('Not imported')
    const rows = await page.getByTestId('import-errors').locator('tbody tr').allTextContents()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatch(/^3Variant Price/)
    await screenshot(page, 'import-refused')
    expect(await seriousViolations(page)).toEqual([])
    const { data: none } = await admin.client.GET('/admin/products', { params: { query: { limit: 10, q: `csv-good-${tag}` } } })
    expect(none!.items).toEqual([])

    const good = [
      header,
      ...Array.from({ length: 30 }, (_, i) => `csv-${tag}-${i},Imported ${i},Title,Default Title,CSV-${tag}-${i},2,10.00,active`),
    ]
    await page.locator('input[type=file]').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good.join('\n')) })
    await expect.poll(() => page.getByTestId('import-status').textContent()).toBe('Imported')
    expect(await page.getByTestId('import-job').textContent()).toContain('30 products created')
    const { data: imported } = await admin.client.GET('/admin/products', { params: { query: { limit: 50, q: `csv-${tag}` } } })
    expect(imported!.items).toHaveLength(30)
    await expect.poll(() => page.getByTestId('import-jobs').locator('tbody tr').count()).toBeGreaterThanOrEqual(2)
    await page.close()
  })

  it('keeps categories in the order staff set, and collections editable', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await signIn(page, shop, OWNER)
    await open(page, 'Categories')
    await expect.poll(() => page.getByTestId('category-row').count()).toBeGreaterThan(2)
    const { data: before } = await admin.client.GET('/admin/categories')
    const roots = [...(before!.items as { name: string; position: number }[])].sort(
      (a, b) => a.position - b.position || a.name.localeCompare(b.name),
    )
    await page.getByRole('button', { name: `Move ${roots[1]!.name} up` }).click()
    await expect
      .poll(async () => {
        const { data } = await admin.client.GET('/admin/categories')
        return [...(data!.items as { name: string; position: number }[])]
          .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))
          .map((c) => c.name)
          .slice(0, 2)
      })
      .toEqual([roots[1]!.name, roots[0]!.name])
    await screenshot(page, 'categories')
    expect(await seriousViolations(page)).toEqual([])

    await open(page, 'Collections')
    await page.getByRole('button', { name: 'New collection' }).click()
    await page
      .getByRole('dialog')
      .getByLabel(/^Title/)
      .fill('Rainy days')
    expect(
      await page
        .getByRole('dialog')
        .getByLabel(/^Handle/)
        .inputValue(),
    ).toBe('rainy-days')
    await page.getByRole('dialog').getByRole('button', { name: 'Save collection' }).click()
    await expect.poll(() => page.getByTestId('collections-table').textContent()).toContain('Rainy days')
    // The same handle again is the API's 409, shown in the form.
    await page.getByRole('button', { name: 'New collection' }).click()
    await page
      .getByRole('dialog')
      .getByLabel(/^Title/)
      .fill('Rainy days')
    await page.getByRole('dialog').getByRole('button', { name: 'Save collection' }).click()
    await expect.poll(() => page.getByRole('dialog').getByText('is taken', { exact: true }).isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    await screenshot(page, 'collections')
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })
})
