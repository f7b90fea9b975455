import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
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

let counter = 0
const unique = (what: string) => `${what}-${Date.now().toString(36)}-${++counter}@example.com`

/** A shopper who registered (with marketing consent), saved an address and placed an order while signed in. */
async function customerWithOrder(api: string) {
  const shopper = createShopstackClient({ baseUrl: api, cookieJar: true })
  const email = unique('ada')
  const registered = await shopper.POST('/store/auth/register', {
    body: { email, password: 'shopper-password-1', firstName: 'Ada', lastName: 'Lovelace', marketingConsent: true },
  })
  if (!registered.data) throw new Error(`register: ${registered.response.status}`)
  const address = {
    firstName: 'Ada',
    lastName: 'Lovelace',
    line1: '12 Analytical Row',
    city: 'Arlington',
    postalCode: '22201',
    countryCode: 'US',
  }
  const saved = await shopper.POST('/store/me/addresses', { body: { ...address, isDefaultShipping: true } })
  if (!saved.data) throw new Error(`address: ${saved.response.status}`)

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
    body: { variantId: variantId!, quantity: 1 },
  })
  const { data: options } = await shopper.GET('/store/regions/{regionId}/shipping-options', { params: { path: { regionId: region.id } } })
  const patched = await shopper.PATCH('/store/carts/{cartId}', {
    params: { path: { cartId: cart!.id } },
    body: { shippingAddress: address, shippingOptionId: options!.items[0]!.id },
  })
  if (!patched.response.ok) throw new Error(`cart: ${patched.response.status}`)
  const { data: token } = await shopper.POST('/store/payments/tokens', {
    body: { number: '4242424242424242', cvc: '123', expMonth: 12, expYear: new Date().getFullYear() + 2 },
  })
  const placed = await shopper.POST('/store/checkout', {
    params: { header: { 'idempotency-key': `people-test-${Date.now()}-${counter}` } },
    body: { cartId: cart!.id, paymentToken: token!.token },
  })
  if (!placed.data) throw new Error(`checkout: ${placed.response.status}`)
  return { id: registered.data.customer.id, email, order: placed.data.order }
}

/** The text of every cell in a table's body, row by row. */
const tableRows = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td, th')].map((cell) => cell.textContent?.trim() ?? '')))

/** A staff member's session through the API, as their browser would hold it. */
async function staffClient(email: string, password: string) {
  const client = createShopstackClient({ baseUrl: shop.api, cookieJar: true })
  const { response } = await client.POST('/admin/auth/login', { body: { email, password } })
  return { client, status: response.status }
}

/** Console errors other than the session check refused before signing in. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 401/.test(e))

const bearer = (token: string, path: string) => fetch(`${shop.api}${path}`, { headers: { authorization: `Bearer ${token}` } })

// What the screens did, for the audit log's test at the end.
const done: { staffId?: string; tokenId?: string; customerId?: string } = {}

describe.skipIf(!hasChromium)('admin people screens in a browser', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(() => browser?.close())

  it('lists customers as the API does, with the email search and page in the URL, and shows one with addresses, consent and orders', async () => {
    const ada = await customerWithOrder(shop.api)
    await placeOrder(shop.api) // a guest's order: not on Ada's screen
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    const errors = watchErrors(page)
    await signIn(page, shop, OWNER)
    await open(page, 'Customers')
    await page.waitForURL(/\/admin\/customers$/)

    const { data: all } = await admin.client.GET('/admin/customers', { params: { query: { limit: 50 } } })
    expect(all!.items.length).toBeGreaterThan(0)
    await expect.poll(async () => (await tableRows(page, 'customers-table')).map((r) => r[0])).toEqual(all!.items.map((c) => c.email))
    await screenshot(page, 'customers')
    expect(await seriousViolations(page)).toEqual([])

    // The search goes to the URL, the API answers it, and a reload keeps it.
    const part = ada.email.split('@')[0]!
    await page.getByLabel('Email').fill(part)
    await page.waitForURL(new RegExp(`email=${part}`))
    await expect.poll(async () => (await tableRows(page, 'customers-table')).map((r) => r[0])).toEqual([ada.email])
    await page.reload()
    await expect.poll(() => page.getByLabel('Email').inputValue()).toBe(part)
    await expect.poll(async () => (await tableRows(page, 'customers-table')).map((r) => r[0])).toEqual([ada.email])

    await page.getByRole('link', { name: ada.email }).click()
    await page.waitForURL(new RegExp(`/admin/customers/${ada.id}$`))
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Ada Lovelace')
    await expect.poll(() => page.getByTestId('customer-details').textContent()).toContain(ada.email)
    await expect.poll(() => page.getByTestId('addresses').textContent()).toContain('12 Analytical Row')
    await expect.poll(() => page.getByTestId('marketing-consent').textContent()).toMatch(/^Granted · when registering/)
    // Their order, and only theirs, linking to the order's screen.
    await expect.poll(async () => (await tableRows(page, 'customer-orders')).map((r) => r[0])).toEqual([`#${ada.order.number}`])
    expect(await page.getByRole('link', { name: `#${ada.order.number}` }).getAttribute('href')).toBe(`/admin/orders/${ada.order.id}`)
    // The owner holds customers:write: the erasure is offered.
    expect(await page.getByRole('button', { name: 'Erase personal data…' }).isVisible()).toBe(true)
    await screenshot(page, 'customer')
    expect(await seriousViolations(page)).toEqual([])
    expect(unexpected(errors)).toEqual([])
    await page.close()
  })

  it('downloads a customer’s personal data as a JSON file, and erases them once their email is typed', async () => {
    const grace = await customerWithOrder(shop.api)
    done.customerId = grace.id
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await signIn(page, shop, OWNER)
    await page.goto(`${shop.api}/admin/customers/${grace.id}`)
    await expect.poll(() => page.getByTestId('customer-details').textContent()).toContain(grace.email)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export personal data (JSON)' }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`shopstack-export-${grace.id}.json`)
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'))
    expect(file.format).toBe('shopstack.personal-data-export')
    expect(file.customer.email).toBe(grace.email)
    expect(file.orders.map((o: { id: string }) => o.id)).toContain(grace.order.id)

    // Erasing: the button stays off until the email is typed as it is.
    await page.getByRole('button', { name: 'Erase personal data…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Erase this customer’s personal data?' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    const erase = dialog.getByRole('button', { name: 'Erase', exact: true })
    expect(await erase.isDisabled()).toBe(true)
    await dialog.getByLabel('Customer’s email, to confirm').fill(`x${grace.email}`)
    expect(await erase.isDisabled()).toBe(true)
    await dialog.getByLabel('Customer’s email, to confirm').fill(grace.email)
    await screenshot(page, 'customer-erase')
    expect(await seriousViolations(page)).toEqual([])
    await erase.click()

    // The screen shows what the API erased; the API no longer knows the customer, and the order is kept without them.
    await expect.poll(() => page.getByRole('heading', { name: 'Customer erased' }).isVisible()).toBe(true)
    const counts = Object.fromEntries((await tableRows(page, 'erasure-counts')).map(([label, count]) => [label, Number(count)]))
    expect(counts['Addresses deleted']).toBe(1)
    expect(counts['Orders anonymised (kept for the accounts)']).toBe(1)
    expect(counts['Consent decisions deleted']).toBeGreaterThanOrEqual(1)
    await screenshot(page, 'customer-erased')
    expect(await seriousViolations(page)).toEqual([])

    const gone = await admin.client.GET('/admin/customers/{customerId}', { params: { path: { customerId: grace.id } } })
    expect(gone.response.status).toBe(404)
    const { data: order } = await admin.client.GET('/admin/orders/{orderId}', { params: { path: { orderId: grace.order.id } } })
    expect(order!.email).toBeNull()
    expect(order!.shippingAddress).toBeNull()
    const { data: listed } = await admin.client.GET('/admin/customers', { params: { query: { limit: 10, email: grace.email } } })
    expect(listed!.items).toEqual([])
    await page.close()
  })

  it('adds a staff member who signs in with the role given; a role change takes effect at once; deactivation shuts them out', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    const errors = watchErrors(page)
    await signIn(page, shop, OWNER)
    await open(page, 'Staff')
    await page.waitForURL(/\/admin\/staff$/)

    // The list and the roles are the API's.
    const { data: staffList } = await admin.client.GET('/admin/staff', { params: { query: { limit: 50 } } })
    await expect.poll(async () => (await tableRows(page, 'staff-table')).map((r) => r[1])).toEqual(staffList!.items.map((s) => s.email))
    const { data: roles } = await admin.client.GET('/admin/staff/roles')
    const held = await page
      .getByTestId('roles-table')
      .locator('td[data-held="true"]')
      .evaluateAll((cells) =>
        cells.map((c) => `${c.getAttribute('data-role')} ${c.closest('tr')!.querySelector('th')!.firstChild!.textContent}`).sort(),
      )
    expect(held).toEqual(roles!.roles.flatMap((r) => r.permissions.map((p) => `${r.role} ${p}`)).sort())
    await screenshot(page, 'staff')
    expect(await seriousViolations(page)).toEqual([])

    // The API's rules are checked before sending.
    let creates = 0
    page.on('request', (request) => request.method() === 'POST' && request.url().endsWith('/admin/staff') && creates++)
    const email = unique('sam')
    const password = 'sam-password-1'
    const form = page.getByRole('region', { name: 'Add a staff member' })
    await form.getByLabel(/^Name/).fill('Sam Support')
    await form.getByLabel(/^Email/).fill(email)
    await form.getByLabel(/^First password/).fill('short')
    await form.getByRole('button', { name: 'Add staff member' }).click()
    await expect.poll(() => form.getByText('At least 10 characters', { exact: true }).isVisible()).toBe(true)
    expect(await form.getByText('Choose their role').isVisible()).toBe(true)
    expect(creates).toBe(0)

    await form.getByLabel(/^First password/).fill(password)
    await form.getByLabel(/^Role/).first().click()
    await page.getByRole('option', { name: 'Support' }).click()
    await form.getByRole('button', { name: 'Add staff member' }).click()
    await expect.poll(() => page.getByText('Sam Support was added and can sign in as Support').isVisible()).toBe(true)
    expect(creates).toBe(1)
    const row = page.locator(`tr[data-staff="${email}"]`)
    await expect.poll(() => row.count()).toBe(1)

    // They sign in with that role: their menu and the API agree.
    const sam = await staffClient(email, password)
    expect(sam.status).toBe(200)
    const { data: session } = await sam.client.GET('/admin/auth/session')
    expect(session!.staff.role).toBe('support')
    done.staffId = session!.staff.id
    expect((await sam.client.GET('/admin/orders', { params: { query: { limit: 1 } } })).response.status).toBe(200)
    const samPage = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await signIn(samPage, shop, { email, password })
    const menu = () => samPage.getByRole('navigation', { name: 'Screens' }).getByRole('link').allTextContents()
    await expect.poll(menu).toContain('Customers')
    expect(await menu()).toContain('Orders')
    expect(await menu()).not.toContain('Staff')

    // Support → catalog, in the screen: the next call is judged by the new role.
    await page.getByLabel('Role of Sam Support').first().click()
    await page.getByRole('option', { name: 'Catalog' }).click()
    await expect.poll(() => page.getByText('Sam Support is now Catalog').isVisible()).toBe(true)
    expect((await sam.client.GET('/admin/orders', { params: { query: { limit: 1 } } })).response.status).toBe(403)
    expect((await sam.client.GET('/admin/auth/session')).data!.staff.role).toBe('catalog')
    await samPage.reload()
    const catalogMenu = (m: string[]) => m.includes('Products') && !m.includes('Orders') && !m.includes('Customers')
    await expect.poll(async () => catalogMenu(await menu())).toBe(true)

    // Deactivated: the session ends and the password no longer opens the door.
    await row.getByRole('button', { name: 'Deactivate' }).click()
    const dialog = page.getByRole('dialog', { name: 'Deactivate Sam Support?' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    await dialog.getByRole('button', { name: 'Deactivate' }).click()
    await expect.poll(() => row.textContent()).toContain('Deactivated')
    expect((await sam.client.GET('/admin/auth/session')).response.status).toBe(401)
    expect((await staffClient(email, password)).status).toBe(401)
    // The owner's own row offers no way to lock themself out.
    expect(await page.locator(`tr[data-staff="${OWNER.email}"]`).getByRole('button').count()).toBe(0)
    await screenshot(page, 'staff-after')
    expect(await seriousViolations(page)).toEqual([])
    expect(unexpected(errors)).toEqual([])
    await samPage.close()
    await page.close()
  })

  it('creates an API token whose secret is shown once, works as a Bearer token with its permissions, and is refused once revoked', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shop.api })
    const page = await context.newPage()
    const errors = watchErrors(page)
    await signIn(page, shop, OWNER)
    await open(page, 'API tokens')
    await page.waitForURL(/\/admin\/api-tokens$/)
    await expect.poll(() => page.getByTestId('tokens-table').locator('tbody tr').count()).toBeGreaterThan(0)
    await screenshot(page, 'api-tokens')
    expect(await seriousViolations(page)).toEqual([])

    // Only the owner's own permissions are offered; at least one is needed.
    const offered = await page
      .getByRole('group', { name: /^Permissions/ })
      .getByRole('checkbox')
      .count()
    const { data: me } = await admin.client.GET('/admin/auth/session')
    expect(offered).toBe(me!.staff.permissions.length)
    await page.getByLabel(/^Name/).fill('ERP sync')
    await page.getByRole('button', { name: 'Create token' }).click()
    await expect.poll(() => page.getByText('Choose at least one permission').isVisible()).toBe(true)

    await page.getByRole('checkbox', { name: 'catalog:read', exact: true }).check()
    await page.getByRole('button', { name: 'Create token' }).click()
    const dialog = page.getByRole('dialog', { name: 'Your new API token' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    expect(await dialog.getByTestId('shown-once').textContent()).toContain('You will not see this token again')
    const secret = await dialog.getByTestId('token-secret').inputValue()
    expect(secret).toMatch(/^sst_/)
    await dialog.getByRole('button', { name: 'Copy token' }).click()
    await expect.poll(() => dialog.getByRole('button', { name: 'Copied' }).isVisible()).toBe(true)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret)
    await screenshot(page, 'api-token-secret')
    expect(await seriousViolations(page)).toEqual([])

    // Closed: the secret is gone from the page; the list shows the token without it.
    await dialog.getByRole('button', { name: 'I have copied it' }).click()
    await expect.poll(() => dialog.isVisible()).toBe(false)
    expect(await page.content()).not.toContain(secret)
    const { data: tokens } = await admin.client.GET('/admin/api-tokens', { params: { query: { limit: 100 } } })
    const token = tokens!.items.find((t) => t.name === 'ERP sync')!
    done.tokenId = token.id
    const row = page.locator(`tr[data-token="${token.id}"]`)
    await expect.poll(() => row.textContent()).toContain('catalog:read')
    expect(await row.textContent()).toContain(token.prefix)

    // It works as a Bearer token, within its permissions only.
    expect((await bearer(secret, '/admin/products?limit=1')).status).toBe(200)
    expect((await bearer(secret, '/admin/customers?limit=1')).status).toBe(403)

    // After a reload: listed, used, and still no secret.
    await page.reload()
    await expect.poll(() => row.textContent()).toContain('ERP sync')
    expect(await row.textContent()).not.toContain('Never')
    expect(await page.content()).not.toContain(secret)

    await row.getByRole('button', { name: 'Revoke ERP sync' }).click()
    const confirm = page.getByRole('dialog', { name: 'Revoke “ERP sync”?' })
    await expect.poll(() => confirm.isVisible()).toBe(true)
    await confirm.getByRole('button', { name: 'Revoke token' }).click()
    await expect.poll(() => row.textContent()).toContain('Revoked')
    expect(await row.getByRole('button').count()).toBe(0)
    expect((await bearer(secret, '/admin/products?limit=1')).status).toBe(401)
    expect(unexpected(errors)).toEqual([])
    await context.close()
  })

  it('shows the actions just taken in the audit log, with staff names, filtered in the URL as the API filters', async () => {
    expect(done.staffId && done.tokenId && done.customerId).toBeTruthy()
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    const errors = watchErrors(page)
    await signIn(page, shop, OWNER)
    await open(page, 'Audit log')
    await page.waitForURL(/\/admin\/audit-log$/)
    const table = page.getByTestId('audit-table')
    // Reading the log is not itself recorded: the screen and the API give the same page.
    const { data: first } = await admin.client.GET('/admin/audit-log', { params: { query: { limit: 50 } } })
    await expect.poll(async () => (await tableRows(page, 'audit-table')).map((r) => r[2])).toEqual(first!.items.map((e) => e.action))
    await screenshot(page, 'audit-log')
    expect(await seriousViolations(page)).toEqual([])

    // The staff member: created, moved to catalog, deactivated; by the owner, named.
    await page.getByLabel('Target id').fill(done.staffId!)
    await page.waitForURL(new RegExp(`targetId=${done.staffId}`))
    const { data: ofStaff } = await admin.client.GET('/admin/audit-log', { params: { query: { limit: 50, targetId: done.staffId } } })
    expect(ofStaff!.items.map((e) => e.action)).toEqual(['staff.update', 'staff.update', 'staff.create'])
    await expect.poll(async () => (await tableRows(page, 'audit-table')).map((r) => r[2])).toEqual(ofStaff!.items.map((e) => e.action))
    for (const cells of await tableRows(page, 'audit-table')) {
      expect(cells[1]).toContain('Demo Owner')
      expect(cells[3]).toContain(done.staffId)
    }

    // The token's creation and revocation, by action, straight from a shared URL.
    await page.goto(`${shop.api}/admin/audit-log?targetId=${done.tokenId}`)
    await expect.poll(async () => (await tableRows(page, 'audit-table')).map((r) => r[2])).toEqual(['api_token.revoke', 'api_token.create'])
    await page.goto(`${shop.api}/admin/audit-log?action=customer.erase`)
    await expect.poll(() => page.getByRole('combobox', { name: 'Action' }).inputValue()).toBe('customer.erase')
    // The filtered page replaces the previous one when it arrives: wait for it.
    await expect.poll(async () => (await tableRows(page, 'audit-table')).map((r) => r[3])).toContain(`customer${done.customerId}`)

    // The actor filter lists staff by name; choosing the owner narrows to the owner's entries.
    await page.goto(`${shop.api}/admin/audit-log?action=staff.create`)
    // The picker's names come from the staff list: once the table shows a name, they are there.
    await expect.poll(() => page.getByTestId('audit-table').textContent()).toContain('Demo Owner')
    await page.getByLabel('Actor').first().click()
    await page.getByRole('option', { name: `Demo Owner (${OWNER.email})` }).click()
    await page.waitForURL(/actorId=staff_/)
    const actorId = new URL(page.url()).searchParams.get('actorId')!
    const { data: byOwner } = await admin.client.GET('/admin/audit-log', {
      params: { query: { limit: 50, action: 'staff.create', actorId } },
    })
    await expect.poll(() => table.locator('tbody tr').count()).toBe(byOwner!.items.length)
    expect(unexpected(errors)).toEqual([])
    await page.close()
  })

  it('fits a phone: each screen readable without sideways page scroll, and accessible', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    await signIn(page, shop, OWNER)
    for (const [path, name, ready] of [
      ['/customers', 'customers', 'customers-table'],
      ['/staff', 'staff', 'staff-table'],
      ['/api-tokens', 'api-tokens', 'tokens-table'],
      ['/audit-log', 'audit-log', 'audit-table'],
    ] as const) {
      await page.goto(`${shop.api}/admin${path}`)
      await expect.poll(() => page.getByTestId(ready).locator('tbody tr').count()).toBeGreaterThan(0)
      // Wide tables scroll inside their own box; the page itself does not.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(VIEWPORTS.phone.width)
      await screenshot(page, name)
      expect(await seriousViolations(page), path).toEqual([])
    }
    await page.close()
  })
})
