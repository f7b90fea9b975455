import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { customerSession, staffSession, type Credentials } from './sessions.js'
import { productInput } from './fixtures.js'

const us = { handle: 'us', name: 'United States', currency: 'USD', countries: ['US'], taxRates: { standard: 800, reduced: 0 } }
const eu = {
  handle: 'eu',
  name: 'Europe',
  currency: 'EUR',
  countries: ['DE', 'FR'],
  pricesIncludeTax: true,
  taxRates: { standard: 1900, reduced: 700 },
  taxOverrides: [{ country: 'FR', taxClass: 'standard', rate: 2000 }],
}

describe(`${onBackends}: carts priced by the server`, () => {
  let t: TestApp
  let owner: Credentials
  let usRegion: string
  let euRegion: string
  let usShipping: string
  let euShipping: string
  /** Size S: 1999 USD / 1899 EUR; size M: 2199 USD / 2099 EUR. */
  let small: string
  let medium: string
  /** Priced in USD only. */
  let usdOnly: string

  const post = async (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers })
  const patch = async (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'PATCH', url, payload, headers })
  const newCart = async (regionId: string, headers: Record<string, string> = {}) => {
    const res = await post('/store/carts', { regionId }, headers)
    expect(res.statusCode).toBe(201)
    return res.json<{ id: string }>().id
  }

  beforeAll(async () => {
    t = await createTestApp()
    owner = await staffSession(t.app, t.services, 'owner')
    usRegion = (await post('/admin/regions', us, owner.headers)).json().id
    euRegion = (await post('/admin/regions', eu, owner.headers)).json().id
    const flat = (amount: number) => ({ name: 'Standard', kind: 'flat', amount, minDays: 2, maxDays: 5 })
    usShipping = (await post(`/admin/regions/${usRegion}/shipping-options`, flat(500), owner.headers)).json().id
    euShipping = (await post(`/admin/regions/${euRegion}/shipping-options`, flat(495), owner.headers)).json().id
    const tee = (await post('/admin/products', productInput(), owner.headers)).json()
    ;[small, medium] = tee.variants.map((v: { id: string }) => v.id)
    const base = productInput()
    const usdProduct = productInput({
      options: [{ name: 'Size', values: ['S'] }],
      variants: [{ ...base.variants[0]!, prices: [{ currency: 'USD', amount: 999 }] }],
    })
    usdOnly = (await post('/admin/products', usdProduct, owner.headers)).json().variants[0].id
  })
  afterAll(() => t?.close())

  it('creates a cart, adds two lines and totals them exactly (8 % added on top, half up per line)', async () => {
    const created = await post('/store/carts', { regionId: usRegion })
    expect(created.statusCode).toBe(201)
    expect(created.json()).toMatchObject({ regionId: usRegion, currency: 'USD', items: [], totals: { total: 0 } })
    const id = created.json().id
    expect((await post(`/store/carts/${id}/items`, { variantId: small, quantity: 2 })).statusCode).toBe(200)
    const res = await post(`/store/carts/${id}/items`, { variantId: medium, quantity: 1 })
    expect(res.statusCode).toBe(200)
    const cart = res.json()
    expect(cart.items).toEqual([
      expect.objectContaining({ variantId: small, quantity: 2, unitPrice: 1999, subtotal: 3998, discount: 0, tax: 320, total: 4318 }),
      expect.objectContaining({ variantId: medium, quantity: 1, unitPrice: 2199, subtotal: 2199, discount: 0, tax: 176, total: 2375 }),
    ])
    expect(cart.totals).toEqual({ subtotal: 6197, discountTotal: 0, shippingTotal: 0, taxTotal: 496, total: 6693 })

    const shipped = await patch(`/store/carts/${id}`, { shippingOptionId: usShipping, countryCode: 'US', email: 'ada@example.test' })
    expect(shipped.statusCode).toBe(200)
    // Shipping 500 + 40 tax at the standard rate.
    expect(shipped.json().totals).toEqual({ subtotal: 6197, discountTotal: 0, shippingTotal: 540, taxTotal: 536, total: 7233 })
    expect((await t.app.inject(`/store/carts/${id}`)).json().totals.total).toBe(7233)
  })

  it('merges quantities when the same variant is added again, and changes and removes lines', async () => {
    const id = await newCart(usRegion)
    await post(`/store/carts/${id}/items`, { variantId: small, quantity: 1 })
    const merged = (await post(`/store/carts/${id}/items`, { variantId: small, quantity: 2 })).json()
    expect(merged.items).toHaveLength(1)
    expect(merged.items[0]).toMatchObject({ quantity: 3, subtotal: 5997 })
    const itemId = merged.items[0].id
    const changed = await patch(`/store/carts/${id}/items/${itemId}`, { quantity: 1 })
    expect(changed.json().items[0]).toMatchObject({ quantity: 1, subtotal: 1999, tax: 160 })
    const removed = await t.app.inject({ method: 'DELETE', url: `/store/carts/${id}/items/${itemId}` })
    expect(removed.statusCode).toBe(200)
    expect(removed.json().items).toEqual([])
  })

  it('rejects a client-sent unitPrice with 400 and prices from the catalog', async () => {
    const id = await newCart(usRegion)
    const forged = await post(`/store/carts/${id}/items`, { variantId: small, quantity: 1, unitPrice: 1 })
    expect(forged.statusCode).toBe(400)
    const cart = (await post(`/store/carts/${id}/items`, { variantId: small, quantity: 1 })).json()
    expect(cart.items[0].unitPrice).toBe(1999)
  })

  it('rejects a variant without a price in the cart’s currency with 422, and an unknown variant with 404', async () => {
    const id = await newCart(euRegion)
    const res = await post(`/store/carts/${id}/items`, { variantId: usdOnly, quantity: 1 })
    expect(res.statusCode).toBe(422)
    expect(res.json().detail).toBe('not sold in EUR')
    const unknown = await post(`/store/carts/${id}/items`, { variantId: 'var_NOPE', quantity: 1 })
    expect(unknown.statusCode).toBe(404)
  })

  it('refuses another customer’s cart with 404 and lets the owner read it', async () => {
    const ada = await customerSession(t.app)
    const eve = await customerSession(t.app)
    const id = await newCart(usRegion, ada.headers)
    expect((await t.app.inject({ url: `/store/carts/${id}`, headers: { cookie: ada.cookie } })).statusCode).toBe(200)
    expect((await t.app.inject({ url: `/store/carts/${id}`, headers: { cookie: eve.cookie } })).statusCode).toBe(404)
    expect((await t.app.inject(`/store/carts/${id}`)).statusCode).toBe(404)
    expect((await post(`/store/carts/${id}/items`, { variantId: small, quantity: 1 }, eve.headers)).statusCode).toBe(404)
  })

  it('totals a tax-inclusive EUR cart: tax is contained, per country rate', async () => {
    const id = await newCart(euRegion)
    await post(`/store/carts/${id}/items`, { variantId: small, quantity: 1 })
    const de = (await post(`/store/carts/${id}/items`, { variantId: medium, quantity: 2 })).json()
    // DE 19 %: 1899 − round(1899 / 1.19) = 1899 − 1596 = 303; 4198 − round(4198 / 1.19) = 4198 − 3528 = 670.
    expect(de.items.map((i: { tax: number }) => i.tax)).toEqual([303, 670])
    expect(de.totals).toEqual({ subtotal: 6097, discountTotal: 0, shippingTotal: 0, taxTotal: 973, total: 6097 })
    // FR 20 %: 1899 − 1583 = 316; 4198 − 3498 = 700. Shipping 495 − round(495 / 1.2) = 495 − 413 = 82.
    const fr = (await patch(`/store/carts/${id}`, { countryCode: 'FR', shippingOptionId: euShipping })).json()
    expect(fr.totals).toEqual({ subtotal: 6097, discountTotal: 0, shippingTotal: 495, taxTotal: 1098, total: 6592 })
  })

  it('rejects a shipping option or a country of another region with 422', async () => {
    const id = await newCart(euRegion)
    const option = await patch(`/store/carts/${id}`, { shippingOptionId: usShipping })
    expect(option.statusCode).toBe(422)
    expect(option.json().errors[0].pointer).toBe('/body/shippingOptionId')
    expect((await patch(`/store/carts/${id}`, { countryCode: 'US' })).statusCode).toBe(422)
  })

  it('rejects quantity 0 with 422', async () => {
    const id = await newCart(usRegion)
    const res = await post(`/store/carts/${id}/items`, { variantId: small, quantity: 0 })
    expect(res.statusCode).toBe(422)
    expect(res.json().errors[0].pointer).toBe('/body/quantity')
  })

  it('starts a cart in the first region by name when none is given', async () => {
    const res = await post('/store/carts', {})
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ regionId: euRegion, currency: 'EUR' })
  })

  it('gives the pricing side a variant’s categories with their ancestors', async () => {
    const clothing = (await post('/admin/categories', { handle: 'cart-clothing', name: 'Clothing' }, owner.headers)).json()
    const tops = (
      await post('/admin/categories', { handle: 'cart-tops', name: 'Tops', parentHandle: 'cart-clothing' }, owner.headers)
    ).json()
    const product = (await post('/admin/products', productInput({ categoryHandles: ['cart-tops'] }), owner.headers)).json()
    const [variant] = await t.services.catalog.variantsForCart([product.variants[0].id], 'USD')
    expect(variant).toMatchObject({ productId: product.id, status: 'active', unitPrice: 1999, thumbnail: '/media/demo/test.svg' })
    expect(variant!.categoryIds.sort()).toEqual([clothing.id, tops.id].sort())
  })

  it('treats an expired cart as gone (404)', async () => {
    const id = await newCart(usRegion)
    await t.services.database.db
      .updateTable('cart')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', id)
      .execute()
    expect((await t.app.inject(`/store/carts/${id}`)).statusCode).toBe(404)
    expect((await post(`/store/carts/${id}/items`, { variantId: small, quantity: 1 })).statusCode).toBe(404)
  })
})
