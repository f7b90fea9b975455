import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { CARDS, checkout, openShop, readyCart, stockedVariant, tokenize, type Shop } from './shop.js'

describe(`${onBackends}: order notifications`, () => {
  let t: TestApp
  let shop: Shop
  beforeAll(async () => {
    t = await createTestApp()
    shop = await openShop(t)
  })
  afterAll(() => t?.close())

  const mailTo = async (email: string) => (await t.services.mailbox.list(500)).filter((m) => m.to === email)

  it('mails the confirmation once paid and the tracking once shipped, once each however often the relay runs', async () => {
    const { variantId } = await stockedVariant(t, shop, 5, 1250)
    const email = `notify-${Date.now()}@example.test`
    const placed = await checkout(t, await readyCart(t, shop, [{ variantId, quantity: 2 }], { email }), await tokenize(t))
    const order = placed.json<{ order: { id: string; number: number; items: { id: string }[] } }>().order
    await t.services.outbox.drain()
    await t.services.outbox.drain()
    const confirmations = await mailTo(email)
    expect(confirmations).toHaveLength(1)
    expect(confirmations[0]!.subject).toBe(`Order #${order.number} confirmed`)
    expect(confirmations[0]!.text).toContain('2 × ')
    expect(confirmations[0]!.text).toContain('Total: $32.40')

    // Two parcels: each one's tracking reaches the shopper, the second one after the first was delivered.
    const fulfil = (trackingNumber: string) =>
      t.app.inject({
        method: 'POST',
        url: `/admin/orders/${order.id}/fulfillments`,
        headers: shop.owner.headers,
        payload: { items: [{ lineId: order.items[0]!.id, quantity: 1 }], carrier: 'UPS', trackingNumber, ship: true },
      })
    const first = (await fulfil('1Z999AA10123456784')).json<{ fulfillments: { id: string }[] }>()
    await t.app.inject({
      method: 'POST',
      url: `/admin/orders/${order.id}/fulfillments/${first.fulfillments[0]!.id}/deliver`,
      headers: shop.owner.headers,
    })
    await fulfil('1Z999AA10123456795')
    while ((await t.services.outbox.drain()) > 0);
    const shipped = (await mailTo(email)).filter((m) => m.subject === `Order #${order.number} has shipped`)
    expect(shipped.map((m) => /Tracking: (.*)/.exec(m.text)![1]).sort()).toEqual(['UPS 1Z999AA10123456784', 'UPS 1Z999AA10123456795'])
  })

  it('sends nothing for a declined card: the checkout page said so', async () => {
    const { variantId } = await stockedVariant(t, shop, 5)
    const email = `declined-${Date.now()}@example.test`
    const res = await checkout(t, await readyCart(t, shop, [{ variantId, quantity: 1 }], { email }), await tokenize(t, CARDS.declined))
    expect(res.statusCode).toBe(402)
    await t.services.outbox.drain()
    expect(await mailTo(email)).toEqual([])
  })
})
