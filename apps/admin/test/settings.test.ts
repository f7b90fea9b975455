import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { createShopstackClient } from '@shopstack/sdk'
import {
  adminSession,
  hasChromium,
  launch,
  open,
  OWNER,
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

/** amount × basis points ÷ 10 000, rounded half up: how the API turns a rate into money (integers only). */
const share = (amount: number, basisPoints: number) => {
  const scaled = amount * basisPoints + 5000
  return (scaled - (scaled % 10_000)) / 10_000
}

/** A variant on sale in `currency` with stock to spare, and its unit price there. */
async function stockedVariant(currency: string) {
  const shopper = createShopstackClient({ baseUrl: shop.api })
  const { data: listing } = await shopper.GET('/store/products', { params: { query: { limit: 50, currency } } })
  for (const item of listing!.items) {
    const { data: product } = await shopper.GET('/store/products/{handle}', { params: { path: { handle: item.handle } } })
    for (const variant of product!.variants) {
      const price = variant.prices.find((p) => p.currency === currency)
      if (variant.available >= 5 && price) return { variantId: variant.id, unitPrice: price.amount, product: product! }
    }
  }
  throw new Error(`no stocked variant priced in ${currency}`)
}

/** A guest's cart in a region with `quantity` units of a variant, and a promotion code when given. */
async function cartIn(regionId: string, variantId: string, quantity: number, promotionCode?: string) {
  const shopper = createShopstackClient({ baseUrl: shop.api, cookieJar: true })
  const { data: cart } = await shopper.POST('/store/carts', { body: { regionId } })
  const added = await shopper.POST('/store/carts/{cartId}/items', { params: { path: { cartId: cart!.id } }, body: { variantId, quantity } })
  expect(added.response.status).toBe(200)
  if (!promotionCode) return added.data!
  const coded = await shopper.PATCH('/store/carts/{cartId}', { params: { path: { cartId: cart!.id } }, body: { promotionCode } })
  expect(coded.response.status).toBe(200)
  return coded.data!
}

/**
 * A screenshot from the top of the page (the fixed header would otherwise sit where the page was
 * scrolled to), once the layout has settled (the menu slides away when the viewport narrows).
 */
async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => a))))
  await screenshot(page, name)
}

/** Counts the requests a page sends to one API route with one method. */
function countRequests(page: Page, method: string, path: RegExp) {
  const seen = { count: 0 }
  page.on('request', (request) => {
    if (request.method() === method && path.test(new URL(request.url()).pathname)) seen.count++
  })
  return seen
}

/** The error text an input is described by (Mantine links it with aria-describedby), '' when there is none. */
const errorOf = (input: Locator) =>
  input.evaluate((input) => {
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
  })

describe.skipIf(!hasChromium)('admin settings screens in a browser', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(() => browser?.close())

  it('creates a percentage promotion: the API’s rules are checked before sending, a taken code shows at its field, and the saved rule discounts a store cart', async () => {
    const taken = `TAKEN${Date.now().toString(36).toUpperCase()}`
    await admin.client.POST('/admin/promotions', { body: { name: 'Already there', code: taken, kind: 'free_shipping' } })
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    const errors = watchErrors(page)
    await signIn(page, shop, OWNER)
    await open(page, 'Promotions')
    await expect.poll(() => page.getByTestId('promotions-table').locator('tbody tr a').allTextContents()).toContain(taken)
    await snap(page, 'promotions')
    expect(await seriousViolations(page)).toEqual([])
    await page.setViewportSize(VIEWPORTS.phone)
    await snap(page, 'promotions')
    expect(await seriousViolations(page)).toEqual([])
    await page.setViewportSize(VIEWPORTS.desktop)

    await page.getByRole('link', { name: 'New promotion' }).click()
    await page.waitForURL(/\/admin\/promotions\/new$/)
    const creates = countRequests(page, 'POST', /^\/admin\/promotions$/)
    await page.getByRole('textbox', { name: /^Name/ }).fill('Spring sale')
    await page.getByRole('textbox', { name: /^Code/ }).fill(taken.toLowerCase())
    await page.getByRole('textbox', { name: /^Percentage off/ }).fill('150')
    await page.getByLabel(/^Starts/).fill('2030-03-08T09:00')
    await page.getByLabel(/^Ends/).fill('2030-03-01T09:00')
    await page.getByRole('button', { name: 'Create promotion' }).click()
    await expect.poll(() => errorOf(page.getByRole('textbox', { name: /^Percentage off/ }))).toContain('At most 100 %')
    expect(await errorOf(page.getByLabel(/^Ends/))).toContain('Must be after the start')
    await snap(page, 'promotion-new')
    expect(await seriousViolations(page)).toEqual([])
    expect(creates.count).toBe(0)

    // Fixed here, the code is the API's to refuse: the code of another promotion, in another case.
    await page.getByRole('textbox', { name: /^Percentage off/ }).fill('12.5')
    await page.getByLabel(/^Starts/).fill('')
    await page.getByLabel(/^Ends/).fill('')
    await page.getByRole('textbox', { name: 'Uses in total' }).fill('100')
    await page.getByRole('textbox', { name: 'Uses per customer' }).fill('1')
    await page.getByRole('button', { name: 'Create promotion' }).click()
    await expect.poll(() => errorOf(page.getByRole('textbox', { name: /^Code/ }))).toContain('is taken')
    expect(await page.getByRole('textbox', { name: /^Code/ }).getAttribute('aria-invalid')).toBe('true')
    expect(creates.count).toBe(1)

    const code = `SPRING${Date.now().toString(36).toUpperCase()}`
    await page.getByRole('textbox', { name: /^Code/ }).fill(code)
    await page.getByRole('button', { name: 'Create promotion' }).click()
    await page.waitForURL(/\/admin\/promotions\/promo_/)
    const promotionId = new URL(page.url()).pathname.split('/').pop()!
    const { data: saved } = await admin.client.GET('/admin/promotions/{promotionId}', { params: { path: { promotionId } } })
    expect(saved).toMatchObject({
      name: 'Spring sale',
      code,
      kind: 'percentage',
      basisPoints: 1250,
      amount: null,
      currency: null,
      target: { scope: 'order' },
      minSubtotal: null,
      startsAt: null,
      endsAt: null,
      usageLimit: 100,
      perCustomerLimit: 1,
      usageCount: 0,
      active: true,
    })
    await expect.poll(() => page.getByTestId('promotion-summary').textContent()).toContain('12.5 % off the order')
    await snap(page, 'promotion')
    expect(await seriousViolations(page)).toEqual([])
    await page.setViewportSize(VIEWPORTS.phone)
    await snap(page, 'promotion')
    expect(await seriousViolations(page)).toEqual([])
    await page.setViewportSize(VIEWPORTS.desktop)

    // The shopper's cart: 12.5 % of the subtotal, rounded half up, in cents.
    const { data: regions } = await admin.client.GET('/admin/regions')
    const usd = regions!.items.find((r) => r.currency === 'USD')!
    const { variantId, unitPrice } = await stockedVariant('USD')
    const cart = await cartIn(usd.id, variantId, 3, code.toLowerCase())
    expect(cart.promotionCodeRejection).toBeNull()
    expect(cart.totals.subtotal).toBe(unitPrice * 3)
    expect(cart.totals.discountTotal).toBe(share(unitPrice * 3, 1250))

    // Changed in the screen: 20 % from now on; then deactivated, and the code stops taking anything off.
    await page.getByRole('textbox', { name: /^Percentage off/ }).fill('20')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => page.getByTestId('promotion-summary').textContent()).toContain('20 % off the order')
    expect((await cartIn(usd.id, variantId, 3, code)).totals.discountTotal).toBe(share(unitPrice * 3, 2000))
    await page.getByRole('button', { name: 'Deactivate' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Reactivate' }).isVisible()).toBe(true)
    const { data: stopped } = await admin.client.GET('/admin/promotions/{promotionId}', { params: { path: { promotionId } } })
    expect(stopped).toMatchObject({ active: false, basisPoints: 2000 })
    const refused = await createShopstackClient({ baseUrl: shop.api }).POST('/store/carts', { body: { regionId: usd.id } })
    const { response } = await createShopstackClient({ baseUrl: shop.api }).PATCH('/store/carts/{cartId}', {
      params: { path: { cartId: refused.data!.id } },
      body: { promotionCode: code },
    })
    expect(response.status).toBe(422)
    // The session check before signing in (401) and the refusal of the taken code (409) were expected; nothing else.
    expect(errors.filter((e) => !/401|409/.test(e))).toEqual([])
    await page.close()
  })

  it('creates a fixed amount in one currency with a minimum subtotal, and a buy X get Y over chosen products', async () => {
    const { product } = await stockedVariant('EUR')
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await signIn(page, shop, OWNER)
    await page.goto(`${shop.api}/admin/promotions/new`)

    const fixedCode = `TENOFF${Date.now().toString(36).toUpperCase()}`
    await page.getByRole('textbox', { name: /^Name/ }).fill('Ten off big baskets')
    await page.getByRole('textbox', { name: /^Code/ }).fill(fixedCode)
    await page.getByRole('radio', { name: 'Fixed amount off' }).check()
    await page.getByRole('textbox', { name: /^Amount off/ }).fill('10')
    await page.getByRole('button', { name: 'Create promotion' }).click()
    await expect.poll(() => errorOf(page.getByRole('combobox', { name: /^Currency/ }))).toContain('A fixed amount needs its currency')
    await page.getByRole('combobox', { name: /^Currency/ }).click()
    await page.getByRole('option', { name: 'EUR' }).click()
    await page.getByRole('textbox', { name: /^Minimum subtotal/ }).fill('50,00')
    await page.getByRole('button', { name: 'Create promotion' }).click()
    await page.waitForURL(/\/admin\/promotions\/promo_/)
    const fixedId = new URL(page.url()).pathname.split('/').pop()!
    const { data: fixed } = await admin.client.GET('/admin/promotions/{promotionId}', { params: { path: { promotionId: fixedId } } })
    expect(fixed).toMatchObject({
      kind: 'fixed',
      amount: 1000,
      currency: 'EUR',
      minSubtotal: 5000,
      target: { scope: 'order' },
      code: fixedCode,
    })

    await page.goto(`${shop.api}/admin/promotions/new`)
    await page.getByRole('textbox', { name: /^Name/ }).fill('Three for two')
    await page.getByRole('radio', { name: 'Automatically, to every cart it fits' }).check()
    await page.getByRole('radio', { name: 'Buy X get Y' }).check()
    await page.getByRole('textbox', { name: /^Buy \(units\)/ }).fill('2')
    await page.getByRole('textbox', { name: /^Get \(units\)/ }).fill('1')
    await page.getByRole('button', { name: 'Create promotion' }).click()
    await expect.poll(() => errorOf(page.getByRole('combobox', { name: /^Products it counts/ }))).toContain('Choose at least one product')
    await page.getByRole('combobox', { name: /^Products it counts/ }).fill(product.title.slice(0, 20))
    await page.getByRole('option', { name: product.title }).first().click()
    await page.keyboard.press('Escape')
    await snap(page, 'promotion-buy-x-get-y')
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Create promotion' }).click()
    await page.waitForURL(/\/admin\/promotions\/promo_/)
    const bogoId = new URL(page.url()).pathname.split('/').pop()!
    const { data: bogo } = await admin.client.GET('/admin/promotions/{promotionId}', { params: { path: { promotionId: bogoId } } })
    expect(bogo).toMatchObject({
      kind: 'buy_x_get_y',
      code: null,
      buyQuantity: 2,
      getQuantity: 1,
      basisPoints: 10_000,
      productIds: [product.id],
    })
    // Automatic promotions apply to every cart they fit: this one is not left running for the other tests.
    await admin.client.PATCH('/admin/promotions/{promotionId}', { params: { path: { promotionId: bogoId } }, body: { active: false } })
    await page.close()
  })

  it('creates a region, changes its tax rate by exactly the minor units a new cart pays, and adds, changes and removes a shipping option shoppers see', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    const errors = watchErrors(page)
    await signIn(page, shop, OWNER)
    await open(page, 'Regions & tax')
    await expect.poll(() => page.getByTestId('regions-table').locator('tbody tr').count()).toBeGreaterThan(1)
    await snap(page, 'regions')
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'New region' }).click()
    await page.getByRole('textbox', { name: /^Name/ }).fill('Switzerland')
    await page.getByRole('textbox', { name: /^Handle/ }).fill('switzerland')
    await page.getByRole('textbox', { name: /^Currency/ }).fill('EUR')
    await page.getByRole('combobox', { name: /^Countries/ }).fill('DE')
    await page.getByRole('combobox', { name: /^Countries/ }).press('Enter')
    await page.getByRole('textbox', { name: /^Standard rate/ }).fill('101')
    await page.getByRole('textbox', { name: /^Reduced rate/ }).fill('2.5')
    await page.getByRole('button', { name: 'Create region' }).click()
    await expect.poll(() => errorOf(page.getByRole('textbox', { name: /^Standard rate/ }))).toContain('At most 100 %')
    // DE sells through Europe already: the API says so, at the field.
    await page.getByRole('textbox', { name: /^Standard rate/ }).fill('7.7')
    await page.getByRole('button', { name: 'Create region' }).click()
    await expect.poll(() => errorOf(page.getByRole('combobox', { name: /^Countries/ }))).toContain('DE belongs to another region')
    await snap(page, 'region-new')
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('combobox', { name: /^Countries/ }).press('Backspace')
    await page.getByRole('combobox', { name: /^Countries/ }).fill('ch')
    await page.getByRole('combobox', { name: /^Countries/ }).press('Enter')
    await page.getByRole('button', { name: 'Create region' }).click()
    await page.waitForURL(/\/admin\/regions\/reg_/)
    // The region's screen, not the list's form while its code loads.
    await page.getByRole('button', { name: 'Save region' }).waitFor()
    const regionId = new URL(page.url()).pathname.split('/').pop()!
    const { data: created } = await admin.client.GET('/admin/regions/{regionId}', { params: { path: { regionId } } })
    expect(created).toMatchObject({
      name: 'Switzerland',
      handle: 'switzerland',
      currency: 'EUR',
      countries: ['CH'],
      pricesIncludeTax: false,
      taxRates: { standard: 770, reduced: 250, zero: 0 },
      taxOverrides: [],
    })

    // Tax on top at 7.7 %, then at 8.1 % once changed in the screen: the difference to the cent.
    const { variantId, unitPrice } = await stockedVariant('EUR')
    const before = await cartIn(regionId, variantId, 3)
    expect(before.totals.taxTotal).toBe(share(unitPrice * 3, 770))
    await page.getByRole('textbox', { name: /^Standard rate/ }).fill('8.1')
    // A country rate of the reduced class: CH, the region's only country, is offered first.
    await page.getByRole('button', { name: 'Add a country rate' }).click()
    await page.getByRole('combobox', { name: 'Tax class of override 1' }).click()
    await page.getByRole('option', { name: 'Reduced' }).click()
    await page.getByRole('textbox', { name: 'Rate of override 1 (%)' }).fill('2.6')
    await page.getByRole('button', { name: 'Save region' }).click()
    await expect.poll(() => page.getByText('Region saved').isVisible()).toBe(true)
    const { data: changed } = await admin.client.GET('/admin/regions/{regionId}', { params: { path: { regionId } } })
    expect(changed!.taxRates).toEqual({ standard: 810, reduced: 250, zero: 0 })
    expect(changed!.taxOverrides).toEqual([{ country: 'CH', taxClass: 'reduced', rate: 260 }])
    const after = await cartIn(regionId, variantId, 3)
    expect(after.totals.taxTotal).toBe(share(unitPrice * 3, 810))
    expect(after.totals.taxTotal - before.totals.taxTotal).toBe(share(unitPrice * 3, 810) - share(unitPrice * 3, 770))
    expect(after.totals.total).toBe(unitPrice * 3 + share(unitPrice * 3, 810))
    await snap(page, 'region')
    expect(await seriousViolations(page)).toEqual([])
    await page.setViewportSize(VIEWPORTS.phone)
    await snap(page, 'region')
    expect(await seriousViolations(page)).toEqual([])
    await page.setViewportSize(VIEWPORTS.desktop)

    // A shipping option: the delivery window is checked before sending.
    const offered = async () =>
      (
        await createShopstackClient({ baseUrl: shop.api }).GET('/store/regions/{regionId}/shipping-options', {
          params: { path: { regionId } },
        })
      ).data!.items
    await page.getByRole('button', { name: 'Add shipping option' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add shipping option' })
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('Swiss Post')
    await dialog.getByRole('textbox', { name: /^Rate/ }).fill('9.50')
    await dialog.getByRole('textbox', { name: /^Delivery: fewest days/ }).fill('2')
    await dialog.getByRole('textbox', { name: /^Delivery: most days/ }).fill('1')
    await dialog.getByRole('button', { name: 'Add option' }).click()
    await expect
      .poll(() => errorOf(page.getByRole('textbox', { name: /^Delivery: most days/ })))
      .toContain('Must not be below the fewest days')
    await snap(page, 'region-shipping-option')
    expect(await seriousViolations(page)).toEqual([])
    await dialog.getByRole('textbox', { name: /^Delivery: most days/ }).fill('4')
    await dialog.getByRole('button', { name: 'Add option' }).click()
    await expect.poll(() => page.getByTestId('shipping-table').textContent()).toContain('Swiss Post')
    expect(await offered()).toEqual([
      expect.objectContaining({ name: 'Swiss Post', kind: 'flat', amount: 950, freeAbove: null, currency: 'EUR', minDays: 2, maxDays: 4 }),
    ])

    // Changed to weight tiers, free from 100.00.
    await page.getByRole('button', { name: 'Edit Swiss Post' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit Swiss Post' })
    await edit.getByRole('radio', { name: 'By parcel weight' }).check()
    await edit.getByRole('textbox', { name: 'Tier 1 up to grams' }).fill('1000')
    await edit.getByRole('textbox', { name: /^Tier 1 rate/ }).fill('9.50')
    await edit.getByRole('button', { name: 'Add tier' }).click()
    await edit.getByRole('textbox', { name: /^Tier 2 rate/ }).fill('19')
    await edit.getByRole('textbox', { name: /^Free from a subtotal/ }).fill('100')
    await edit.getByRole('button', { name: 'Save option' }).click()
    await expect.poll(async () => (await offered())[0]?.kind).toBe('weight')
    expect((await offered())[0]).toMatchObject({
      name: 'Swiss Post',
      amount: null,
      tiers: [
        { upToGrams: 1000, amount: 950 },
        { upToGrams: null, amount: 1900 },
      ],
      freeAbove: 10_000,
    })

    await page.getByRole('button', { name: 'Remove Swiss Post' }).click()
    await page.getByRole('dialog', { name: 'Remove Swiss Post?' }).getByRole('button', { name: 'Remove', exact: true }).click()
    await expect.poll(async () => (await offered()).length).toBe(0)
    await expect.poll(() => page.getByTestId('shipping-table').textContent()).toContain('No shipping options')
    // The session check before signing in (401) and the refusal of DE (409) were expected; nothing else.
    expect(errors.filter((e) => !/401|409/.test(e))).toEqual([])
    await page.close()
  })

  it('adds a synonym group from a search that found nothing, so the store finds products by the other word; dismisses a query; saves stop words', async () => {
    const store = createShopstackClient({ baseUrl: shop.api })
    const search = async (q: string) =>
      (await store.GET('/store/search', { params: { query: { q, currency: 'USD', page: 1, limit: 24, facets: false } } })).data!
    const { product } = await stockedVariant('USD')
    const word = product.title
      .toLowerCase()
      .split(/[^a-z]+/)
      .find((w) => w.length >= 4)!
    const invented = `zorblax${Date.now().toString(36).replace(/\d/g, '')}`
    expect((await search(invented)).total).toBe(0)
    expect((await search('qwertyuiop gadget')).total).toBe(0)
    await search('Qwertyuiop  Gadget')
    // Zero-result queries are written in batches, every few seconds.
    const report = async () =>
      (await admin.client.GET('/admin/search/zero-results', { params: { query: { limit: 100, page: 1 } } })).data!.items
    await expect
      .poll(async () => (await report()).map((r) => r.query), { timeout: 30_000 })
      .toEqual(expect.arrayContaining([invented, 'qwertyuiop gadget']))

    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await signIn(page, shop, OWNER)
    await open(page, 'Search')
    const zero = page.getByTestId('zero-results-table')
    await expect.poll(() => zero.textContent()).toContain('qwertyuiop gadget')
    const row = zero.locator('tr', { hasText: 'qwertyuiop gadget' })
    expect(await row.locator('td').nth(1).textContent()).toBe('2')
    await snap(page, 'search')
    expect(await seriousViolations(page)).toEqual([])

    // One word is no group: said before sending.
    const creates = countRequests(page, 'POST', /^\/admin\/search\/synonyms$/)
    await page.getByRole('button', { name: `Add synonyms for ${invented}` }).click()
    await page.getByRole('button', { name: 'Add group' }).click()
    await expect.poll(() => errorOf(page.getByRole('combobox', { name: /^New synonym group/ }))).toContain('at least two different words')
    expect(creates.count).toBe(0)
    await page.getByRole('combobox', { name: /^New synonym group/ }).fill(word)
    await page.getByRole('combobox', { name: /^New synonym group/ }).press('Enter')
    await page.getByRole('button', { name: 'Add group' }).click()
    await expect.poll(() => page.getByTestId('synonyms-table').textContent()).toContain(`${invented}, ${word}`)
    const { data: groups } = await admin.client.GET('/admin/search/synonyms')
    expect(groups!.items.map((g) => g.words)).toContainEqual([invented, word])
    // The invented word now finds what the other finds; the report no longer lists it.
    await expect.poll(async () => (await search(invented)).items.map((i) => i.id)).toContain(product.id)
    expect((await report()).map((r) => r.query)).not.toContain(invented)

    await page.getByRole('button', { name: 'Dismiss qwertyuiop gadget' }).click()
    await expect.poll(async () => (await report()).map((r) => r.query)).not.toContain('qwertyuiop gadget')
    await expect.poll(() => zero.textContent()).not.toContain('qwertyuiop gadget')

    const stopWords = page.getByRole('combobox', { name: /^Words to leave out/ })
    await stopWords.fill('cheap')
    await stopWords.press('Enter')
    await page.getByRole('button', { name: 'Save stop words' }).click()
    await expect.poll(async () => (await admin.client.GET('/admin/search/stop-words')).data!.words).toContain('cheap')

    // Edited, then deleted: the group is gone from the API.
    await page.getByRole('button', { name: `Edit synonyms ${invented}, ${word}` }).click()
    await page.getByRole('combobox', { name: `Words of the group ${invented}, ${word}` }).fill('sneaky')
    await page.getByRole('combobox', { name: `Words of the group ${invented}, ${word}` }).press('Enter')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect.poll(() => page.getByTestId('synonyms-table').textContent()).toContain(`${invented}, ${word}, sneaky`)
    await page.getByRole('button', { name: `Delete synonyms ${invented}, ${word}, sneaky` }).click()
    await expect
      .poll(async () => (await admin.client.GET('/admin/search/synonyms')).data!.items.map((g) => g.words[0]))
      .not.toContain(invented)
    await snap(page, 'search-after')
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('shows support staff the search settings to read only, and neither promotions nor regions', async () => {
    const email = `support-${Date.now()}@example.com`
    const password = 'support-password-1'
    const created = await admin.client.POST('/admin/staff', { body: { email, name: 'Sue Port', password, role: 'support' } })
    expect(created.response.status).toBe(201)
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    await signIn(page, shop, { email, password })
    await page.getByRole('button', { name: 'Menu' }).click()
    const screens = await page.getByRole('navigation', { name: 'Screens' }).getByRole('link').allTextContents()
    expect(screens).toContain('Search')
    expect(screens).not.toContain('Promotions')
    expect(screens).not.toContain('Regions & tax')
    await open(page, 'Search')
    await page.getByRole('button', { name: 'Menu' }).click()
    await expect.poll(() => page.getByTestId('synonyms-table').locator('tbody tr').count()).toBeGreaterThan(0)
    expect(await page.getByRole('button', { name: 'Add group' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Save stop words' }).count()).toBe(0)
    expect(await page.getByRole('combobox', { name: /^Words to leave out/ }).isDisabled()).toBe(true)
    await snap(page, 'search-support')
    expect(await seriousViolations(page)).toEqual([])
    await page.goto(`${shop.api}/admin/regions`)
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('settings:write')
    await page.close()
  })
})
