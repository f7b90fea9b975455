import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { customerSession, staffSession } from './sessions.js'
import { CARDS, checkout, openShop, readyCart, stockedVariant, tokenize, type Shop } from './shop.js'

interface CartView {
  promotionCode: string | null
  promotionCodeRejection: string | null
  promotions: { id: string; code?: string; amount: number }[]
  totals: { subtotal: number; discountTotal: number; shippingTotal: number; total: number }
}

let codeCounter = 0
const uniqueCode = (stem: string) => `${stem}${Date.now() % 100000}${++codeCounter}`

describe(`${onBackends}: promotions`, () => {
  let t: TestApp
  let shop: Shop
  beforeAll(async () => {
    t = await createTestApp()
    shop = await openShop(t)
  })
  afterAll(() => t?.close())

  const createPromotion = (payload: object, headers = shop.owner.headers) =>
    t.app.inject({ method: 'POST', url: '/admin/promotions', headers, payload })
  const setCode = (cartId: string, promotionCode: string | null, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'PATCH', url: `/store/carts/${cartId}`, headers, payload: { promotionCode } })

  it('validates what each kind needs, refuses a taken code whatever its case, and is staff-only', async () => {
    const fixedNoCurrency = await createPromotion({
      name: 'x',
      code: uniqueCode('A'),
      kind: 'fixed',
      amount: 500,
      target: { scope: 'order' },
    })
    expect(fixedNoCurrency.statusCode).toBe(422)
    expect(fixedNoCurrency.json()).toMatchObject({ errors: [{ pointer: '/body/currency' }] })
    const noTarget = await createPromotion({ name: 'x', kind: 'percentage', basisPoints: 1000 })
    expect(noTarget.json()).toMatchObject({ errors: [{ pointer: '/body/target' }] })
    const stray = await createPromotion({ name: 'x', kind: 'free_shipping', amount: 5 })
    expect(stray.json()).toMatchObject({ errors: [{ pointer: '/body/amount' }] })
    const backwards = await createPromotion({
      name: 'x',
      kind: 'free_shipping',
      startsAt: '2030-01-02T00:00:00Z',
      endsAt: '2030-01-01T00:00:00Z',
    })
    expect(backwards.json()).toMatchObject({ errors: [{ pointer: '/body/endsAt' }] })

    const code = uniqueCode('Taken')
    expect((await createPromotion({ name: 'first', code, kind: 'free_shipping' })).statusCode).toBe(201)
    const clash = await createPromotion({ name: 'second', code: code.toLowerCase(), kind: 'free_shipping' })
    expect(clash.statusCode).toBe(409)

    const catalog = await staffSession(t.app, t.services, 'catalog')
    expect((await createPromotion({ name: 'x', kind: 'free_shipping' }, catalog.headers)).statusCode).toBe(403)
    expect((await t.app.inject({ url: '/admin/promotions', headers: catalog.headers })).statusCode).toBe(403)
    const listed = await t.app.inject({ url: '/admin/promotions?limit=1', headers: shop.owner.headers })
    expect(listed.json<{ items: unknown[]; nextCursor: string | null }>().items).toHaveLength(1)
  })

  it('a cart refuses unknown and expired codes, keeps one that may apply later, and applies it when it does', async () => {
    const { variantId } = await stockedVariant(t, shop, 50, 1000)
    const cartId = await readyCart(t, shop, [{ variantId, quantity: 1 }])
    const unknown = await setCode(cartId, 'NOSUCHCODE')
    expect(unknown.statusCode).toBe(422)
    expect(unknown.json()).toMatchObject({ errors: [{ pointer: '/body/promotionCode', detail: 'is not a valid code' }] })

    const expired = uniqueCode('OLD')
    await createPromotion({ name: 'old', code: expired, kind: 'free_shipping', endsAt: '2020-01-01T00:00:00Z' })
    expect((await setCode(cartId, expired)).json()).toMatchObject({ errors: [{ detail: 'has expired' }] })

    const big = uniqueCode('BIG')
    await createPromotion({
      name: 'big spender',
      code: big,
      kind: 'fixed',
      amount: 1000,
      currency: 'USD',
      minSubtotal: 5000,
      target: { scope: 'order' },
    })
    const kept = (await setCode(cartId, big.toLowerCase())).json<CartView>()
    expect(kept).toMatchObject({
      promotionCode: big.toLowerCase(),
      promotionCodeRejection: 'min-subtotal-not-met',
      totals: { discountTotal: 0 },
    })

    const items = (await t.app.inject({ url: `/store/carts/${cartId}` })).json<{ items: { id: string }[] }>().items
    const raised = await t.app.inject({ method: 'PATCH', url: `/store/carts/${cartId}/items/${items[0]!.id}`, payload: { quantity: 5 } })
    expect(raised.json<CartView>()).toMatchObject({ promotionCodeRejection: null, totals: { subtotal: 5000, discountTotal: 1000 } })

    // A code that stopped applying is not silently dropped at checkout.
    await t.app.inject({ method: 'PATCH', url: `/store/carts/${cartId}/items/${items[0]!.id}`, payload: { quantity: 1 } })
    const refused = await checkout(t, cartId, await tokenize(t))
    expect(refused.statusCode).toBe(409)
    expect(refused.json()).toMatchObject({
      type: 'https://shopstack.dev/problems/promotion-unavailable',
      errors: [{ pointer: '/cart/promotionCode' }],
    })
    expect((await setCode(cartId, null)).json<CartView>().promotionCode).toBeNull()
    expect((await checkout(t, cartId, await tokenize(t))).statusCode).toBe(201)
  })

  it('stacks automatic promotions with one code, in the documented order', async () => {
    const { variantId, productId } = await stockedVariant(t, shop, 50, 2000)
    const auto = await createPromotion({
      name: 'Tee week',
      kind: 'percentage',
      basisPoints: 1000,
      target: { scope: 'products', productIds: [productId] },
    })
    expect(auto.statusCode).toBe(201)
    const code = uniqueCode('SHIP')
    await createPromotion({ name: 'free shipping', code, kind: 'free_shipping' })
    const cartId = await readyCart(t, shop, [{ variantId, quantity: 2 }], { promotionCode: code })
    const cart = (await t.app.inject({ url: `/store/carts/${cartId}` })).json<CartView>()
    // 2 × 20.00 = 40.00, 10 % off = 36.00, shipping 5.00 free; 8 % tax on 36.00 = 2.88 → 38.88
    expect(cart.totals).toMatchObject({ subtotal: 4000, discountTotal: 900, shippingTotal: 0, total: 3888 })
    expect(cart.promotions.map((p) => p.amount).sort((a, b) => a - b)).toEqual([400, 500])
    await t.app.inject({
      method: 'PATCH',
      url: `/admin/promotions/${auto.json<{ id: string }>().id}`,
      headers: shop.owner.headers,
      payload: { active: false },
    })
    expect((await t.app.inject({ url: `/store/carts/${cartId}` })).json<CartView>().totals.total).toBe(4320)
  })

  it('buy two get one free, through the cart', async () => {
    const { variantId, productId } = await stockedVariant(t, shop, 50, 1500)
    const code = uniqueCode('B2G1')
    await createPromotion({ name: '3 for 2', code, kind: 'buy_x_get_y', buyQuantity: 2, getQuantity: 1, productIds: [productId] })
    const cartId = await readyCart(t, shop, [{ variantId, quantity: 3 }], { promotionCode: code })
    const cart = (await t.app.inject({ url: `/store/carts/${cartId}` })).json<CartView>()
    // 3 × 15.00 = 45.00, one free: 30.00 + 5.00 shipping, 8 % → 32.40 + 5.40 = 37.80
    expect(cart.totals).toMatchObject({ subtotal: 4500, discountTotal: 1500, total: 3780 })
  })

  it('holds a per-customer limit for accounts and for guests by email; a declined card gives the use back', async () => {
    const { variantId } = await stockedVariant(t, shop, 50, 1000)
    const code = uniqueCode('ONCE')
    const created = await createPromotion({
      name: 'once each',
      code,
      kind: 'percentage',
      basisPoints: 500,
      target: { scope: 'order' },
      perCustomerLimit: 1,
    })
    const promotionId = created.json<{ id: string }>().id
    const usage = async () =>
      (await t.app.inject({ url: `/admin/promotions/${promotionId}`, headers: shop.owner.headers })).json<{ usageCount: number }>()
        .usageCount

    const ada = await customerSession(t.app)
    const declined = await checkout(
      t,
      await readyCart(t, shop, [{ variantId, quantity: 1 }], { headers: ada.headers, promotionCode: code }),
      await tokenize(t, CARDS.declined),
      { headers: ada.headers },
    )
    expect(declined.statusCode).toBe(402)
    expect(await usage()).toBe(0)
    const first = await checkout(
      t,
      await readyCart(t, shop, [{ variantId, quantity: 1 }], { headers: ada.headers, promotionCode: code }),
      await tokenize(t),
      { headers: ada.headers },
    )
    expect(first.statusCode).toBe(201)
    const second = await checkout(
      t,
      await readyCart(t, shop, [{ variantId, quantity: 1 }], { headers: ada.headers, promotionCode: code }),
      await tokenize(t),
      { headers: ada.headers },
    )
    expect(second.statusCode).toBe(409)
    expect(second.json<{ detail: string }>().detail).toContain('already used')

    const email = `guest-${Date.now()}@example.test`
    expect(
      (await checkout(t, await readyCart(t, shop, [{ variantId, quantity: 1 }], { email, promotionCode: code }), await tokenize(t)))
        .statusCode,
    ).toBe(201)
    const again = await checkout(
      t,
      await readyCart(t, shop, [{ variantId, quantity: 1 }], { email: email.toUpperCase(), promotionCode: code }),
      await tokenize(t),
    )
    expect(again.statusCode).toBe(409)
    expect(await usage()).toBe(2)
  })

  describe('a per-customer limit counts one person as a customer and as a guest with the same email together', () => {
    async function oncePerCustomer() {
      const { variantId } = await stockedVariant(t, shop, 50, 1000)
      const code = uniqueCode('ONE')
      const created = await createPromotion({
        name: 'once per person',
        code,
        kind: 'percentage',
        basisPoints: 1000,
        target: { scope: 'order' },
        perCustomerLimit: 1,
      })
      expect(created.statusCode, created.body).toBe(201)
      const buy = async (options: { headers?: Record<string, string>; email: string | null }) =>
        checkout(t, await readyCart(t, shop, [{ variantId, quantity: 1 }], { ...options, promotionCode: code }), await tokenize(t), {
          headers: options.headers ?? {},
        })
      return { buy, promotionId: created.json<{ id: string }>().id }
    }

    it('refuses a guest checkout with the email of a customer who used the code, with 409', async () => {
      const { buy } = await oncePerCustomer()
      const ada = await customerSession(t.app)
      // No email on the cart: the order takes the account's.
      expect((await buy({ headers: ada.headers, email: null })).statusCode).toBe(201)
      const asGuest = await buy({ email: ada.email.toUpperCase() })
      expect(asGuest.statusCode, asGuest.body).toBe(409)
      expect(asGuest.json()).toMatchObject({
        type: 'https://shopstack.dev/problems/promotion-unavailable',
        detail: expect.stringContaining('already used'),
      })
    })

    it('refuses a customer whose order email already used the code as a guest, with 409', async () => {
      const { buy, promotionId } = await oncePerCustomer()
      const email = `guest-first-${Date.now()}@example.test`
      expect((await buy({ email })).statusCode).toBe(201)
      const grace = await customerSession(t.app, email)
      const asCustomer = await buy({ headers: grace.headers, email: null })
      expect(asCustomer.statusCode, asCustomer.body).toBe(409)
      // The email a customer types on the cart counts, not only the account's.
      const other = await customerSession(t.app)
      expect((await buy({ headers: other.headers, email })).statusCode).toBe(409)
      const uses = await t.services.database.db
        .selectFrom('promotion_usage')
        .select('email_key')
        .where('promotion_id', '=', promotionId)
        .execute()
      expect(uses).toEqual([{ email_key: expect.stringMatching(/^email:[0-9a-f]{64}$/) }])
      expect(JSON.stringify(uses)).not.toContain(email)
    })
  })

  it('clears a minimum subtotal, a window and the limits with null, and never stores null as 0', async () => {
    const code = uniqueCode('CLR')
    const created = await createPromotion({
      name: 'clearable',
      code,
      kind: 'percentage',
      basisPoints: 500,
      target: { scope: 'order' },
      currency: 'USD',
      minSubtotal: 2500,
      endsAt: '2099-01-01T00:00:00Z',
      usageLimit: 10,
    })
    expect(created.statusCode, created.body).toBe(201)
    const { id } = created.json<{ id: string }>()
    const cleared = await t.app.inject({
      method: 'PATCH',
      url: `/admin/promotions/${id}`,
      headers: shop.owner.headers,
      payload: { minSubtotal: null, currency: null, endsAt: null, usageLimit: null, perCustomerLimit: null },
    })
    expect(cleared.statusCode, cleared.body).toBe(200)
    expect(cleared.json()).toMatchObject({ minSubtotal: null, currency: null, endsAt: null, usageLimit: null, perCustomerLimit: null })
    const automatic = await createPromotion({ name: 'no minimum', kind: 'free_shipping', minSubtotal: null, currency: null })
    expect(automatic.statusCode, automatic.body).toBe(201)
    expect(automatic.json()).toMatchObject({ minSubtotal: null, currency: null })
    await t.app.inject({
      method: 'PATCH',
      url: `/admin/promotions/${automatic.json<{ id: string }>().id}`,
      headers: shop.owner.headers,
      payload: { active: false },
    })
  })
})
