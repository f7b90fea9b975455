import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFakeStripe, stripeDelivery } from './fake-stripe.js'
import { createTestApp, onBackends, type TestApp } from './test-app.js'
import { checkout, openShop, readyCart, stockOf, stockedVariant, tokenize, type Shop } from './shop.js'

const STRIPE_ENV = { STRIPE_SECRET_KEY: 'sk_test_shopstack0123456789', STRIPE_WEBHOOK_SECRET: 'whsec_shopstack0123456789abcdef' }

interface Placed {
  order: { id: string; status: string; paymentStatus: string; totals: { total: number } }
  payment: { id: string; status: string; nextAction: { type: string; url: string } | null }
}

describe(`${onBackends}: Stripe payments`, () => {
  const fake = createFakeStripe()
  let t: TestApp
  let shop: Shop
  beforeAll(async () => {
    t = await createTestApp(STRIPE_ENV, undefined, { stripeFetch: fake.fetch })
    shop = await openShop(t)
  })
  afterAll(() => t?.close())

  const deliver = (delivery: { rawBody: string; headers: Record<string, string> }) =>
    t.app.inject({ method: 'POST', url: '/store/payments/webhooks/stripe', payload: delivery.rawBody, headers: delivery.headers })
  const order = (orderId: string) => t.services.orders.view(orderId, 'admin')
  const referenceOf = async (paymentId: string) =>
    (await t.services.database.db.selectFrom('payment').select('provider_reference').where('id', '=', paymentId).executeTakeFirstOrThrow())
      .provider_reference!
  const outboxTopics = async (paymentId: string) =>
    (await t.services.database.db.selectFrom('outbox_event').select(['topic', 'payload']).execute())
      .filter((e) => (e.payload as { paymentId?: string }).paymentId === paymentId)
      .map((e) => e.topic)

  /** A placed order for `quantity` units of a fresh 12.50 variant with `stock` on hand, paid with a Stripe.js PaymentMethod. */
  async function placeWith(paymentMethod: string, quantity = 2, stock = 5) {
    const { variantId } = await stockedVariant(t, shop, stock, 1250)
    const cartId = await readyCart(t, shop, [{ variantId, quantity }])
    return { res: await checkout(t, cartId, paymentMethod), variantId, cartId }
  }

  it('takes a card tokenized by Stripe.js: checkout holds the money, staff capture it through Stripe with the amount and the transaction’s key', async () => {
    const { res, variantId } = await placeWith('pm_card_visa')
    expect(res.statusCode, res.body).toBe(201)
    const placed = res.json<Placed>()
    // 2 × 12.50 = 25.00, shipping 5.00, 8 % tax on each: 32.40
    expect(placed.order).toMatchObject({ status: 'confirmed', paymentStatus: 'authorized', totals: { total: 3240 } })
    expect(placed.payment).toMatchObject({ status: 'authorized', nextAction: null })
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 5, reserved: 2 })

    const created = fake.callsTo(/^\/v1\/payment_intents$/).filter((call) => call.form['metadata[payment_id]'] === placed.payment.id)
    expect(created).toHaveLength(1)
    expect(created[0]!.headers).toMatchObject({
      authorization: `Bearer ${STRIPE_ENV.STRIPE_SECRET_KEY}`,
      'idempotency-key': `authorize-${placed.payment.id}`,
    })
    expect(created[0]!.form).toMatchObject({
      amount: '3240',
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: 'true',
      capture_method: 'manual',
      return_url: `${t.services.config.storefrontUrl}/checkout/payment-return?payment=${placed.payment.id}`,
    })
    const reference = await referenceOf(placed.payment.id)
    expect(await t.services.payments.get(placed.payment.id)).toMatchObject({
      provider: 'stripe',
      card: { brand: 'visa', last4: '4242' },
    })

    const captured = await t.app.inject({
      method: 'POST',
      url: `/admin/orders/${placed.order.id}/capture`,
      headers: shop.owner.headers,
      payload: {},
    })
    expect(captured.statusCode, captured.body).toBe(200)
    expect(captured.json()).toMatchObject({ paymentStatus: 'captured', totals: { capturedTotal: 3240 } })
    const captureTxn = (await t.services.payments.transactions(placed.payment.id)).find((x) => x.kind === 'capture')!
    expect(captureTxn).toMatchObject({ status: 'succeeded', providerReference: expect.stringMatching(/^ch_/) })
    expect(fake.callsTo(new RegExp(`^/v1/payment_intents/${reference}/capture$`))).toEqual([
      expect.objectContaining({
        headers: expect.objectContaining({ 'idempotency-key': `capture-${captureTxn.id}` }),
        form: { amount_to_capture: '3240' },
      }),
    ])
    expect(fake.intents.get(reference)).toMatchObject({ status: 'succeeded', amount_received: 3240 })

    const refunded = await t.app.inject({
      method: 'POST',
      url: `/admin/orders/${placed.order.id}/refunds`,
      headers: shop.owner.headers,
      payload: { amount: 1000, reason: 'scratched on arrival' },
    })
    expect(refunded.statusCode, refunded.body).toBe(200)
    expect(refunded.json()).toMatchObject({ paymentStatus: 'partially_refunded', totals: { refundedTotal: 1000 } })
    expect(fake.callsTo(/^\/v1\/refunds$/).filter((call) => call.form.payment_intent === reference)).toEqual([
      expect.objectContaining({ form: { payment_intent: reference, amount: '1000' } }),
    ])
  })

  it('a decline (402 card_error insufficient_funds) leaves the order canceled, the stock released and the cart open', async () => {
    const { res, variantId, cartId } = await placeWith('pm_card_chargeDeclinedInsufficientFunds', 3, 3)
    expect(res.statusCode, res.body).toBe(402)
    expect(res.json()).toMatchObject({
      type: 'https://shopstack.dev/problems/payment-declined',
      detail: expect.stringMatching(/insufficient funds/),
      errors: [{ pointer: '/body/paymentToken', detail: 'insufficient_funds' }],
    })
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 3, reserved: 0 })
    const orders = await t.services.database.db.selectFrom('orders').select(['id', 'status']).where('cart_id', '=', cartId).execute()
    expect(orders.map((o) => o.status)).toEqual(['canceled'])
    const [payment] = await t.services.payments.listForOrder(orders[0]!.id)
    expect(payment).toMatchObject({ provider: 'stripe', status: 'failed', failureReason: 'insufficient_funds' })
    expect(await outboxTopics(payment!.id)).toEqual(['payment.failed'])

    // The shopper tries another card from the same cart.
    const again = await checkout(t, cartId, 'pm_card_mastercard')
    expect(again.statusCode, again.body).toBe(201)
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 3, reserved: 3 })
  })

  it('a 3-D Secure challenge keeps the order pending; Stripe’s signed amount_capturable_updated confirms it, once', async () => {
    const { res } = await placeWith('pm_card_threeDSecure2Required', 1)
    expect(res.statusCode, res.body).toBe(201)
    const placed = res.json<Placed>()
    expect(placed.order).toMatchObject({ status: 'pending', paymentStatus: 'requires_action' })
    expect(placed.payment).toMatchObject({
      status: 'requires_action',
      nextAction: { type: 'redirect', url: expect.stringMatching(/^https:\/\/hooks\.stripe\.com\//) },
    })

    const delivery = stripeDelivery(STRIPE_ENV.STRIPE_WEBHOOK_SECRET, fake.completeChallenge(await referenceOf(placed.payment.id), true))
    const first = await deliver(delivery)
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json()).toEqual({ received: true, duplicate: false })
    expect(await order(placed.order.id)).toMatchObject({ status: 'confirmed', paymentStatus: 'authorized' })
    const history = (await order(placed.order.id)).history.length

    const replay = await deliver(delivery)
    expect(replay.statusCode).toBe(200)
    expect(replay.json()).toEqual({ received: true, duplicate: true })
    expect((await order(placed.order.id)).history).toHaveLength(history)
    expect(await outboxTopics(placed.payment.id)).toEqual(['payment.completed'])
    expect((await t.services.payments.transactions(placed.payment.id)).map((x) => [x.kind, x.status])).toEqual([['authorize', 'succeeded']])
    const confirmedBy = (await order(placed.order.id)).history.filter((h) => h.to === 'confirmed').map((h) => h.actor)
    expect(confirmedBy).toEqual(['provider:stripe'])
  })

  it('a failed challenge (payment_intent.payment_failed) cancels the order and releases the stock', async () => {
    const { res, variantId } = await placeWith('pm_card_authenticationRequired', 2, 4)
    const placed = res.json<Placed>()
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 4, reserved: 2 })
    const failed = fake.completeChallenge(await referenceOf(placed.payment.id), false)
    expect((await deliver(stripeDelivery(STRIPE_ENV.STRIPE_WEBHOOK_SECRET, failed))).statusCode).toBe(200)
    expect(await order(placed.order.id)).toMatchObject({ status: 'canceled', paymentStatus: 'failed' })
    expect(await t.services.payments.get(placed.payment.id)).toMatchObject({ status: 'failed', failureReason: 'authentication_failed' })
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 4, reserved: 0 })
  })

  it('refuses a forged, stale or unsigned Stripe webhook with 400 and applies nothing', async () => {
    const { res } = await placeWith('pm_card_threeDSecure2Required', 1)
    const placed = res.json<Placed>()
    const event = fake.completeChallenge(await referenceOf(placed.payment.id), true)
    const forged = stripeDelivery('whsec_notthesecret0123456789', event)
    const stale = stripeDelivery(STRIPE_ENV.STRIPE_WEBHOOK_SECRET, event, Math.floor(Date.now() / 1000) - 301)
    for (const delivery of [forged, stale, { rawBody: forged.rawBody, headers: { 'content-type': 'application/json' } }]) {
      const refused = await deliver(delivery)
      expect(refused.statusCode).toBe(400)
      expect(refused.json().type).toMatch(/invalid-signature$/)
    }
    // Signed for the test provider is not signed for Stripe.
    const shopSigned = await t.app.inject({
      method: 'POST',
      url: '/store/payments/webhooks/test',
      payload: forged.rawBody,
      headers: { 'content-type': 'application/json', 'shopstack-signature': forged.headers['stripe-signature'] },
    })
    expect(shopSigned.statusCode).toBe(400)
    expect(await t.services.payments.get(placed.payment.id)).toMatchObject({ status: 'requires_action' })
    expect(
      await t.services.database.db.selectFrom('payment_webhook_event').select('event_id').where('event_id', '=', event.id).execute(),
    ).toEqual([])
  })

  it('ignores an event about a PaymentIntent the payment is not on, even when its metadata names the payment', async () => {
    const { res } = await placeWith('pm_card_threeDSecure2Required', 1)
    const placed = res.json<Placed>()
    const other = await fake.fetch('https://api.stripe.com/v1/payment_intents', {
      method: 'POST',
      headers: { 'idempotency-key': `stray-${placed.payment.id}` },
      body: new URLSearchParams({
        amount: '1',
        currency: 'usd',
        payment_method: 'pm_card_threeDSecure2Required',
        confirm: 'true',
        capture_method: 'manual',
        'metadata[payment_id]': placed.payment.id,
      }).toString(),
    })
    const stray = fake.completeChallenge(((await other.json()) as { id: string }).id, true)
    const answer = await deliver(stripeDelivery(STRIPE_ENV.STRIPE_WEBHOOK_SECRET, stray))
    expect(answer.json()).toEqual({ received: true, duplicate: false })
    expect(await order(placed.order.id)).toMatchObject({ status: 'pending', paymentStatus: 'requires_action' })
  })

  it('records and ignores the events the shop learns from its own calls (payment_intent.succeeded, charge.refunded)', async () => {
    const { res } = await placeWith('pm_card_visa', 1)
    const placed = res.json<Placed>()
    const reference = await referenceOf(placed.payment.id)
    const succeeded = fake.event('payment_intent.succeeded', reference)
    const refunded = {
      ...fake.event('charge.refunded', reference),
      data: { object: { id: 'ch_1', object: 'charge', payment_intent: reference } },
    }
    for (const event of [succeeded, refunded]) {
      const answer = await deliver(stripeDelivery(STRIPE_ENV.STRIPE_WEBHOOK_SECRET, event))
      expect(answer.json(), event.type).toEqual({ received: true, duplicate: false })
    }
    expect(await t.services.payments.get(placed.payment.id)).toMatchObject({ status: 'authorized', capturedAmount: 0, refundedAmount: 0 })
  })

  it('answers 502 when Stripe is unavailable and undoes the placement: nothing declined, nothing held, the cart back', async () => {
    fake.trouble(503, 503, 503)
    const { res, variantId, cartId } = await placeWith('pm_card_visa', 1)
    expect(res.statusCode, res.body).toBe(502)
    expect(res.json()).toMatchObject({ type: 'https://shopstack.dev/problems/payment-provider-error' })
    expect(await stockOf(t, variantId)).toEqual({ on_hand: 5, reserved: 0 })
    const [order] = await t.services.database.db.selectFrom('orders').select(['id', 'status']).where('cart_id', '=', cartId).execute()
    expect(order).toMatchObject({ status: 'canceled' })
    const [payment] = await t.services.payments.listForOrder(order!.id)
    expect(payment).toMatchObject({ status: 'voided' })
    expect((await t.services.payments.transactions(payment!.id))[0]).toMatchObject({
      kind: 'authorize',
      status: 'failed',
      failureReason: 'provider_unavailable',
    })
    // Every attempt for that payment carried the same key, so Stripe could never have held the card twice.
    const keys = fake.callsTo(/^\/v1\/payment_intents$/).filter((call) => call.form['metadata[payment_id]'] === payment!.id)
    expect(new Set(keys.map((call) => call.headers['idempotency-key']))).toEqual(new Set([`authorize-${payment!.id}`]))
    // Once Stripe is back the shopper pays from the same cart.
    expect((await checkout(t, cartId, 'pm_card_visa')).statusCode).toBe(201)
  })

  it('still pays a card tokenized by the shop’s own form through the test provider outside production', async () => {
    const { variantId } = await stockedVariant(t, shop, 2)
    const res = await checkout(t, await readyCart(t, shop, [{ variantId, quantity: 1 }]), await tokenize(t))
    expect(res.statusCode, res.body).toBe(201)
    const [payment] = await t.services.payments.listForOrder(res.json<Placed>().order.id)
    expect(payment).toMatchObject({ provider: 'test', status: 'authorized' })
  })

  it('rejects a Stripe-looking token that is no PaymentMethod with 422, as any unknown token', async () => {
    const { variantId } = await stockedVariant(t, shop, 2)
    const res = await checkout(t, await readyCart(t, shop, [{ variantId, quantity: 1 }]), 'tok_visa_legacy')
    expect(res.statusCode).toBe(422)
    expect(res.json()).toMatchObject({ errors: [{ pointer: '/body/paymentToken' }] })
  })
})

describe(`${onBackends}: Stripe payments in production`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(
      { ...STRIPE_ENV, NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40), EMBEDDED_IN_PRODUCTION: 'true' },
      undefined,
      { stripeFetch: createFakeStripe().fetch },
    )
  })
  afterAll(() => t?.close())

  it('offers no test provider: no card form of its own, no test challenges, no test webhooks', async () => {
    const tokens = await t.app.inject({
      method: 'POST',
      url: '/store/payments/tokens',
      payload: { number: '4242424242424242', cvc: '123', expMonth: 12, expYear: new Date().getFullYear() + 2 },
    })
    expect(tokens.statusCode).toBe(404)
    expect(tokens.json().detail).toMatch(/payment provider’s own form/)
    expect((await t.app.inject('/store/payments/test/challenges/tch_01')).statusCode).toBe(404)
    const webhook = await t.app.inject({ method: 'POST', url: '/store/payments/webhooks/test', payload: {} })
    expect(webhook.statusCode).toBe(404)
    expect(t.services.testPayments).toBeUndefined()
  })
})
