import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { createShopstackClient } from '@shopstack/sdk'
import {
  adminSession,
  hasChromium,
  launch,
  open,
  OWNER,
  placeOrder,
  screenshot,
  seriousViolations,
  signIn,
  startShop,
  VIEWPORTS,
  watchErrors,
  type Shop,
} from './support.js'

let shop: Shop
let admin: Awaited<ReturnType<typeof adminSession>>

beforeAll(async () => {
  shop = await startShop({ storefront: false })
  admin = await adminSession(shop.api)
}, 300_000)
afterAll(() => shop?.stop())

describe.skipIf(!hasChromium)('admin in a browser', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(() => browser?.close())

  it('signs the owner in: a malformed email is caught before sending, a wrong password shows the API’s refusal', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    const errors = watchErrors(page)
    await page.goto(`${shop.api}/admin/products?status=draft`)
    await page.waitForURL(/\/admin\/login$/)
    await screenshot(page, 'login')
    expect(await seriousViolations(page)).toEqual([])

    let calls = 0
    page.on('request', (request) => request.url().endsWith('/admin/auth/login') && calls++)
    await page.getByLabel('Email').fill('owner-at-shopstack')
    await page.getByLabel(/^Password/).fill('x')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect.poll(() => page.getByText('Enter an email address').isVisible()).toBe(true)
    expect(calls).toBe(0)

    await page.getByLabel('Email').fill(OWNER.email)
    await page.getByLabel(/^Password/).fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/password|credentials|sign/i)
    expect(calls).toBe(1)

    await page.getByLabel(/^Password/).fill(OWNER.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    // Back to the screen asked for first, its filter kept.
    await page.waitForURL(/\/admin\/products\?status=draft$/)
    await expect.poll(() => page.getByTestId('staff').textContent()).toContain('owner')
    // The 401 of the first session check and the refused password are expected; nothing else.
    expect(errors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([])
    await page.close()
  })

  it('opens on the dashboard: today’s and this month’s figures as the API counts them, the 30-day chart, low stock', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    const errors = watchErrors(page)
    await signIn(page, shop, OWNER)
    await page.waitForURL(/\/admin\/dashboard$/)
    const screens = page.getByRole('navigation', { name: 'Screens' }).getByRole('link')
    expect(await screens.allTextContents()).toEqual([
      'Dashboard',
      'Orders',
      'Customers',
      'Products',
      'Categories',
      'Collections',
      'Inventory',
      'Import & export',
      'Promotions',
      'Search',
      'Regions & tax',
      'Staff',
      'API tokens',
      'Audit log',
    ])
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
    const { data: figures } = await admin.client.GET('/admin/dashboard', { params: { query: { timeZone } } })
    await expect
      .poll(() => page.getByTestId('Today-orders').textContent())
      .toBe(`${figures!.today.orders} ${figures!.today.orders === 1 ? 'order' : 'orders'}`)
    await expect.poll(() => page.getByTestId('This month-orders').textContent()).toContain(String(figures!.month.orders))
    expect(await page.getByTestId('daily-chart').locator('rect').count()).toBe(30)
    // The demo shop stocks some variants thinly: the first of them is listed.
    if (figures!.lowStock.length > 0)
      await expect.poll(() => page.getByTestId('low-stock').textContent()).toContain(figures!.lowStock[0]!.productTitle)
    await screenshot(page, 'dashboard')
    expect(await seriousViolations(page)).toEqual([])
    // Only the session check before signing in was refused.
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([])
    await page.close()
  })

  it('lists products from the API with search, a status filter and pages kept in the URL, and changes status in bulk', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await signIn(page, shop, OWNER)
    await open(page, 'Products')
    const table = page.getByTestId('products-table')
    await expect.poll(() => table.locator('tbody tr').count()).toBe(50)
    await screenshot(page, 'products')
    expect(await seriousViolations(page)).toEqual([])

    // Search: the query goes to the URL and the API answers it.
    await page.getByLabel('Search').fill('sneakers')
    await page.waitForURL(/q=sneakers/)
    const { data: expected } = await admin.client.GET('/admin/products', {
      params: { query: { limit: 50, q: 'sneakers', sort: 'newest' } },
    })
    await expect.poll(() => table.locator('tbody tr').count()).toBe(expected!.items.length)
    const titles = await table.locator('tbody tr a').allTextContents()
    expect(titles).toEqual(expected!.items.map((p) => p.title))

    // The next page follows the API's cursor; a reload keeps search and page.
    await page.getByLabel('Search').fill('')
    await page.waitForURL((url) => !url.search.includes('q='))
    await page.getByRole('button', { name: 'Next page' }).click()
    await page.waitForURL(/cursor=/)
    const { data: first } = await admin.client.GET('/admin/products', { params: { query: { limit: 50, sort: 'newest' } } })
    const { data: second } = await admin.client.GET('/admin/products', {
      params: { query: { limit: 50, sort: 'newest', cursor: first!.nextCursor! } },
    })
    await expect.poll(() => table.locator('tbody tr a').first().textContent()).toBe(second!.items[0]!.title)
    await page.reload()
    await expect.poll(() => table.locator('tbody tr a').first().textContent()).toBe(second!.items[0]!.title)

    // Bulk: two products to draft, as the API then says.
    const [a, b] = second!.items
    await page.getByLabel(`Select ${a!.title}`).check()
    await page.getByLabel(`Select ${b!.title}`).check()
    await page.getByLabel('Set status of 2 selected').first().click()
    await page.getByRole('option', { name: 'Draft' }).click()
    await page.getByRole('button', { name: 'Apply' }).click()
    await expect.poll(() => page.getByText('2 products set to draft').isVisible()).toBe(true)
    for (const product of [a!, b!]) {
      const { data } = await admin.client.GET('/admin/products/{productId}', { params: { path: { productId: product.id } } })
      expect(data!.status).toBe('draft')
    }
    await page.close()
  })

  it('runs an order from the store: capture, ship part with a tracking number, refund part; each step on the timeline and in the API', async () => {
    const placed = await placeOrder(shop.api)
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await signIn(page, shop, OWNER)
    await open(page, 'Orders')
    await page.getByLabel('Order number').fill(String(placed.number))
    await page.waitForURL(new RegExp(`number=${placed.number}`))
    await expect.poll(() => page.getByTestId('orders-table').locator('tbody tr').count()).toBe(1)
    await screenshot(page, 'orders')
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('link', { name: `#${placed.number}` }).click()
    await page.waitForURL(new RegExp(`/admin/orders/${placed.id}$`))
    const timeline = page.getByTestId('timeline')
    const steps = () => timeline.locator('.mantine-Timeline-item').count()
    const before = await steps()

    // Capture all that was authorized (the field starts with it).
    await page.getByRole('button', { name: 'Capture', exact: true }).click()
    await expect.poll(() => page.getByTestId('captured').textContent()).toBe(await page.getByTestId('order-total').textContent())
    await expect.poll(steps).toBeGreaterThan(before)
    const afterCapture = await steps()

    // Ship one of the two units, with the carrier's tracking number.
    await page.getByLabel(/^Units of .* to fulfil$/).fill('1')
    await page.getByLabel('Carrier', { exact: true }).fill('UPS')
    await page.getByLabel('Tracking number').fill('1Z999AA10123456784')
    await page.getByRole('button', { name: 'Fulfil', exact: true }).click()
    await expect.poll(() => page.getByTestId('parcel').first().textContent()).toContain('1Z999AA10123456784')
    await expect.poll(steps).toBeGreaterThan(afterCapture)
    const afterShipping = await steps()

    // Refund part: more than was captured is refused before sending; then 5.00 with a reason.
    await page.getByLabel(/^Refund amount/).fill('100000')
    await page.getByLabel('Reason', { exact: true }).fill('Box arrived dented')
    await page.getByRole('button', { name: 'Refund', exact: true }).click()
    await expect.poll(() => page.getByText(/can be refunded/).isVisible()).toBe(true)
    await page.getByLabel(/^Refund amount/).fill('5.00')
    await page.getByRole('button', { name: 'Refund', exact: true }).click()
    await expect.poll(() => page.getByTestId('refunded').textContent()).toBe('$5.00')
    await expect.poll(steps).toBeGreaterThan(afterShipping)
    await expect.poll(() => timeline.textContent()).toContain('Box arrived dented')
    await screenshot(page, 'order')
    expect(await seriousViolations(page)).toEqual([])

    const { data: order } = await admin.client.GET('/admin/orders/{orderId}', { params: { path: { orderId: placed.id } } })
    expect(order!.totals.capturedTotal).toBe(order!.totals.total)
    expect(order!.totals.refundedTotal).toBe(500)
    expect(order!.items[0]!.fulfilledQuantity).toBe(1)
    expect(order!.fulfillments[0]).toMatchObject({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' })
    expect(order!.paymentStatus).toBe('partially_refunded')
    expect(order!.fulfillmentStatus).toBe('partially_shipped')
    // The screen's timeline is the API's history, one entry per step.
    expect(await steps()).toBe(order!.history.length)
    await page.close()
  })

  it('edits a product: the API’s rules are checked before sending, and a saved title is the API’s', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await signIn(page, shop, OWNER)
    await open(page, 'Products')
    await page.getByTestId('products-table').locator('tbody tr a').first().click()
    await page.waitForURL(/\/admin\/products\/prod_/)
    const productId = new URL(page.url()).pathname.split('/').pop()!
    await expect.poll(() => page.getByTestId('variants-table').locator('tbody tr').count()).toBeGreaterThan(0)
    // The product's images load from the API's /media on the same origin.
    await expect
      .poll(() => page.evaluate(() => [...document.images].filter((i) => i.complete && i.naturalWidth > 0).length))
      .toBeGreaterThan(0)
    await screenshot(page, 'product')
    expect(await seriousViolations(page)).toEqual([])

    const title = page.getByLabel(/^Title/)
    await title.fill('   ')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => page.getByText('A product needs a title').isVisible()).toBe(true)

    await title.fill('Renamed in the admin')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => page.getByText('Product saved').isVisible()).toBe(true)
    const { data } = await admin.client.GET('/admin/products/{productId}', { params: { path: { productId } } })
    expect(data!.title).toBe('Renamed in the admin')
    await page.close()
  })

  it('shows a catalog staff member only what their role allows, and the API refuses the rest', async () => {
    const email = `catalog-${Date.now()}@example.com`
    const password = 'catalog-password-1'
    const created = await admin.client.POST('/admin/staff', { body: { email, name: 'Cat Alog', password, role: 'catalog' } })
    expect(created.response.status).toBe(201)

    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    await signIn(page, shop, { email, password })
    await page.waitForURL(/\/admin\/products$/) // their first screen: no dashboard for this role
    await page.getByRole('button', { name: 'Menu' }).click()
    const screens = await page.getByRole('navigation', { name: 'Screens' }).getByRole('link').allTextContents()
    expect(screens).toEqual(['Products', 'Categories', 'Collections', 'Inventory', 'Import & export', 'Search'])
    await screenshot(page, 'catalog-staff')
    // Typed straight into the address bar, the screens the menu hides say so and ask the API nothing.
    for (const screen of ['staff', 'orders', 'regions', 'customers', 'audit-log']) {
      const asked: string[] = []
      const listen = (r: { url(): string }) => new URL(r.url()).pathname === `/admin/${screen}` && asked.push(r.url())
      page.on('request', listen)
      await page.goto(`${shop.api}/admin/${screen}`)
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Your role does not include this screen')
      page.off('request', listen)
      // The page load itself is the one request for that path: no API call followed it.
      expect(asked, screen).toHaveLength(1)
    }

    // The same session, asked straight: what the menu hides, the API refuses.
    const session = createShopstackClient({ baseUrl: shop.api, cookieJar: true })
    await session.POST('/admin/auth/login', { body: { email, password } })
    for (const path of ['/admin/staff', '/admin/orders', '/admin/customers', '/admin/audit-log'] as const) {
      const { response } = await (session.GET as unknown as (p: string, o: object) => Promise<{ response: Response }>)(path, {
        params: { query: { limit: 10 } },
      })
      expect(response.status, path).toBe(403)
    }
    // Settings are read by the catalog's screens but changed only by those who hold settings:write.
    const { data: regions } = await session.GET('/admin/regions')
    const changed = await session.PATCH('/admin/regions/{regionId}', {
      params: { path: { regionId: regions!.items[0]!.id } },
      body: { name: 'Renamed by catalog staff' },
    })
    expect(changed.response.status).toBe(403)
    expect((await session.POST('/admin/stock-locations', { body: { name: 'Back room' } })).response.status).toBe(403)
    await page.close()
  })
})
