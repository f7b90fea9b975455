import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { customerSession } from './sessions.js'
import { CARDS, checkout, openShop, readyCart, stockOf, stockedVariant, tokenize, type Shop } from './shop.js'

interface PlacedOrder {
  order: { id: string; number: number; status: string; paymentStatus: string; totals: { total: number }; items: { quantity: number }[] }
  payment: { id: string; status: string; nextAction: { url: string } | null } | null
}

describe(`${onBackends}: checkout`, () => {
  let t: TestApp
  let shop: Shop
  beforeAll(async () => {
    t = await createTestApp()
    shop = await openShop(t)
  })
  afterAll(() => t?.close())

  const ordersOfVariant = async (variantId: string) =>
    t.services.database.db
      .selectFrom('order_line')
      .innerJoin('orders', 'orders.id', 'order_line.order_id')
      .select(['orders.id', 'orders.status', 'order_line.quantity'])
      .where('order_line.variant_id', '=', variantId)
      .execute()

  it('places an order: totals as the cart showed them, stock reserved, cart closed, order.created written', async () => {
    const { variantId } = await stockedVariant(t, shop, 5, 1250)
    const cartId = await readyCart(t, shop, [{ variantId, quantity: 2 }])
    const cart = (await t.app.inject({ url: `/store/carts/${cartId}` })).json<{ totals: { total: number } }>()
    // 2 × 12.50 = 25.00, shipping 5.00, 8 % tax on each: 2.00 + 0.40 → 32.40
    expect(cart.totals.total).toBe(3240)

    const res = await checkout(t, cartId, await tokenize(t))
    expect(res.statusCode, res.body).toBe(201)
    const placed = res.json<PlacedOrder>()
    expect(placed.order).toMatchObject({ status: 'confirmed', paymentStatus: 'authorized', totals: { total: 3240 } })
    expect(placed.order.number).toBeGreaterThanOrEqual(1001)
    expect(placed.payment).toMatchObject({ status: 'authorized', nextAction: null })
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 5, reserved: 2 })
    expect((await t.app.inject({ url: `/store/carts/${cartId}` })).statusCode).toBe(404)

    const events = await t.services.database.db.selectFrom('outbox_event').select(['topic', 'payload']).execute()
    const created = events.filter((e) => e.topic === 'order.created').map((e) => e.payload as { orderId: string })
    expect(created.map((p) => p.orderId)).toContain(placed.order.id)
    expect(events.some((e) => e.topic === 'payment.completed' && (e.payload as { orderId: string }).orderId === placed.order.id)).toBe(true)
  })

  it('50 concurrent checkouts for 10 units leave exactly 10 orders and 10 units reserved', async () => {
    const { variantId } = await stockedVariant(t, shop, 10)
    const carts = await Promise.all(Array.from({ length: 50 }, () => readyCart(t, shop, [{ variantId, quantity: 1 }])))
    const tokens = await Promise.all(carts.map(() => tokenize(t)))
    const results = await Promise.all(carts.map((cartId, i) => checkout(t, cartId, tokens[i])))
    const codes = results.map((r) => r.statusCode)
    expect(codes.filter((c) => c === 201)).toHaveLength(10)
    expect(codes.filter((c) => c === 409)).toHaveLength(40)
    for (const refused of results.filter((r) => r.statusCode === 409))
      expect(refused.json()).toMatchObject({ type: 'https://shopstack.dev/problems/out-of-stock' })
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 10, reserved: 10 })
    const orders = await ordersOfVariant(variantId)
    expect(orders).toHaveLength(10)
    expect(orders.every((o) => o.status === 'confirmed')).toBe(true)
  })

  it('50 concurrent checkouts with a code limited to 5 uses: exactly 5 orders use it', async () => {
    const { variantId } = await stockedVariant(t, shop, 100)
    const promo = await t.app.inject({
      method: 'POST',
      url: '/admin/promotions',
      headers: shop.owner.headers,
      payload: {
        name: 'Five only',
        code: `FIVE${Date.now()}`,
        kind: 'percentage',
        basisPoints: 1000,
        target: { scope: 'order' },
        usageLimit: 5,
      },
    })
    expect(promo.statusCode, promo.body).toBe(201)
    const { id: promotionId, code } = promo.json<{ id: string; code: string }>()
    const carts = await Promise.all(
      Array.from({ length: 50 }, () => readyCart(t, shop, [{ variantId, quantity: 1 }], { promotionCode: code })),
    )
    const tokens = await Promise.all(carts.map(() => tokenize(t)))
    const results = await Promise.all(carts.map((cartId, i) => checkout(t, cartId, tokens[i])))
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(5)
    const refused = results.filter((r) => r.statusCode === 409)
    expect(refused).toHaveLength(45)
    expect(refused[0]!.json()).toMatchObject({ type: 'https://shopstack.dev/problems/promotion-unavailable' })
    const db = t.services.database.db
    expect(
      (await db.selectFrom('promotion').select('usage_count').where('id', '=', promotionId).executeTakeFirstOrThrow()).usage_count,
    ).toBe(5)
    expect(await db.selectFrom('promotion_usage').select('order_id').where('promotion_id', '=', promotionId).execute()).toHaveLength(5)
    // Refused checkouts reserved nothing: only the five orders hold stock.
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 100, reserved: 5 })
    // 10 % off 10.00 = 1.00; 9.00 + 5.00 shipping + 8 % tax (0.72 + 0.40) = 15.12
    expect(results.find((r) => r.statusCode === 201)!.json<PlacedOrder>().order.totals.total).toBe(1512)
  })

  it('20 concurrent retries with one Idempotency-Key make one order and one authorization', async () => {
    const { variantId } = await stockedVariant(t, shop, 5)
    const cartId = await readyCart(t, shop, [{ variantId, quantity: 1 }])
    const token = await tokenize(t)
    const key = randomUUID()
    const results = await Promise.all(Array.from({ length: 20 }, () => checkout(t, cartId, token, { key })))
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(201))
    const ids = new Set(results.map((r) => r.json<PlacedOrder>().order.id))
    expect(ids.size).toBe(1)
    expect(new Set(results.map((r) => r.json<PlacedOrder>().order.status))).toEqual(new Set(['confirmed']))
    expect(results.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(19)
    const [orderId] = [...ids]
    const db = t.services.database.db
    expect(await db.selectFrom('orders').select('id').where('cart_id', '=', cartId).execute()).toHaveLength(1)
    const payments = await db.selectFrom('payment').select('id').where('order_id', '=', orderId!).execute()
    expect(payments).toHaveLength(1)
    const authorizations = await db
      .selectFrom('payment_transaction')
      .select('id')
      .where('payment_id', '=', payments[0]!.id)
      .where('kind', '=', 'authorize')
      .execute()
    expect(authorizations).toHaveLength(1)
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 5, reserved: 1 })

    const reused = await checkout(t, cartId, await tokenize(t), { key })
    expect(reused.statusCode).toBe(422)
  })

  it('a declined card leaves no paid order, releases the stock and gives the cart back', async () => {
    const { variantId } = await stockedVariant(t, shop, 3)
    const cartId = await readyCart(t, shop, [{ variantId, quantity: 3 }])
    for (const card of [CARDS.declined, CARDS.insufficientFunds]) {
      const res = await checkout(t, cartId, await tokenize(t, card))
      expect(res.statusCode, res.body).toBe(402)
      expect(res.headers['content-type']).toContain('application/problem+json')
      expect(res.json()).toMatchObject({ type: 'https://shopstack.dev/problems/payment-declined' })
      expect(await stockOf(t, variantId)).toEqual({ on_hand: 3, reserved: 0 })
    }
    expect(
      (await t.services.database.db.selectFrom('orders').select('status').where('cart_id', '=', cartId).execute()).map((o) => o.status),
    ).toEqual(['canceled', 'canceled'])
    // The shopper tries again with another card, from the same cart.
    const again = await checkout(t, cartId, await tokenize(t))
    expect(again.statusCode, again.body).toBe(201)
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 3, reserved: 3 })
  })

  it('refuses a cart that is not ready, naming every missing field, and changes nothing', async () => {
    const { variantId } = await stockedVariant(t, shop, 2)
    const created = await t.app.inject({ method: 'POST', url: '/store/carts', payload: { regionId: shop.regionId } })
    const cartId = created.json<{ id: string }>().id
    await t.app.inject({ method: 'POST', url: `/store/carts/${cartId}/items`, payload: { variantId, quantity: 1 } })
    const res = await checkout(t, cartId, undefined)
    expect(res.statusCode).toBe(422)
    expect(res.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer)).toEqual([
      '/cart/email',
      '/cart/shippingAddress',
      '/cart/shippingOptionId',
      '/body/paymentToken',
    ])
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 2, reserved: 0 })
    const shortKey = await checkout(t, cartId, 'x'.repeat(10), { key: 'short' })
    expect(shortKey.json()).toMatchObject({ status: 422, errors: [{ pointer: '/headers/idempotency-key' }] })
    const noKey = await t.app.inject({ method: 'POST', url: '/store/checkout', payload: { cartId } })
    expect(noKey.json()).toMatchObject({ status: 400, errors: [{ pointer: '/headers/idempotency-key' }] })
  })

  it('a 3-D Secure challenge keeps the order pending until it is passed; an abandoned one expires and frees the stock', async () => {
    const { variantId } = await stockedVariant(t, shop, 4)
    const passed = await checkout(t, await readyCart(t, shop, [{ variantId, quantity: 1 }]), await tokenize(t, CARDS.challenge))
    expect(passed.statusCode, passed.body).toBe(201)
    const first = passed.json<PlacedOrder>()
    expect(first.order).toMatchObject({ status: 'pending', paymentStatus: 'requires_action' })
    const reference = first.payment!.nextAction!.url.split('/').pop()!
    const answer = await t.app.inject({ method: 'POST', url: `/store/payments/test/challenges/${reference}`, payload: { approve: true } })
    expect(answer.statusCode, answer.body).toBe(200)
    const after = await t.services.orders.view(first.order.id, 'admin')
    expect(after).toMatchObject({ status: 'confirmed', paymentStatus: 'authorized' })

    const abandoned = (
      await checkout(t, await readyCart(t, shop, [{ variantId, quantity: 2 }]), await tokenize(t, CARDS.challenge))
    ).json<PlacedOrder>()
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 4, reserved: 3 })
    expect(await t.services.orders.expirePending(0)).toBeGreaterThanOrEqual(1)
    expect(await t.services.orders.view(abandoned.order.id, 'admin')).toMatchObject({
      status: 'canceled',
      cancelReason: 'payment not completed in time',
      // Nothing stays open on the card either: the unanswered challenge is voided.
      paymentStatus: 'voided',
    })
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 4, reserved: 1 })
  })

  it('a signed-in customer checks out with the account’s email and sees only their own orders', async () => {
    const { variantId } = await stockedVariant(t, shop, 5)
    const ada = await customerSession(t.app)
    const bob = await customerSession(t.app)
    const cartId = await readyCart(t, shop, [{ variantId, quantity: 1 }], { headers: ada.headers, email: null })
    const placed = await checkout(t, cartId, await tokenize(t), { headers: ada.headers })
    expect(placed.statusCode, placed.body).toBe(201)
    const orderId = placed.json<PlacedOrder>().order.id

    const mine = await t.app.inject({ url: '/store/orders', headers: ada.headers })
    expect(mine.json<{ items: { id: string; email: string }[] }>().items.map((o) => o.id)).toEqual([orderId])
    expect(mine.json<{ items: { email: string }[] }>().items[0]!.email).toBe(ada.email.toLowerCase())
    expect((await t.app.inject({ url: `/store/orders/${orderId}`, headers: ada.headers })).statusCode).toBe(200)
    expect((await t.app.inject({ url: `/store/orders/${orderId}`, headers: bob.headers })).statusCode).toBe(404)
    expect((await t.app.inject({ url: '/store/orders', headers: bob.headers })).json<{ items: unknown[] }>().items).toEqual([])
    expect((await t.app.inject({ url: `/store/orders/${orderId}` })).statusCode).toBe(401)
    // Bob cannot check out Ada's cart either: it does not exist for him.
    const adaCart = await readyCart(t, shop, [{ variantId, quantity: 1 }], { headers: ada.headers })
    expect((await checkout(t, adaCart, await tokenize(t), { headers: bob.headers })).statusCode).toBe(404)
  })

  it('a guest finds their order with its id and email, and nothing with another email', async () => {
    const { variantId } = await stockedVariant(t, shop, 5)
    const email = `Guest-${randomUUID()}@Example.test`
    const placed = (
      await checkout(t, await readyCart(t, shop, [{ variantId, quantity: 1 }], { email }), await tokenize(t))
    ).json<PlacedOrder>()
    const lookup = (payload: object) => t.app.inject({ method: 'POST', url: '/store/orders/lookup', payload })
    expect((await lookup({ orderId: placed.order.id, email: email.toUpperCase() })).statusCode).toBe(200)
    expect((await lookup({ orderId: placed.order.id, email: 'someone@example.test' })).statusCode).toBe(404)
  })

  it('a browser’s anonymous cart joins the account on sign-in', async () => {
    const { variantId } = await stockedVariant(t, shop, 5)
    const created = await t.app.inject({ method: 'POST', url: '/store/carts', payload: { regionId: shop.regionId } })
    const cartCookie = created.cookies.find((c) => c.name === 'ss_cart')!
    expect(cartCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
    const cartId = created.json<{ id: string }>().id
    await t.app.inject({ method: 'POST', url: `/store/carts/${cartId}/items`, payload: { variantId, quantity: 2 } })
    const current = await t.app.inject({ url: '/store/carts/current', headers: { cookie: `ss_cart=${cartCookie.value}` } })
    expect(current.json<{ id: string }>().id).toBe(cartId)

    const ada = await customerSession(t.app)
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/store/auth/login',
      headers: { cookie: `ss_cart=${cartCookie.value}` },
      payload: { email: ada.email, password: 'correct horse battery' },
    })
    expect(signIn.statusCode).toBe(200)
    const session = signIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ')
    const theirs = await t.app.inject({ url: '/store/carts/current', headers: { cookie: session } })
    expect(theirs.statusCode).toBe(200)
    expect(theirs.json<{ id: string; items: { quantity: number }[] }>()).toMatchObject({ id: cartId, items: [{ quantity: 2 }] })
    // Bound to Ada now: anonymous callers no longer see it.
    expect((await t.app.inject({ url: `/store/carts/${cartId}` })).statusCode).toBe(404)
  })
})
