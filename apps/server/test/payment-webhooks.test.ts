import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../src/platform/ids.js'
import type { PaymentView } from '../src/modules/payments/service.js'
import { signedDelivery } from '../src/modules/payments/test-provider.js'
import { CHALLENGE, paymentsFixture } from './payment-fixtures.js'
import { createTestApp, onBackends } from './test-app.js'

describe(`${onBackends}: payment challenges and webhooks`, () => {
  const f = paymentsFixture()
  const { createPayment, events, transactions, referenceOf, deliver, chargeEvent } = f
  beforeAll(() => f.start())
  afterAll(() => f.close())

  describe('3-D Secure style challenge', () => {
    const challengePath = (payment: PaymentView) => new URL(payment.nextAction!.url).pathname

    it('authorizes once the card holder passes the challenge: the provider’s signed webhook completes the payment', async () => {
      const created = await createPayment(CHALLENGE)
      const pending = await f.t.services.payments.authorize(created.id)
      const page = await f.t.app.inject(challengePath(pending))
      expect(page.statusCode).toBe(200)
      expect(page.json()).toMatchObject({ status: 'requires_action', amount: 10_000, currency: 'USD' })

      const answer = await f.t.app.inject({ method: 'POST', url: challengePath(pending), payload: { approve: true } })
      expect(answer.statusCode, answer.body).toBe(200)
      expect(answer.json()).toMatchObject({ status: 'authorized' })

      expect(await f.t.services.payments.get(created.id)).toMatchObject({
        status: 'authorized',
        authorizedAmount: 10_000,
        nextAction: null,
      })
      expect((await events(created.id)).map((e) => e.topic)).toEqual(['payment.completed'])
      expect((await transactions(created.id)).map((x) => [x.kind, x.status])).toEqual([['authorize', 'succeeded']])
      expect(f.seen.filter((s) => s.paymentId === created.id).map((s) => [s.change.kind, s.change.actor])).toEqual([
        ['requires_action', 'system'],
        ['authorized', 'provider:test'],
      ])
      expect(await f.db.selectFrom('payment_webhook_event').select('type').where('provider', '=', 'test').execute()).toContainEqual({
        type: 'charge.authorized',
      })
      // The authorization is real: it can be captured.
      expect(await f.t.services.payments.capture(created.id, undefined, 'staff_ada')).toMatchObject({ status: 'captured' })
      // A challenge is answered once.
      expect((await f.t.app.inject({ method: 'POST', url: challengePath(pending), payload: { approve: false } })).statusCode).toBe(409)
    })

    it('fails the payment with authentication_failed when the card holder fails the challenge', async () => {
      const created = await createPayment(CHALLENGE)
      const pending = await f.t.services.payments.authorize(created.id)
      const answer = await f.t.app.inject({ method: 'POST', url: challengePath(pending), payload: { approve: false } })
      expect(answer.json()).toMatchObject({ status: 'failed' })
      expect(await f.t.services.payments.get(created.id)).toMatchObject({ status: 'failed', failureReason: 'authentication_failed' })
      expect((await events(created.id)).map((e) => [e.topic, e.payload.failureReason])).toEqual([
        ['payment.failed', 'authentication_failed'],
      ])
    })

    it('voids a payment waiting for its challenge; the challenge can then no longer be passed', async () => {
      const created = await createPayment(CHALLENGE)
      const pending = await f.t.services.payments.authorize(created.id)
      expect(await f.t.services.payments.voidPayment(created.id, 'system')).toMatchObject({ status: 'voided', nextAction: null })
      expect((await f.t.app.inject({ method: 'POST', url: challengePath(pending), payload: { approve: true } })).statusCode).toBe(409)
      expect((await f.t.services.payments.get(created.id)).status).toBe('voided')
    })

    it('answers 404 for a challenge that does not exist', async () => {
      expect(
        (await f.t.app.inject({ method: 'POST', url: '/store/payments/test/challenges/tch_NOPE', payload: { approve: true } })).statusCode,
      ).toBe(404)
    })
  })

  describe('webhooks', () => {
    const waitingPayment = async () => {
      const created = await createPayment(CHALLENGE)
      await f.t.services.payments.authorize(created.id)
      return { id: created.id, reference: await referenceOf(created.id) }
    }

    it('applies a signed event once; a replay of the same event id answers duplicate and changes nothing', async () => {
      const payment = await waitingPayment()
      const delivery = signedDelivery(f.secret, chargeEvent(payment.reference, 'charge.authorized'))
      const first = await deliver(delivery.rawBody, delivery.headers)
      expect(first.statusCode, first.body).toBe(200)
      expect(first.json()).toEqual({ received: true, duplicate: false })
      expect((await f.t.services.payments.get(payment.id)).status).toBe('authorized')
      const changes = f.seen.filter((s) => s.paymentId === payment.id).length

      const replay = await deliver(delivery.rawBody, delivery.headers)
      expect(replay.statusCode).toBe(200)
      expect(replay.json()).toEqual({ received: true, duplicate: true })
      expect((await events(payment.id)).map((e) => e.topic)).toEqual(['payment.completed'])
      expect(f.seen.filter((s) => s.paymentId === payment.id)).toHaveLength(changes)
    })

    it('refuses a forged signature with 400 and applies nothing', async () => {
      const payment = await waitingPayment()
      const forged = signedDelivery(
        'not-the-shop-f.secret-but-long-enough-to-look-real',
        chargeEvent(payment.reference, 'charge.authorized'),
      )
      const res = await deliver(forged.rawBody, forged.headers)
      expect(res.statusCode).toBe(400)
      expect(res.json().type).toMatch(/invalid-signature$/)

      const genuine = signedDelivery(f.secret, chargeEvent(payment.reference, 'charge.failed'))
      const tampered = genuine.rawBody.replace('charge.failed', 'charge.authorized')
      expect((await deliver(tampered, genuine.headers)).statusCode).toBe(400)
      const unsigned = await deliver(genuine.rawBody, { 'content-type': 'application/json' })
      expect(unsigned.statusCode).toBe(400)
      expect((await f.t.services.payments.get(payment.id)).status).toBe('requires_action')
    })

    it('refuses a delivery signed more than five minutes ago with 400', async () => {
      const payment = await waitingPayment()
      const old = signedDelivery(f.secret, chargeEvent(payment.reference, 'charge.authorized'), Math.floor(Date.now() / 1000) - 301)
      const res = await deliver(old.rawBody, old.headers)
      expect(res.statusCode).toBe(400)
      expect(res.json().detail).toMatch(/timestamp/)
      expect((await f.t.services.payments.get(payment.id)).status).toBe('requires_action')
    })

    it('accepts events it has no use for, and answers 404 for an unknown provider and 400 for a body that is not JSON', async () => {
      const other = signedDelivery(f.secret, { id: newId('tevt'), type: 'payout.paid', created: 0, data: {} })
      expect((await deliver(other.rawBody, other.headers)).json()).toEqual({ received: true, duplicate: false })
      expect((await deliver(other.rawBody, other.headers, 'acme')).statusCode).toBe(404)
      const notJson = await deliver('{"id":', { 'content-type': 'application/json' })
      expect(notJson.statusCode).toBe(400)
    })
  })
})

describe(`${onBackends}: webhook rate limit`, () => {
  it('keeps a processor’s burst of webhooks clear of the anonymous per-IP limit shoppers get', async () => {
    const t = await createTestApp({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '5' })
    try {
      const webhooks = await Promise.all(
        Array.from({ length: 20 }, () =>
          t.app.inject({
            method: 'POST',
            url: '/store/payments/webhooks/test',
            payload: { id: 'evt_forged' },
            headers: { 'shopstack-signature': 't=1,v1=00' },
          }),
        ),
      )
      // Refused for their signature, each one: none was throttled.
      expect(webhooks.map((r) => r.statusCode)).toEqual(Array(20).fill(400))
      const reads = await Promise.all(Array.from({ length: 20 }, () => t.app.inject('/store/regions')))
      expect(reads.filter((r) => r.statusCode === 429).length).toBeGreaterThan(0)
    } finally {
      await t.close()
    }
  })
})
