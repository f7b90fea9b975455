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

    await t.app.inject({
      method: 'POST',
      url: `/admin/orders/${order.id}/fulfillments`,
      headers: shop.owner.headers,
      payload: { items: [{ lineId: order.items[0]!.id, quantity: 2 }], carrier: 'UPS', trackingNumber: '1Z999AA10123456784', ship: true },
    })
    await t.services.outbox.drain()
    const shipped = (await mailTo(email)).find((m) => m.subject === `Order #${order.number} has shipped`)
    expect(shipped?.text).toContain('UPS 1Z999AA10123456784')
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
