import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { customerSession, staffSession, type Credentials } from './sessions.js'
import { checkout, openShop, readyCart, stockedVariant, tokenize } from './shop.js'

/** Reads server-sent events from a stream until `until` says stop; returns them. */
async function readEvents(response: Response, until: (events: { event: string; data: unknown }[]) => boolean) {
  const events: { event: string; data: unknown }[] = []
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  while (!until(events)) {
    const { value, done } = await reader.read()
    if (done) break
    buffer += value
    let cut: number
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut)
      buffer = buffer.slice(cut + 2)
      const event = /^event: (.*)$/m.exec(block)?.[1]
      const data = /^data: (.*)$/m.exec(block)?.[1]
      if (event && data) events.push({ event, data: JSON.parse(data) })
    }
  }
  await reader.cancel()
  return events
}

describe(`${onBackends}: live order status`, () => {
  let t: TestApp
  let base: string
  let owner: Credentials

  beforeAll(async () => {
    t = await createTestApp()
    await t.app.listen({ host: '127.0.0.1', port: 0 })
    const address = t.app.server.address() as { port: number }
    base = `http://127.0.0.1:${address.port}`
    owner = await staffSession(t.app, t.services, 'owner')
  })
  afterAll(() => t?.close())

  it('streams the order’s statuses, then each move as staff ship it; another customer gets 404', async () => {
    const shop = await openShop(t)
    const { variantId } = await stockedVariant(t, shop, 5)
    const buyer = await customerSession(t.app)
    const cartId = await readyCart(t, shop, [{ variantId, quantity: 2 }], { headers: buyer.headers })
    const placed = await checkout(t, cartId, await tokenize(t), { headers: buyer.headers })
    expect(placed.statusCode, placed.body).toBe(201)
    const order = placed.json<{ order: { id: string; items: { id: string; quantity: number }[] } }>().order

    const cookie = buyer.headers.cookie as string
    const stranger = await customerSession(t.app)
    const refused = await fetch(`${base}/store/orders/${order.id}/live`, { headers: { cookie: stranger.headers.cookie as string } })
    expect(refused.status).toBe(404)
    expect((await fetch(`${base}/store/orders/${order.id}/live`)).status).toBe(401)

    const stream = await fetch(`${base}/store/orders/${order.id}/live`, { headers: { cookie } })
    expect(stream.headers.get('content-type')).toContain('text/event-stream')
    const reading = readEvents(stream, (events) => events.some((e) => e.event === 'fulfillment.shipped'))

    // Staff capture and ship while the shopper watches.
    await new Promise((r) => setTimeout(r, 100))
    const captured = await t.app.inject({ method: 'POST', url: `/admin/orders/${order.id}/capture`, headers: owner.headers, payload: {} })
    expect(captured.statusCode, captured.body).toBe(200)
    const fulfilled = await t.app.inject({
      method: 'POST',
      url: `/admin/orders/${order.id}/fulfillments`,
      headers: owner.headers,
      payload: {
        items: order.items.map((i) => ({ lineId: i.id, quantity: i.quantity })),
        carrier: 'UPS',
        trackingNumber: '1Z999',
        ship: true,
      },
    })
    expect(fulfilled.statusCode, fulfilled.body).toBe(200)
    const events = await reading
    expect(events[0]).toMatchObject({ event: 'status', data: { status: 'confirmed' } })
    expect(events.some((e) => e.event === 'order.updated' && (e.data as { paymentStatus: string }).paymentStatus === 'captured')).toBe(true)
    expect(events.find((e) => e.event === 'fulfillment.shipped')?.data).toMatchObject({ orderId: order.id, trackingNumber: '1Z999' })
    // The stream closed with the reader: nobody is watching any more.
    await expect.poll(() => t.services.orderLive.watching()).toBe(0)
  })
})
