import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { staffSession, type Credentials } from './sessions.js'
import { checkout, openShop, readyCart, stockOf, stockedVariant, tokenize, type Shop } from './shop.js'

interface Order {
  id: string
  status: string
  paymentStatus: string
  fulfillmentStatus: string
  items: { id: string; quantity: number; fulfilledQuantity: number; returnedQuantity: number; total: number }[]
  totals: { total: number; capturedTotal: number; refundedTotal: number }
  fulfillments: { id: string; status: string; carrier: string | null; trackingNumber: string | null }[]
  returns: { id: string; status: string; refundAmount: number | null }[]
  history: { field: string; from: string | null; to: string | null; actor: string; reason: string | null }[]
}

describe(`${onBackends}: orders after checkout`, () => {
  let t: TestApp
  let shop: Shop
  let support: Credentials & { email: string }
  beforeAll(async () => {
    t = await createTestApp()
    shop = await openShop(t)
    support = await staffSession(t.app, t.services, 'support')
  })
  afterAll(() => t?.close())

  const post = (url: string, payload?: object, headers: Record<string, string> = shop.owner.headers) =>
    t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) })

  /** An order for `quantity` units of a fresh 10.00 variant with 10 in stock. Total: q×10.00 + 5.00 shipping, +8 %. */
  async function placeOrder(quantity = 3) {
    const { variantId } = await stockedVariant(t, shop, 10)
    const res = await checkout(t, await readyCart(t, shop, [{ variantId, quantity }]), await tokenize(t))
    expect(res.statusCode, res.body).toBe(201)
    return { order: res.json<{ order: Order }>().order, variantId }
  }

  it('captures in part, refuses a refund above what was captured, then refunds within it', async () => {
    const { order } = await placeOrder(3) // 30.00 + 5.00 + 2.80 tax = 37.80
    expect(order.totals.total).toBe(3780)
    const captured = await post(`/admin/orders/${order.id}/capture`, { amount: 2000 })
    expect(captured.statusCode, captured.body).toBe(200)
    expect(captured.json<Order>()).toMatchObject({ paymentStatus: 'partially_captured', totals: { capturedTotal: 2000 } })

    const tooMuch = await post(`/admin/orders/${order.id}/refunds`, { amount: 2001, reason: 'goodwill' })
    expect(tooMuch.statusCode).toBe(422)
    expect(tooMuch.json()).toMatchObject({ errors: [{ pointer: '/body/amount' }] })
    const unchanged = (await t.app.inject({ url: `/admin/orders/${order.id}`, headers: shop.owner.headers })).json<Order>()
    expect(unchanged.totals.refundedTotal).toBe(0)

    const refunded = await post(`/admin/orders/${order.id}/refunds`, { amount: 500, reason: 'late delivery' })
    expect(refunded.statusCode, refunded.body).toBe(200)
    expect(refunded.json<Order>()).toMatchObject({ paymentStatus: 'partially_refunded', totals: { refundedTotal: 500 } })
  })

  it('fulfils in parts with tracking, ships and delivers; each step is on the timeline; paid and shipped means completed', async () => {
    const { order, variantId } = await placeOrder(3)
    const lineId = order.items[0]!.id
    expect((await post(`/admin/orders/${order.id}/capture`, {})).json<Order>().paymentStatus).toBe('captured')

    const first = await post(`/admin/orders/${order.id}/fulfillments`, {
      items: [{ lineId, quantity: 1 }],
      carrier: 'UPS',
      trackingNumber: '1Z999AA10123456784',
      ship: true,
    })
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json<Order>()).toMatchObject({ fulfillmentStatus: 'partially_shipped', status: 'confirmed' })
    // Packing takes units off the shelf: on-hand and reserved both drop by one.
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 9, reserved: 2 })

    const tooMany = await post(`/admin/orders/${order.id}/fulfillments`, { items: [{ lineId, quantity: 3 }] })
    expect(tooMany.statusCode).toBe(422)

    const packed = (await post(`/admin/orders/${order.id}/fulfillments`, { items: [{ lineId, quantity: 2 }] })).json<Order>()
    expect(packed.fulfillmentStatus).toBe('partially_shipped')
    const second = packed.fulfillments[1]!
    const shipped = await post(`/admin/orders/${order.id}/fulfillments/${second.id}/ship`, {
      carrier: 'DHL',
      trackingNumber: 'JD014600006281230704',
    })
    expect(shipped.json<Order>()).toMatchObject({ fulfillmentStatus: 'shipped', status: 'completed' })
    expect((await post(`/admin/orders/${order.id}/fulfillments/${second.id}/ship`, {})).statusCode).toBe(409)
    const delivered = await post(`/admin/orders/${order.id}/fulfillments/${second.id}/deliver`)
    expect(delivered.json<Order>().fulfillmentStatus).toBe('partially_delivered')
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 7, reserved: 0 })

    const history = delivered.json<Order>().history
    expect(history.map((h) => [h.field, h.from, h.to])).toEqual([
      ['status', null, 'pending'],
      ['status', 'pending', 'confirmed'],
      ['payment_status', 'pending', 'authorized'],
      ['payment_status', 'authorized', 'captured'],
      ['fulfillment_status', 'not_fulfilled', 'partially_shipped'],
      ['status', 'confirmed', 'completed'],
      ['fulfillment_status', 'partially_shipped', 'shipped'],
      ['fulfillment_status', 'shipped', 'partially_delivered'],
    ])
    expect(history.find((h) => h.to === 'captured')!.actor).toMatch(/^staff:staff_/)
    expect(history.find((h) => h.to === 'partially_shipped')!.reason).toBe('shipped UPS 1Z999AA10123456784')
    // The shopper's view names the kind of actor only.
    const guestView = await t.services.orders.view(order.id, 'store')
    expect(new Set(guestView.history.map((h) => h.actor))).toEqual(new Set(['guest', 'system', 'staff']))
  })

  it('cancels an unshipped order: stock released, authorization voided; illegal moves are 409', async () => {
    const { order, variantId } = await placeOrder(2)
    const canceled = await post(`/admin/orders/${order.id}/cancel`, { reason: 'customer asked' })
    expect(canceled.statusCode, canceled.body).toBe(200)
    expect(canceled.json<Order>()).toMatchObject({ status: 'canceled', paymentStatus: 'voided', fulfillmentStatus: 'canceled' })
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 10, reserved: 0 })
    expect((await post(`/admin/orders/${order.id}/cancel`, { reason: 'again' })).statusCode).toBe(409)
    expect((await post(`/admin/orders/${order.id}/capture`, {})).statusCode).toBe(409)
    expect(
      (await post(`/admin/orders/${order.id}/fulfillments`, { items: [{ lineId: order.items[0]!.id, quantity: 1 }] })).statusCode,
    ).toBe(409)

    const shipped = await placeOrder(1)
    await post(`/admin/orders/${shipped.order.id}/fulfillments`, {
      items: [{ lineId: shipped.order.items[0]!.id, quantity: 1 }],
      ship: true,
    })
    const refused = await post(`/admin/orders/${shipped.order.id}/cancel`, { reason: 'too late' })
    expect(refused.statusCode).toBe(409)
    expect(refused.json<{ detail: string }>().detail).toContain('return')
  })

  it('a captured order cancelled before shipping is refunded in full', async () => {
    const { order } = await placeOrder(1)
    await post(`/admin/orders/${order.id}/capture`, {})
    const canceled = (await post(`/admin/orders/${order.id}/cancel`, { reason: 'out of season' })).json<Order>()
    expect(canceled).toMatchObject({
      status: 'canceled',
      paymentStatus: 'refunded',
      totals: { capturedTotal: order.totals.total, refundedTotal: order.totals.total },
    })
  })

  it('returns: requested for shipped units, received with restock, refunded at what the units cost', async () => {
    const { order, variantId } = await placeOrder(3)
    const lineId = order.items[0]!.id
    await post(`/admin/orders/${order.id}/capture`, {})
    await post(`/admin/orders/${order.id}/fulfillments`, { items: [{ lineId, quantity: 3 }], ship: true })
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 7, reserved: 0 })

    expect((await post(`/admin/orders/${order.id}/returns`, { items: [{ lineId, quantity: 4 }] })).statusCode).toBe(422)
    const requested = await post(`/admin/orders/${order.id}/returns`, { items: [{ lineId, quantity: 2 }], reason: 'too small' })
    expect(requested.statusCode, requested.body).toBe(201)
    const returnId = requested.json<{ returnId: string }>().returnId
    // The two units are spoken for: only one more can be asked back.
    expect((await post(`/admin/orders/${order.id}/returns`, { items: [{ lineId, quantity: 2 }] })).statusCode).toBe(422)
    expect((await post(`/admin/orders/${order.id}/returns/${returnId}/refund`, {})).statusCode).toBe(409)

    const received = await post(`/admin/orders/${order.id}/returns/${returnId}/receive`)
    expect(received.json<Order>().items[0]!.returnedQuantity).toBe(2)
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 9, reserved: 0 })

    const refunded = await post(`/admin/orders/${order.id}/returns/${returnId}/refund`, {})
    expect(refunded.statusCode, refunded.body).toBe(200)
    // The line cost 30.00 + 2.40 tax = 32.40 for 3 units; 2 of them: 21.60.
    expect(refunded.json<Order>()).toMatchObject({ returns: [{ status: 'refunded', refundAmount: 2160 }], totals: { refundedTotal: 2160 } })
  })

  it('backorders: a variant allowed to oversell keeps selling, but nothing is packed before the stock arrives', async () => {
    const { variantId } = await stockedVariant(t, shop, 1)
    const buy = async () => checkout(t, await readyCart(t, shop, [{ variantId, quantity: 1 }]), await tokenize(t))
    const pack = (order: Order) => post(`/admin/orders/${order.id}/fulfillments`, { items: [{ lineId: order.items[0]!.id, quantity: 1 }] })
    const first = await buy()
    expect(first.statusCode).toBe(201)
    expect((await buy()).statusCode).toBe(409)

    const allow = (allowed: boolean) =>
      t.app.inject({ method: 'PUT', url: `/admin/inventory/${variantId}/backorder`, headers: shop.owner.headers, payload: { allowed } })
    expect((await allow(true)).json()).toMatchObject({ allowBackorder: true })
    const backordered = await buy()
    expect(backordered.statusCode, backordered.body).toBe(201)
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 1, reserved: 2 })
    expect((await allow(false)).statusCode).toBe(409)

    expect((await pack(first.json<{ order: Order }>().order)).statusCode).toBe(200)
    const waiting = await pack(backordered.json<{ order: Order }>().order)
    expect(waiting.statusCode).toBe(409)
    expect(waiting.json()).toMatchObject({ type: 'https://shopstack.dev/problems/out-of-stock' })
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 0, reserved: 1 })

    await post('/admin/inventory/adjustments', { variantId, delta: 1, reason: 'received' })
    expect((await pack(backordered.json<{ order: Order }>().order)).statusCode).toBe(200)
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 0, reserved: 0 })
    expect((await allow(false)).json()).toMatchObject({ allowBackorder: false })
  })

  it('refuses to return units that were packed but never shipped: a packed parcel is unpacked instead', async () => {
    const { order, variantId } = await placeOrder(2)
    const lineId = order.items[0]!.id
    const packed = (await post(`/admin/orders/${order.id}/fulfillments`, { items: [{ lineId, quantity: 2 }] })).json<Order>()
    const refused = await post(`/admin/orders/${order.id}/returns`, { items: [{ lineId, quantity: 1 }] })
    expect(refused.statusCode).toBe(422)
    expect(refused.json<{ errors: { detail: string }[] }>().errors[0]!.detail).toContain('only 0 shipped unit(s)')
    const unpacked = await post(`/admin/orders/${order.id}/fulfillments/${packed.fulfillments[0]!.id}/cancel`)
    expect(unpacked.statusCode, unpacked.body).toBe(200)
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 10, reserved: 2 })
  })

  it('several returns of one line never refund more than the line cost', async () => {
    const { variantId } = await stockedVariant(t, shop, 10, 1005) // 2 × 10.05 = 20.10 + 8 % = 21.71
    const res = await checkout(t, await readyCart(t, shop, [{ variantId, quantity: 2 }]), await tokenize(t))
    const order = res.json<{ order: Order }>().order
    const lineId = order.items[0]!.id
    expect(order.items[0]!.total).toBe(2171)
    await post(`/admin/orders/${order.id}/capture`, {})
    await post(`/admin/orders/${order.id}/fulfillments`, { items: [{ lineId, quantity: 2 }], ship: true })
    const refunds: number[] = []
    for (let i = 0; i < 2; i++) {
      const returnId = (await post(`/admin/orders/${order.id}/returns`, { items: [{ lineId, quantity: 1 }] })).json<{ returnId: string }>()
        .returnId
      await post(`/admin/orders/${order.id}/returns/${returnId}/receive`)
      const done = (await post(`/admin/orders/${order.id}/returns/${returnId}/refund`, {})).json<Order>()
      refunds.push(done.returns.find((r) => r.id === returnId)!.refundAmount!)
    }
    expect(refunds).toEqual([1086, 1085])
  })

  it('keeps staff notes off the shopper’s view of the order', async () => {
    const { order } = await placeOrder(1)
    await post(`/admin/orders/${order.id}/notes`, { note: 'INTERNAL: check the address with the carrier' })
    const staffView = (await t.app.inject({ url: `/admin/orders/${order.id}`, headers: shop.owner.headers })).json<Order>()
    expect(staffView.history.some((h) => h.field === 'note')).toBe(true)
    const shopperView = await t.services.orders.view(order.id, 'store')
    expect(JSON.stringify(shopperView)).not.toContain('INTERNAL')
  })

  it('refunds a capture that completed after the order was cancelled', async () => {
    const { order } = await placeOrder(1)
    const provider = t.services.testPayments!
    const capture = provider.capture.bind(provider)
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    provider.capture = async (request) => (await gate, capture(request))
    try {
      const capturing = post(`/admin/orders/${order.id}/capture`, {})
      // The capture is held at the provider: the order can still be cancelled, but not voided.
      await new Promise((resolve) => setTimeout(resolve, 100))
      const canceled = await post(`/admin/orders/${order.id}/cancel`, { reason: 'customer called' })
      expect(canceled.json<Order>().status).toBe('canceled')
      open()
      expect((await capturing).statusCode).toBe(200)
    } finally {
      provider.capture = capture
    }
    // The refund is made by a consumer of the event the late capture wrote, after its commit.
    while ((await t.services.outbox.drain()) > 0);
    const after = (await t.app.inject({ url: `/admin/orders/${order.id}`, headers: shop.owner.headers })).json<Order>()
    expect(after).toMatchObject({
      status: 'canceled',
      paymentStatus: 'refunded',
      totals: { capturedTotal: order.totals.total, refundedTotal: order.totals.total },
    })
  })

  it('sets stock exactly (imports): below the reserved units is refused, unless the variant takes backorders', async () => {
    const { variantId } = await stockedVariant(t, shop, 5)
    await checkout(t, await readyCart(t, shop, [{ variantId, quantity: 3 }]), await tokenize(t))
    const setStock = (quantity: number) =>
      t.services.database.db.transaction().execute((tx) => t.services.inventory.setOnHandMany([{ variantId, quantity }], tx))
    await expect(setStock(2)).rejects.toMatchObject({ status: 409 })
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 5, reserved: 3 })
    await setStock(4)
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 4, reserved: 3 })
    await t.app.inject({
      method: 'PUT',
      url: `/admin/inventory/${variantId}/backorder`,
      headers: shop.owner.headers,
      payload: { allowed: true },
    })
    await setStock(2)
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 2, reserved: 3 })
  })

  it('a free order (nothing to pay) completes once it has shipped', async () => {
    const { variantId, productId } = await stockedVariant(t, shop, 5)
    const code = `FREE${Date.now()}`
    await post('/admin/promotions', {
      name: 'on the house',
      code,
      kind: 'percentage',
      basisPoints: 10_000,
      target: { scope: 'products', productIds: [productId] },
    })
    const pickup = await post(`/admin/regions/${shop.regionId}/shipping-options`, {
      name: 'Pick-up',
      kind: 'flat',
      amount: 0,
      minDays: 0,
      maxDays: 1,
    })
    const cartId = await readyCart(t, shop, [{ variantId, quantity: 1 }], { promotionCode: code })
    await t.app.inject({ method: 'PATCH', url: `/store/carts/${cartId}`, payload: { shippingOptionId: pickup.json<{ id: string }>().id } })
    const placed = await checkout(t, cartId, undefined)
    expect(placed.statusCode, placed.body).toBe(201)
    const order = placed.json<{ order: Order }>().order
    expect(order).toMatchObject({ status: 'confirmed', paymentStatus: 'not_required', totals: { total: 0 } })
    const shipped = await post(`/admin/orders/${order.id}/fulfillments`, {
      items: [{ lineId: order.items[0]!.id, quantity: 1 }],
      ship: true,
    })
    expect(shipped.json<Order>().status).toBe('completed')
  })

  it('undoes the placement when the card cannot be asked at all: 502, nothing held, the cart back', async () => {
    const { variantId } = await stockedVariant(t, shop, 3)
    const cartId = await readyCart(t, shop, [{ variantId, quantity: 2 }])
    const provider = t.services.testPayments!
    const authorize = provider.authorize.bind(provider)
    provider.authorize = async () => {
      throw new Error('connection reset by the processor')
    }
    try {
      const res = await checkout(t, cartId, await tokenize(t))
      expect(res.statusCode).toBe(502)
      expect(res.json()).toMatchObject({ type: 'https://shopstack.dev/problems/payment-provider-error' })
    } finally {
      provider.authorize = authorize
    }
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 3, reserved: 0 })
    expect((await t.app.inject({ url: `/store/carts/${cartId}` })).statusCode).toBe(200)
    expect((await checkout(t, cartId, await tokenize(t))).statusCode).toBe(201)
  })

  it('support staff work orders; catalog staff may not see them; shoppers never reach admin routes', async () => {
    const { order } = await placeOrder(1)
    expect((await t.app.inject({ url: `/admin/orders/${order.id}`, headers: support.headers })).statusCode).toBe(200)
    const catalog = await staffSession(t.app, t.services, 'catalog')
    expect((await t.app.inject({ url: '/admin/orders', headers: catalog.headers })).statusCode).toBe(403)
    expect((await post(`/admin/orders/${order.id}/capture`, {}, catalog.headers)).statusCode).toBe(403)
    expect((await t.app.inject({ url: '/admin/orders' })).statusCode).toBe(401)
  })

  it('lists orders for staff with filters and a bounded page size', async () => {
    const big = await placeOrder(5)
    const list = (query: string) => t.app.inject({ url: `/admin/orders?${query}`, headers: shop.owner.headers })
    const byTotal = (await list(`totalMin=${big.order.totals.total}`)).json<{ items: { id: string; total: number }[] }>()
    expect(byTotal.items.map((o) => o.id)).toContain(big.order.id)
    expect(byTotal.items.every((o) => o.total >= big.order.totals.total)).toBe(true)
    const confirmed = (await list('status=confirmed&limit=2')).json<{ items: { status: string }[]; nextCursor: string | null }>()
    expect(confirmed.items).toHaveLength(2)
    expect(confirmed.items.every((o) => o.status === 'confirmed')).toBe(true)
    expect(confirmed.nextCursor).not.toBeNull()
    const next = (await list(`status=confirmed&limit=2&cursor=${confirmed.nextCursor}`)).json<{ items: { status: string }[] }>()
    expect(next.items.length).toBeGreaterThan(0)
    expect((await list('limit=500')).statusCode).toBe(422)
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString()
    expect((await list(`placedFrom=${encodeURIComponent(tomorrow)}`)).json<{ items: unknown[] }>().items).toEqual([])
  })
})
